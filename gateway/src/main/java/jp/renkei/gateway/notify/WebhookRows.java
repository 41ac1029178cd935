package jp.renkei.gateway.notify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of webhooks and their deliveries, run inside transactions the store lends. Shared by SQLite and PostgreSQL. */
final class WebhookRows {

    /** A stored webhook, secret included (never shown to clients). */
    record Row(String office, String url, String secret, Instant createdAt, Instant updatedAt) {
    }

    /** A delivery claimed for one attempt: {@code url} and {@code secret} are null when the webhook is gone. */
    record Claimed(String office, long eventId, int attempt, String type, String payload, Instant eventAt,
            String url, String secret) {
    }

    private WebhookRows() {
    }

    static void upsert(Connection c, String office, String url, String secret, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO webhooks (office, url, secret, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (office) DO UPDATE SET url = excluded.url,"
                + " secret = excluded.secret, updated_at = excluded.updated_at")) {
            s.setString(1, office);
            s.setString(2, url);
            s.setString(3, secret);
            s.setLong(4, now.toEpochMilli());
            s.setLong(5, now.toEpochMilli());
            s.executeUpdate();
        }
    }

    static Optional<Row> find(Connection c, String office) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT url, secret, created_at, updated_at FROM webhooks"
                + " WHERE office = ?")) {
            s.setString(1, office);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Row(office, r.getString(1), r.getString(2),
                        Instant.ofEpochMilli(r.getLong(3)), Instant.ofEpochMilli(r.getLong(4)))) : Optional.empty();
            }
        }
    }

    /** Removes the webhook; its pending deliveries become dead letters (listed, re-sendable), never vanish. */
    static boolean delete(Connection c, String office, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM webhooks WHERE office = ?")) {
            s.setString(1, office);
            if (s.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE webhook_deliveries SET state = 'dead',"
                + " last_error = 'the webhook was removed', finished_at = ? WHERE office = ? AND state = 'pending'")) {
            s.setLong(1, now.toEpochMilli());
            s.setString(2, office);
            s.executeUpdate();
        }
        return true;
    }

    static long count(Connection c, String office, String state) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM webhook_deliveries WHERE office = ?"
                + " AND state = ?")) {
            s.setString(1, office);
            s.setString(2, state);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        }
    }

    static List<Webhooks.DeadLetter> dead(Connection c, String office, long after, int limit) throws SQLException {
        List<Webhooks.DeadLetter> letters = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT d.event_id, e.type, d.attempts, d.last_status,"
                + " d.last_error, d.last_attempt_at, d.finished_at, e.payload FROM webhook_deliveries d"
                + " JOIN events e ON e.office = d.office AND e.id = d.event_id"
                + " WHERE d.office = ? AND d.state = 'dead' AND d.event_id > ? ORDER BY d.event_id LIMIT ?")) {
            s.setString(1, office);
            s.setLong(2, after);
            s.setInt(3, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    letters.add(new Webhooks.DeadLetter(r.getLong(1), r.getString(2), r.getInt(3),
                            status(r, 4), r.getString(5), instant(r, 6), instant(r, 7),
                            r.getString(8)));
                }
            }
        }
        return letters;
    }

    /** Puts a dead letter back in the queue with a fresh retry schedule; false when there is no such dead letter. */
    static boolean resend(Connection c, String office, long eventId, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE webhook_deliveries SET state = 'pending',"
                + " attempts = 0, due_at = ?, finished_at = NULL WHERE office = ? AND event_id = ?"
                + " AND state = 'dead'")) {
            s.setLong(1, now.toEpochMilli());
            s.setString(2, office);
            s.setLong(3, eventId);
            return s.executeUpdate() == 1;
        }
    }

    /** Deliveries due at {@code now}, oldest first: the candidates of a claim. */
    static List<String[]> due(Connection c, Instant now, int limit) throws SQLException {
        List<String[]> due = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT office, event_id FROM webhook_deliveries"
                + " WHERE state = 'pending' AND due_at <= ? ORDER BY due_at LIMIT ?")) {
            s.setLong(1, now.toEpochMilli());
            s.setInt(2, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    due.add(new String[] {r.getString(1), Long.toString(r.getLong(2))});
                }
            }
        }
        return due;
    }

    /**
     * Claims one due delivery for an attempt: counts the attempt and moves its due time past the lease, so that an
     * attempt cut short by a crash is simply due again later. Empty when another claimer got it first.
     */
    static Optional<Claimed> claim(Connection c, String office, long eventId, Instant now, Instant leaseEnd)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE webhook_deliveries SET attempts = attempts + 1,"
                + " due_at = ?, last_attempt_at = ? WHERE office = ? AND event_id = ? AND state = 'pending'"
                + " AND due_at <= ?")) {
            s.setLong(1, leaseEnd.toEpochMilli());
            s.setLong(2, now.toEpochMilli());
            s.setString(3, office);
            s.setLong(4, eventId);
            s.setLong(5, now.toEpochMilli());
            if (s.executeUpdate() == 0) {
                return Optional.empty();
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT d.attempts, e.type, e.payload, e.at, w.url, w.secret"
                + " FROM webhook_deliveries d JOIN events e ON e.office = d.office AND e.id = d.event_id"
                + " LEFT JOIN webhooks w ON w.office = d.office WHERE d.office = ? AND d.event_id = ?")) {
            s.setString(1, office);
            s.setLong(2, eventId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return Optional.of(new Claimed(office, eventId, r.getInt(1), r.getString(2), r.getString(3),
                        Instant.ofEpochMilli(r.getLong(4)), r.getString(5), r.getString(6)));
            }
        }
    }

    /** Records an attempt's end: {@code delivered}, {@code dead}, or still {@code pending} until {@code nextDue}. */
    static void finish(Connection c, Claimed d, String state, Instant nextDue, Integer status, String error,
            Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE webhook_deliveries SET state = ?, due_at = ?,"
                + " last_status = ?, last_error = ?, finished_at = ? WHERE office = ? AND event_id = ?"
                + " AND state = 'pending' AND attempts = ?")) {
            s.setString(1, state);
            s.setLong(2, nextDue.toEpochMilli());
            s.setObject(3, status);
            s.setString(4, error);
            s.setObject(5, state.equals("pending") ? null : now.toEpochMilli());
            s.setString(6, d.office());
            s.setLong(7, d.eventId());
            s.setInt(8, d.attempt());
            s.executeUpdate();
        }
    }

    private static Integer status(ResultSet r, int column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : Instant.ofEpochMilli(value);
    }
}
