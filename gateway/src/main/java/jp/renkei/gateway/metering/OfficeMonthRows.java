package jp.renkei.gateway.metering;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@link OfficeMonth}s: a page of registered offices in number order joined with their month's counters, then
 * the page's kinds, rejections, software and elapsed times with one range query each (keyset paging, so a page
 * costs the same at the end of the list as at its start, on SQLite and PostgreSQL alike).
 */
final class OfficeMonthRows {

    private static final String OFFICES = "SELECT o.number, o.name, o.kinds, o.delivery_mode, o.registered_at,"
            + " m.documents_sent, m.documents_received, m.bytes_sent, m.bytes_received, m.uploads, m.rejected,"
            + " m.refused, m.care_users, m.service_users, m.partners, f.at FROM offices o"
            + " LEFT JOIN meter_office_months m ON m.month = ? AND m.office = o.number"
            + " LEFT JOIN meter_first_linkage f ON f.office = o.number ";

    private OfficeMonthRows() {
    }

    /** One office's figures (whenever it registered), or null when it is not registered. */
    static OfficeMonth one(Connection c, String month, String office) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(OFFICES + "WHERE o.number = ?")) {
            s.setString(1, month);
            s.setString(2, office);
            List<OfficeMonth> found = complete(c, month, read(s, month));
            return found.isEmpty() ? null : found.get(0);
        }
    }

    /**
     * Up to {@code limit} offices with numbers after {@code after} that registered before {@code registeredBefore}
     * or have figures in the month.
     */
    static List<OfficeMonth> page(Connection c, String month, Instant registeredBefore, String after, int limit)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(OFFICES
                + "WHERE o.number > ? AND (o.registered_at < ? OR m.office IS NOT NULL) ORDER BY o.number LIMIT ?")) {
            s.setString(1, month);
            s.setString(2, after);
            s.setLong(3, registeredBefore.toEpochMilli());
            s.setInt(4, limit);
            return complete(c, month, read(s, month));
        }
    }

    private static List<OfficeMonth> read(PreparedStatement s, String month) throws SQLException {
        List<OfficeMonth> rows = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                OfficeMonth.Counts counts = r.getObject(6) == null ? OfficeMonth.Counts.NONE
                        : new OfficeMonth.Counts(r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9),
                                r.getLong(10), r.getLong(11), r.getLong(12), r.getLong(13), r.getLong(14),
                                r.getLong(15));
                Instant first = r.getObject(16) == null ? null : Instant.ofEpochMilli(r.getLong(16));
                rows.add(new OfficeMonth(r.getString(1), r.getString(2), OfficeMonth.role(r.getString(3)),
                        r.getString(4), Instant.ofEpochMilli(r.getLong(5)), month, counts, first, Map.of(),
                        Map.of(), Map.of(), new Latency(), new Latency()));
            }
        }
        return rows;
    }

    /** Adds the detail rows of the page's offices, read by office range. */
    private static List<OfficeMonth> complete(Connection c, String month, List<OfficeMonth> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        Detail detail = new Detail(c, month, rows.get(0).office(), rows.get(rows.size() - 1).office());
        List<OfficeMonth> complete = new ArrayList<>(rows.size());
        for (OfficeMonth o : rows) {
            String n = o.office();
            complete.add(new OfficeMonth(n, o.name(), o.role(), o.deliveryMode(), o.registeredAt(), month,
                    o.counts(), o.firstLinkage(), detail.kinds.getOrDefault(n, Map.of()),
                    detail.rules.getOrDefault(n, Map.of()), detail.software.getOrDefault(n, Map.of()),
                    detail.latency(n, "download"), detail.latency(n, "receipt")));
        }
        return complete;
    }

    /** The detail tables of one month for the offices from {@code first} to {@code last}. */
    private static final class Detail {
        final Map<String, Map<String, OfficeMonth.KindCount>> kinds = new HashMap<>();
        final Map<String, Map<String, Long>> rules = new HashMap<>();
        final Map<String, Map<String, OfficeMonth.SoftwareCount>> software = new HashMap<>();
        final Map<String, Latency> latencies = new HashMap<>();

        Detail(Connection c, String month, String first, String last) throws SQLException {
            range(c, "SELECT office, kind, direction, documents, bytes FROM meter_kinds", month, first, last, r ->
                    kinds.computeIfAbsent(r.getString(1), k -> new HashMap<>()).merge(r.getString(2),
                            kindCount(r.getString(3), r.getLong(4), r.getLong(5)), Detail::sum));
            range(c, "SELECT office, rule, uploads FROM meter_rejections", month, first, last, r ->
                    rules.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(r.getString(2), r.getLong(3)));
            range(c, "SELECT office, user_agent, uploads, rejected FROM meter_software", month, first, last, r ->
                    software.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(r.getString(2),
                            new OfficeMonth.SoftwareCount(r.getLong(3), r.getLong(4))));
            range(c, "SELECT office, measure, bucket, samples FROM meter_latency", month, first, last, r ->
                    latencies.computeIfAbsent(r.getString(1) + "/" + r.getString(2), k -> new Latency())
                            .add(r.getInt(3), r.getLong(4)));
        }

        Latency latency(String office, String measure) {
            return latencies.getOrDefault(office + "/" + measure, new Latency());
        }

        private static OfficeMonth.KindCount kindCount(String direction, long documents, long bytes) {
            return direction.equals("sent") ? new OfficeMonth.KindCount(documents, bytes, 0, 0)
                    : new OfficeMonth.KindCount(0, 0, documents, bytes);
        }

        private static OfficeMonth.KindCount sum(OfficeMonth.KindCount a, OfficeMonth.KindCount b) {
            return new OfficeMonth.KindCount(a.sent() + b.sent(), a.bytesSent() + b.bytesSent(),
                    a.received() + b.received(), a.bytesReceived() + b.bytesReceived());
        }

        private static void range(Connection c, String select, String month, String first, String last, RowUse use)
                throws SQLException {
            try (PreparedStatement s = c.prepareStatement(select
                    + " WHERE month = ? AND office >= ? AND office <= ?")) {
                s.setString(1, month);
                s.setString(2, first);
                s.setString(3, last);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        use.accept(r);
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface RowUse {
        void accept(ResultSet r) throws SQLException;
    }
}
