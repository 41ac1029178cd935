package jp.renkei.gateway.metering;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;
import jp.renkei.protocol.csv.ByteScan;
import jp.renkei.protocol.csv.CsvLexer;
import jp.renkei.protocol.csv.RawRecord;
import jp.renkei.protocol.layout.Item;
import jp.renkei.protocol.layout.Layout;
import jp.renkei.protocol.layout.Layouts;
import jp.renkei.protocol.validate.RecordTap;
import jp.renkei.protocol.validate.Rule;

/**
 * The users of a 予定 or 実績 file read with the protocol's byte scan and lexer: several times cheaper than the
 * record reader (jackson, the JDK decoder and a typed record per row), which costs more than validating the file.
 *
 * <p>It answers only for a file in the strict syntax, where both readers see the same rows: the byte scan and the
 * lexer report nothing (no BOM, no byte outside MS932, no control character, CRLF only, no header line, no empty
 * line, no stray quote), the first record's No.1 is an accepted CSVバージョン with a layout for the kind, and every
 * record has the layout's item count and the same No.1. For anything else it answers empty and the record reader
 * decides, so the users are always those the record reader gives. It reads the file itself ({@link #read}) or is
 * shown it by the validator ({@link RecordTap}), which then lexes each upload once. Not thread-safe; one per file.
 */
final class LexedUsers implements RecordTap {

    /** The v4 positions of 保険者番号 and 被保険者番号 (No.2, No.3), as the typed records read them. */
    private static final int INSURER_V4 = 2;
    private static final int INSURED_V4 = 3;

    private final FileKind kind;
    private final Set<Linkage.User> users = new LinkedHashSet<>();
    private boolean unusual;
    private String version;
    private int itemCount;
    private int insurer;
    private int insured;
    private long records;

    LexedUsers(FileKind kind) {
        this.kind = kind;
    }

    /** The distinct users in file order, or empty when the file is not in the strict syntax described above. */
    static Optional<Set<Linkage.User>> read(FileKind kind, byte[] content) {
        LexedUsers reader = new LexedUsers(kind);
        ByteScan.scan(content, reader);
        if (reader.unusual) {
            return Optional.empty();
        }
        CsvLexer.Result lexed = CsvLexer.lex(content, reader, reader);
        return lexed.proceed() && !reader.unusual ? Optional.of(reader.users) : Optional.empty();
    }

    /**
     * The users once the validator showed this reader a whole file ({@link RecordTap}): empty unless it saw exactly
     * the {@code expectedRecords} the validator reports, at least one, all in the strict syntax.
     */
    Optional<Set<Linkage.User>> users(long expectedRecords) {
        return !unusual && records > 0 && records == expectedRecords ? Optional.of(users) : Optional.empty();
    }

    @Override
    public void problem(Rule rule, int record, long line, long byteOffset, String message, String messageJa) {
        unusual = true;
    }

    @Override
    public void accept(RawRecord record) {
        records++;
        if (unusual || version == null && !first(record)) {
            unusual = true;
            return;
        }
        if (record.size() != itemCount || !record.field(1).equals(version)) {
            unusual = true;
            return;
        }
        users.add(new Linkage.User(value(record, insurer), value(record, insured)));
    }

    /** Fixes the version and the item positions from the first record; false when the record reader would not. */
    private boolean first(RawRecord record) {
        Optional<LayoutGeneration> generation = CsvVersion.of(record.field(1)).filter(CsvVersion::accepted)
                .flatMap(CsvVersion::generation);
        Optional<Layout> layout = generation.flatMap(g -> Layouts.find(kind, g));
        if (layout.isEmpty()) {
            return false;
        }
        Layout v4 = Layouts.of(kind, LayoutGeneration.V4);
        version = record.field(1);
        itemCount = layout.get().size();
        insurer = position(layout.get(), v4.item(INSURER_V4));
        insured = position(layout.get(), v4.item(INSURED_V4));
        return true;
    }

    /** The item's No. in the file's layout, or 0 when that generation lacks it (the typed record then has ""). */
    private static int position(Layout layout, Item v4Item) {
        Item item = layout.item(v4Item.key());
        return item == null ? 0 : item.no();
    }

    private static String value(RawRecord record, int no) {
        return no == 0 ? "" : record.field(no).strip();
    }
}
