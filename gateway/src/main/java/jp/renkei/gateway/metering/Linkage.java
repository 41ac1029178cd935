package jp.renkei.gateway.metering;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.csv.RawRecord;
import jp.renkei.protocol.name.FileName;
import jp.renkei.protocol.record.CareplanCsv;
import jp.renkei.protocol.record.CareplanReader;
import jp.renkei.protocol.record.CareplanRecord;
import jp.renkei.protocol.record.UpJsk;
import jp.renkei.protocol.record.UpPlan;
import jp.renkei.protocol.validate.RecordTap;
import jp.renkei.protocol.validate.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The users one accepted file links for a service month: the distinct (保険者番号, 被保険者番号) of a 予定 (UPPLAN)
 * or 実績 (UPJSK) file, with the month from the file name's MONTH. Other kinds link nobody: the model counts the
 * service-use set (whose 予定 travels with its 第7表) and the actuals. Made off the writer thread, from the bytes.
 *
 * @param month YYYYMM, or null when the file links nobody
 */
public record Linkage(FileKind kind, String month, Set<User> users) {

    private static final Logger LOG = LoggerFactory.getLogger(Linkage.class);

    public static final Linkage NONE = new Linkage(null, null, Set.of());

    public Linkage {
        users = Set.copyOf(users);
    }

    /** One 利用者 as the standard identifies them across offices. */
    public record User(String insurer, String insured) {
    }

    /**
     * Reads the users of a file the validator accepted. A file that cannot be read (it passed validation, so this
     * is not expected) links nobody rather than failing the upload: metering never refuses a document. Files in the
     * strict syntax (nearly all) are read by the byte lexer; the others by the record reader, which decides then.
     */
    public static Linkage of(FileName name, byte[] content) {
        if (!links(name)) {
            return NONE;
        }
        Optional<Set<User>> lexed = LexedUsers.read(name.kind(), content);
        return lexed.isPresent() ? new Linkage(name.kind(), name.month(), lexed.get()) : viaReader(name, content);
    }

    /**
     * A reader of the users to show to the validator ({@link RecordTap}) while it validates the file named
     * {@code name} (null when the name does not parse), so that the file is lexed once per upload.
     */
    public static Collector collector(FileName name) {
        return new Collector(name, name != null && links(name) ? new LexedUsers(name.kind()) : null);
    }

    /** Collects the users of one file as the validator reads it; then {@link #linkage} gives what {@link #of} would. */
    public static final class Collector implements RecordTap {
        private final FileName name;
        private final LexedUsers users;

        private Collector(FileName name, LexedUsers users) {
            this.name = name;
            this.users = users;
        }

        @Override
        public void problem(Rule rule, int record, long line, long byteOffset, String message, String messageJa) {
            if (users != null) {
                users.problem(rule, record, line, byteOffset, message, messageJa);
            }
        }

        @Override
        public void accept(RawRecord record) {
            if (users != null) {
                users.accept(record);
            }
        }

        /**
         * The linkage of the file the validator accepted after reading {@code records} records: from what this saw
         * when that was the whole file in the strict syntax, otherwise read again as {@link #of} reads it.
         */
        public Linkage linkage(byte[] content, long records) {
            if (users == null) {
                return name == null ? NONE : of(name, content);
            }
            Optional<Set<User>> seen = users.users(records);
            return seen.isPresent() ? new Linkage(name.kind(), name.month(), seen.get()) : of(name, content);
        }
    }

    /** What {@link #of} gives, always through the record reader: the reference the byte lexer must agree with. */
    static Linkage viaReader(FileName name, byte[] content) {
        if (!links(name)) {
            return NONE;
        }
        try (CareplanReader reader = CareplanCsv.reader(new ByteArrayInputStream(content), name.kind())) {
            Set<User> users = new LinkedHashSet<>();
            for (CareplanRecord r = reader.next(); r != null; r = reader.next()) {
                if (r instanceof UpPlan p) {
                    users.add(new User(p.insurerNumber().strip(), p.insuredNumber().strip()));
                } else if (r instanceof UpJsk j) {
                    users.add(new User(j.insurerNumber().strip(), j.insuredNumber().strip()));
                }
            }
            return new Linkage(name.kind(), name.month(), users);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not read the users of an accepted {} file: {}", name.kind(), e.getMessage());
            return NONE;
        }
    }

    private static boolean links(FileName name) {
        boolean linking = name.kind() == FileKind.UPPLAN || name.kind() == FileKind.UPJSK;
        return linking && name.month() != null && sixDigits(name.month()) && !name.month().equals("000000");
    }

    private static boolean sixDigits(String s) {
        return s.length() == 6 && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
