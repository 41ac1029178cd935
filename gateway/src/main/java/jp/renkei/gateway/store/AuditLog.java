package jp.renkei.gateway.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The append-only audit log. Each entry's hash is SHA-256 over the previous entry's hash and the entry's canonical
 * fields (sequence, time, actor, action, subject, detail, each length-prefixed), so changing, removing or reordering
 * any entry breaks the chain from that entry on. Appends run inside the caller's write transaction.
 */
final class AuditLog {

    static final String GENESIS = "0".repeat(64);
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditLog() {
    }

    /** Appends one entry in the transaction of the connection (the writer's, holding the write lock). */
    static void append(Connection c, Instant at, String actor, String action, String subject, String detail)
            throws SQLException {
        long seq = 1;
        String previous = GENESIS;
        try (PreparedStatement s = c.prepareStatement("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
             ResultSet r = s.executeQuery()) {
            if (r.next()) {
                seq = r.getLong(1) + 1;
                previous = r.getString(2);
            }
        }
        long millis = at.toEpochMilli();
        String hash = hash(previous, seq, millis, actor, action, subject, detail);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO audit (seq, at, actor, action, subject, detail,"
                + " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, seq);
            s.setLong(2, millis);
            s.setString(3, actor);
            s.setString(4, action);
            s.setString(5, subject);
            s.setString(6, detail);
            s.setString(7, previous);
            s.setString(8, hash);
            s.executeUpdate();
        }
    }

    /** Walks the whole chain from the first entry; reports the first entry that is missing, moved or changed. */
    static Store.AuditVerification verify(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT seq, at, actor, action, subject, detail, prev_hash,"
                + " hash FROM audit ORDER BY seq");
             ResultSet r = s.executeQuery()) {
            long expected = 1;
            String previous = GENESIS;
            while (r.next()) {
                long seq = r.getLong(1);
                if (seq != expected) {
                    return broken(expected, expected, "entry " + expected + " is missing (next is " + seq + ")");
                }
                if (!previous.equals(r.getString(7))) {
                    return broken(expected, seq, "entry " + seq + " does not link to entry " + (seq - 1));
                }
                String hash = hash(previous, seq, r.getLong(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6));
                if (!hash.equals(r.getString(8))) {
                    return broken(expected, seq, "entry " + seq + " was changed after it was written");
                }
                previous = hash;
                expected++;
            }
            return new Store.AuditVerification(expected - 1, 0,
                    (expected - 1) + " entries intact; head hash " + previous);
        }
    }

    private static Store.AuditVerification broken(long expected, long at, String message) {
        return new Store.AuditVerification(expected - 1, at, message);
    }

    /** A detail as JSON with sorted keys, so equal details read the same in the log. */
    static String detail(Map<String, ?> fields) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of plain values always serialises", e);
        }
    }

    static String hash(String previous, long seq, long at, String... fields) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previous.getBytes(StandardCharsets.US_ASCII));
            field(digest, Long.toString(seq));
            field(digest, Long.toString(at));
            for (String f : fields) {
                field(digest, f);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Length-prefixed so that no two different field lists have the same canonical bytes. */
    private static void field(MessageDigest digest, String value) {
        byte[] bytes = (value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }
}
