package jp.renkei.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The encrypted payload rows of documents (a download reads its row with the document: {@link DocumentRows}). */
final class ContentRows {

    private ContentRows() {
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
