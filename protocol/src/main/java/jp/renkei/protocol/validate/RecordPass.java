package jp.renkei.protocol.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;
import jp.renkei.protocol.csv.ProblemSink;
import jp.renkei.protocol.csv.RawRecord;
import jp.renkei.protocol.layout.ServiceKinds;
import jp.renkei.protocol.name.FileName;

/**
 * Phases 3 to 6 of spec §6.1 for one file, fed by the lexer: syntax findings pass through (CSV-001 and CSV-003
 * stop the file), the first record fixes the version (VER-001/002/005 stop), then each record is checked (ROW-001
 * and VER-003 skip it) and handed to the kind's file rules, which finish at the end. Not thread-safe.
 */
final class RecordPass implements ProblemSink, Consumer<RawRecord> {

    private final FileKind kind;
    private final FileName name;
    private final Findings findings;
    private final ServiceKinds serviceKinds;
    private final boolean collectFacts;
    private final VersionCheck versionCheck;
    private CsvVersion version;
    private Schema schema;
    private ItemChecks items;
    private List<FileRules> rules = List.of();
    private FileFacts facts;
    private boolean stopped;
    private long records;

    RecordPass(FileKind kind, FileName name, Findings findings, ServiceKinds serviceKinds, boolean collectFacts) {
        this.kind = kind;
        this.name = name;
        this.findings = findings;
        this.serviceKinds = serviceKinds;
        this.collectFacts = collectFacts;
        this.versionCheck = new VersionCheck(findings, kind, name);
    }

    @Override
    public void problem(Rule rule, int record, long line, long byteOffset, String message, String messageJa) {
        findings.problem(rule, record, line, byteOffset, message, messageJa);
        if (rule == Rule.CSV_001 || rule == Rule.CSV_003) {
            stopped = true;
        }
    }

    @Override
    public void accept(RawRecord raw) {
        if (stopped) {
            return;
        }
        records++;
        String first = raw.size() == 0 ? "" : ItemChecks.strip(raw.field(1));
        if (version == null) {
            if (!start(first, raw)) {
                stopped = true;
                return;
            }
        } else if (!versionCheck.sameAsFirst(version, first, raw.index(), raw.line())) {
            return;
        }
        if (raw.size() != schema.size()) {
            fieldCount(raw);
            return;
        }
        Row row = items.row(raw);
        items.check(row);
        for (FileRules r : rules) {
            r.record(row);
        }
    }

    /** Runs the whole-file rules when the file was read to its end. */
    void finish() {
        if (stopped) {
            return;
        }
        if (records == 0) {
            findings.file(Rule.ROW_002, "the file contains no data records", "データレコードがありません");
        }
        rules.forEach(FileRules::finish);
    }

    boolean stopped() {
        return stopped;
    }

    long records() {
        return records;
    }

    /** The CSV version of the first record, or null when none was read. */
    String csvVersion() {
        return version == null ? null : version.code();
    }

    /** The unit facts of the file (keys only when the version was known), or null when not collected. */
    FileFacts facts() {
        if (!collectFacts) {
            return null;
        }
        return facts != null ? facts : new FileFacts(findings.file(), name, kind, null);
    }

    private boolean start(String first, RawRecord raw) {
        var v = versionCheck.first(first, raw.index(), raw.line());
        if (v.isEmpty()) {
            return false;
        }
        version = v.get();
        LayoutGeneration generation = version.generation().orElseThrow();
        schema = Schema.of(kind, generation);
        FileContext ctx = new FileContext(kind, generation, name, schema, findings, serviceKinds);
        items = new ItemChecks(ctx);
        rules = new ArrayList<>(FileRules.of(ctx));
        if (collectFacts) {
            facts = new FileFacts(findings.file(), name, kind, schema);
            rules.add(facts);
        }
        return true;
    }

    /** ROW-001; a v3 第6表/第7表 record with the v4 count is pointed out. */
    private void fieldCount(RawRecord raw) {
        int expected = schema.size();
        boolean v4Shape = version == CsvVersion.V202208 && raw.size() == kind.itemCount(LayoutGeneration.V4)
                && (kind == FileKind.UPPLAN || kind == FileKind.UPJSK || kind == FileKind.UPSIKYU);
        String hint = v4Shape ? "; the record has the v4 layout's count, but the CSV version is 202208 (v3)" : "";
        String hintJa = v4Shape ? "（v4 レイアウトの項目数ですが CSVバージョンは 202208（v3）です）" : "";
        findings.problem(Rule.ROW_001, raw.index(), raw.line(), -1, raw.size() + " fields, the " + kind.prefix()
                + " layout of CSV version " + version.code() + " has " + expected + "; record skipped" + hint,
                "項目数 " + raw.size() + "（" + kind.prefix() + " の CSVバージョン " + version.code() + " のレイアウトは "
                + expected + "）。このレコードは読み飛ばしました" + hintJa);
    }
}
