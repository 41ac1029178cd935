package jp.renkei.gateway.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The transactional outbox. Event ids come from a per-office counter row bumped with {@code INSERT ... ON CONFLICT
 * ... RETURNING}, which is atomic on SQLite and row-locked on PostgreSQL, so ids stay gap-free and ordered by commit.
 */
final class Outbox {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Outbox() {
    }

    static Event append(Connection c, String office, String type, Instant at, String documentId, String fileName)
            throws SQLException {
        return append(c, office, type, at, documentId, fileName, Map.of());
    }

    /** Appends an event whose payload carries {@code extra} fields after the standard ones (time-based events). */
    static Event append(Connection c, String office, String type, Instant at, String documentId, String fileName,
            Map<String, Object> extra) throws SQLException {
        long id = nextId(c, office);
        String payload = payload(id, type, at, documentId, fileName, extra);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO events (office, id, type, at, document_id, payload)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, office);
            s.setLong(2, id);
            s.setString(3, type);
            s.setLong(4, at.toEpochMilli());
            s.setString(5, documentId);
            s.setString(6, payload);
            s.executeUpdate();
        }
        return new Event(office, id, type, at, documentId, payload);
    }

    static List<Event> after(Connection c, String office, long after, int limit) throws SQLException {
        List<Event> events = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, type, at, document_id, payload FROM events"
                + " WHERE office = ? AND id > ? ORDER BY id LIMIT ?")) {
            s.setString(1, office);
            s.setLong(2, after);
            s.setInt(3, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    events.add(new Event(office, r.getLong(1), r.getString(2), Instant.ofEpochMilli(r.getLong(3)),
                            r.getString(4), r.getString(5)));
                }
            }
        }
        return events;
    }

    private static long nextId(Connection c, String office) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO event_counters (office, last_id) VALUES (?, 1)"
                + " ON CONFLICT (office) DO UPDATE SET last_id = event_counters.last_id + 1 RETURNING last_id")) {
            s.setString(1, office);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String payload(long id, String type, Instant at, String documentId, String fileName,
            Map<String, Object> extra) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("type", type);
        json.put("time", at.toString());
        json.put("documentId", documentId);
        json.put("fileName", fileName);
        json.putAll(extra);
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
