package jp.renkei.gateway.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.renkei.gateway.mailbox.Document;
import jp.renkei.gateway.mailbox.DocumentState;
import jp.renkei.gateway.mailbox.DocumentStore;

/** Reading documents: rows to {@link Document}s with their state history, on whatever connection is lent. */
final class DocumentRows {

    private static final String COLUMNS = "cursor, id, set_id, file_name, kind, csv_version, month, sequence,"
            + " sender, sender_kind, recipient, recipient_kind, size, sha256, state, created_at, warnings, purged_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM documents ";

    /** A document row and its sealed content, empty once retention purged it. */
    record WithContent(Document document, Optional<PayloadCipher.Sealed> sealed) {
    }

    private DocumentRows() {
    }

    /** The document when {@code office} sent or received it; empty otherwise (absent and foreign look alike). */
    static Optional<Document> visible(Connection c, String office, String id) throws SQLException {
        Optional<Document> row = visibleRow(c, office, id);
        return row.isEmpty() ? row : Optional.of(withHistory(row.get(), history(c, id)));
    }

    /** As {@link #visible}, without the history (one statement). */
    static Optional<Document> visibleRow(Connection c, String office, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT + "WHERE id = ? AND (sender = ? OR recipient = ?)")) {
            s.setString(1, id);
            s.setString(2, office);
            s.setString(3, office);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(document(r, List.of())) : Optional.empty();
            }
        }
    }

    /** As {@link #visibleRow}, with the content: one statement, so row and content come from one snapshot. */
    static Optional<WithContent> visibleRowWithContent(Connection c, String office, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + ", key_id, nonce, ciphertext FROM documents"
                + " LEFT JOIN contents ON document_id = id WHERE id = ? AND (sender = ? OR recipient = ?)")) {
            s.setString(1, id);
            s.setString(2, office);
            s.setString(3, office);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                String keyId = r.getString(19);
                Optional<PayloadCipher.Sealed> sealed = keyId == null ? Optional.empty()
                        : Optional.of(new PayloadCipher.Sealed(keyId, r.getBytes(20), r.getBytes(21)));
                return Optional.of(new WithContent(document(r, List.of()), sealed));
            }
        }
    }

    static Optional<Document> byName(Connection c, String sender, String fileName) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SELECT + "WHERE sender = ? AND file_name = ?")) {
            s.setString(1, sender);
            s.setString(2, fileName);
            return list(c, s).stream().findFirst();
        }
    }

    /** A page of an inbox ({@code recipient}) or outbox ({@code sender}), oldest first after the cursor. */
    static List<Document> page(Connection c, boolean inbox, String office, long after, int limit)
            throws SQLException {
        String column = inbox ? "recipient" : "sender";
        try (PreparedStatement s = c.prepareStatement(SELECT + "WHERE " + column + " = ? AND cursor > ?"
                + " ORDER BY cursor LIMIT ?")) {
            s.setString(1, office);
            s.setLong(2, after);
            s.setInt(3, Math.max(0, limit));
            return list(c, s);
        }
    }

    static Optional<DocumentStore.Stored> stored(Connection c, String sender, String fileName) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, sha256 FROM documents"
                + " WHERE sender = ? AND file_name = ?")) {
            s.setString(1, sender);
            s.setString(2, fileName);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new DocumentStore.Stored(r.getString(1), r.getString(2)))
                        : Optional.empty();
            }
        }
    }

    private static List<Document> list(Connection c, PreparedStatement s) throws SQLException {
        List<Document> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(document(r, List.of()));
            }
        }
        List<Document> documents = new ArrayList<>(rows.size());
        for (Document d : rows) {
            documents.add(withHistory(d, history(c, d.id())));
        }
        return documents;
    }

    private static Document document(ResultSet r, List<Document.StateChange> history) throws SQLException {
        return new Document(r.getString(2), r.getLong(1), r.getString(3), r.getString(4), r.getString(5),
                r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11),
                r.getString(12), r.getLong(13), r.getString(14), DocumentState.valueOf(r.getString(15)),
                Instant.ofEpochMilli(r.getLong(16)), history, FindingsJson.read(r.getString(17)),
                r.getObject(18) != null);
    }

    private static Document withHistory(Document d, List<Document.StateChange> history) {
        return withState(d, d.state(), history);
    }

    /** {@code d} (a row read in this transaction) after it moved to {@code state}: its history read afresh. */
    static Document changed(Connection c, Document d, DocumentState state) throws SQLException {
        return withState(d, state, history(c, d.id()));
    }

    private static Document withState(Document d, DocumentState state, List<Document.StateChange> history) {
        return new Document(d.id(), d.cursor(), d.setId(), d.fileName(), d.kind(), d.csvVersion(), d.month(),
                d.sequence(), d.sender(), d.senderKind(), d.recipient(), d.recipientKind(), d.size(), d.sha256(),
                state, d.createdAt(), history, d.warnings(), d.contentPurged());
    }

    static List<Document.StateChange> history(Connection c, String id) throws SQLException {
        List<Document.StateChange> history = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT state, at, actor, reason FROM state_changes"
                + " WHERE document_id = ? ORDER BY seq")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    history.add(new Document.StateChange(DocumentState.valueOf(r.getString(1)),
                            Instant.ofEpochMilli(r.getLong(2)), r.getString(3), r.getString(4)));
                }
            }
        }
        return history;
    }
}
