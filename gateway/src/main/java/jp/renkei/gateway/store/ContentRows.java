package jp.renkei.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The encrypted payload row of a document; absent once retention purged it. */
final class ContentRows {

    private ContentRows() {
    }

    static Optional<PayloadCipher.Sealed> find(Connection c, String documentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT key_id, nonce, ciphertext FROM contents"
                + " WHERE document_id = ?")) {
            s.setString(1, documentId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new PayloadCipher.Sealed(r.getString(1), r.getBytes(2), r.getBytes(3)))
                        : Optional.empty();
            }
        }
    }

    /** The key id of the newest stored content, or null when no content is stored. */
    static String newestKeyId(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT c.key_id FROM documents d JOIN contents c"
                + " ON c.document_id = d.id ORDER BY d.cursor DESC LIMIT 1");
             ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
