package jp.renkei.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.OptionalLong;
import jp.renkei.gateway.mailbox.DocumentState;
import jp.renkei.gateway.mailbox.DocumentStore;
import jp.renkei.protocol.name.FileName;

/** The INSERTs and UPDATEs of documents, their encrypted content and state history, inside the writer's transaction. */
final class DocumentWrites {

    private DocumentWrites() {
    }

    /**
     * Inserts the document in state ACCEPTED with its first state change; returns its cursor, or empty (and nothing
     * written) when the sender already has a document of that file name.
     */
    static OptionalLong insert(Connection c, String id, String setId, DocumentStore.Incoming file, Instant at,
            String userAgent) throws SQLException {
        long cursor;
        FileName n = file.name();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO documents (id, set_id, sender, file_name, kind,"
                + " csv_version, month, sequence, sender_kind, recipient, recipient_kind, size, sha256, state,"
                + " created_at, warnings, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (sender, file_name) DO NOTHING RETURNING cursor")) {
            s.setString(1, id);
            s.setString(2, setId);
            s.setString(3, n.sender());
            s.setString(4, file.fileName());
            s.setString(5, n.kind().prefix());
            s.setString(6, file.csvVersion());
            s.setString(7, n.month());
            s.setString(8, n.sequence());
            s.setString(9, n.senderKind());
            s.setString(10, n.recipient());
            s.setString(11, n.recipientKind());
            s.setLong(12, file.content().length);
            s.setString(13, file.sha256());
            s.setString(14, DocumentState.ACCEPTED.name());
            s.setLong(15, at.toEpochMilli());
            s.setString(16, FindingsJson.write(file.warnings()));
            s.setString(17, userAgent);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return OptionalLong.empty();
                }
                cursor = r.getLong(1);
            }
        }
        stateChange(c, id, 1, DocumentState.ACCEPTED, at, n.sender(), null);
        return OptionalLong.of(cursor);
    }

    static void content(Connection c, String id, PayloadCipher.Sealed sealed) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO contents (document_id, key_id, nonce, ciphertext)"
                + " VALUES (?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, sealed.keyId());
            s.setBytes(3, sealed.nonce());
            s.setBytes(4, sealed.ciphertext());
            s.executeUpdate();
        }
    }

    /** Moves the document from one state to another; false (and nothing written) when it is not in {@code from}. */
    static boolean transition(Connection c, String id, DocumentState from, DocumentState to, Instant at, String by,
            String reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE documents SET state = ? WHERE id = ? AND state = ?")) {
            s.setString(1, to.name());
            s.setString(2, id);
            s.setString(3, from.name());
            if (s.executeUpdate() == 0) {
                return false;
            }
        }
        // the next seq in the same statement: one round trip, and no read of the history to count it
        try (PreparedStatement s = c.prepareStatement("INSERT INTO state_changes (document_id, seq, state, at, actor,"
                + " reason) SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ? FROM state_changes WHERE document_id = ?")) {
            s.setString(1, id);
            s.setString(2, to.name());
            s.setLong(3, at.toEpochMilli());
            s.setString(4, by);
            s.setString(5, reason);
            s.setString(6, id);
            s.executeUpdate();
        }
        return true;
    }

    private static void stateChange(Connection c, String id, int seq, DocumentState state, Instant at, String by,
            String reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO state_changes (document_id, seq, state, at, actor,"
                + " reason) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setInt(2, seq);
            s.setString(3, state.name());
            s.setLong(4, at.toEpochMilli());
            s.setString(5, by);
            s.setString(6, reason);
            s.executeUpdate();
        }
    }

    /** The row of a refused upload attempt (an accepted one is its documents rows). */
    static void refusedUpload(Connection c, Instant at, String office, String fileNames, String outcome, String rules,
            String userAgent, long bytes) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO uploads (at, office, file_names, outcome, rules,"
                + " user_agent, bytes) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, at.toEpochMilli());
            s.setString(2, office);
            s.setString(3, fileNames);
            s.setString(4, outcome);
            s.setString(5, rules);
            s.setString(6, userAgent);
            s.setLong(7, bytes);
            s.executeUpdate();
        }
    }

    /** Removes the content for retention; metadata and hash stay. */
    static void purge(Connection c, String id, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM contents WHERE document_id = ?")) {
            s.setString(1, id);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE documents SET purged_at = ? WHERE id = ?")) {
            s.setLong(1, at.toEpochMilli());
            s.setString(2, id);
            s.executeUpdate();
        }
    }
}
