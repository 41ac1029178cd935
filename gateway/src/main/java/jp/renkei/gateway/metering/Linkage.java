package jp.renkei.gateway.metering;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.name.FileName;
import jp.renkei.protocol.record.CareplanCsv;
import jp.renkei.protocol.record.CareplanReader;
import jp.renkei.protocol.record.CareplanRecord;
import jp.renkei.protocol.record.UpJsk;
import jp.renkei.protocol.record.UpPlan;
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
