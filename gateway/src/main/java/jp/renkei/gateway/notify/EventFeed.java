package jp.renkei.gateway.notify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.gateway.store.Event;

/**
 * Reads the event feed: every outbox event of every office in commit order, by the feed's sequence number (kept by
 * a trigger in the event's own transaction). One range scan answers "what committed since I last looked".
 */
final class EventFeed {

    /** Events read after one position, and the position after them. */
    record Page(List<Event> events, long next) {
    }

    private EventFeed() {
    }

    static long head(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(seq) FROM event_feed")) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    static Page after(Connection c, long seq, int limit) throws SQLException {
        List<Event> events = new ArrayList<>();
        long next = seq;
        try (PreparedStatement s = c.prepareStatement("SELECT f.seq, e.office, e.id, e.type, e.at, e.document_id,"
                + " e.payload FROM event_feed f JOIN events e ON e.office = f.office AND e.id = f.id"
                + " WHERE f.seq > ? ORDER BY f.seq LIMIT ?")) {
            s.setLong(1, seq);
            s.setInt(2, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    next = r.getLong(1);
                    events.add(new Event(r.getString(2), r.getLong(3), r.getString(4),
                            Instant.ofEpochMilli(r.getLong(5)), r.getString(6), r.getString(7)));
                }
            }
        }
        return new Page(events, next);
    }

    /**
     * Forgets feed rows before {@code before} whose events are older than {@code olderThan}. Only running dispatchers
     * read the feed, each from its own position on; the age bound keeps the rows that a slower dispatcher (another
     * node's, on a shared database) may not have read yet.
     */
    static int prune(Connection c, long before, Instant olderThan) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM event_feed WHERE seq < ? AND EXISTS (SELECT 1"
                + " FROM events e WHERE e.office = event_feed.office AND e.id = event_feed.id AND e.at < ?)")) {
            s.setLong(1, before);
            s.setLong(2, olderThan.toEpochMilli());
            return s.executeUpdate();
        }
    }
}
