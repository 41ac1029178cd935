package jp.renkei.gateway.metering;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counter deltas of the roll-ups, summed per row and written with one upsert per row ({@link #flush}): the
 * writer's batch of 30 uploads among 16 offices touches each office-month row once instead of three times per upload.
 * A counter row only ever has deltas added, so adding their sum is the same as adding them one by one. What one
 * request adds is kept apart until the request ends: dropped when it failed, merged into the batch when it succeeded.
 * Confined to the thread that writes.
 */
final class RollupBatch {

    /** One counter row: its upsert, the key values, and how many deltas follow them. */
    private record Row(Upsert upsert, List<Object> key) {
    }

    private Map<Row, long[]> request = new LinkedHashMap<>();
    private final Map<Row, long[]> kept = new LinkedHashMap<>();

    /** Adds {@code deltas} (in the order of the upsert's counters) to the row with {@code key}. */
    void add(Upsert upsert, List<Object> key, long... deltas) {
        long[] sum = request.computeIfAbsent(new Row(upsert, key), r -> new long[upsert.counters()]);
        for (int i = 0; i < deltas.length; i++) {
            sum[i] += deltas[i];
        }
    }

    /** The request that added since the last call succeeded: its deltas join the batch. */
    void keepRequest() {
        request.forEach((row, deltas) -> {
            long[] sum = kept.computeIfAbsent(row, r -> new long[deltas.length]);
            for (int i = 0; i < deltas.length; i++) {
                sum[i] += deltas[i];
            }
        });
        request = new LinkedHashMap<>();
    }

    /** The request that added since the last call failed (its savepoint rolled back): its deltas are forgotten. */
    void dropRequest() {
        request = new LinkedHashMap<>();
    }

    /**
     * Writes every row kept (and any request not yet ended), office-months first: an office-month whose documents
     * went from none to some, or whose partners reached five, adds to its region's row, which is written after.
     */
    void flush(Connection c) throws SQLException {
        keepRequest();
        for (Map.Entry<Row, long[]> e : List.copyOf(kept.entrySet())) {
            if (e.getKey().upsert() == Upsert.OFFICE_MONTH) {
                officeMonth(c, e.getKey().key(), e.getValue());
                kept.remove(e.getKey());
            }
        }
        keepRequest();
        for (Map.Entry<Row, long[]> e : kept.entrySet()) {
            write(c, e.getKey(), e.getValue());
        }
        kept.clear();
    }

    private void officeMonth(Connection c, List<Object> key, long[] deltas) throws SQLException {
        long[] now;
        try (PreparedStatement s = c.prepareStatement(Upsert.OFFICE_MONTH.sql())) {
            bind(s, key, deltas);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                now = new long[] {r.getLong(1), r.getLong(2)};
            }
        }
        long documents = deltas[RollupRows.Counter.DOCUMENTS_SENT.ordinal()]
                + deltas[RollupRows.Counter.DOCUMENTS_RECEIVED.ordinal()];
        long partners = deltas[RollupRows.Counter.PARTNERS.ordinal()];
        boolean active = documents > 0 && now[0] == documents;
        boolean fifth = partners > 0 && now[1] >= 5 && now[1] - partners < 5;
        if (active || fifth) {
            String month = (String) key.get(0);
            String office = (String) key.get(1);
            RegionRows.Profile p = RegionRows.profile(c, office);
            if (active) {
                RegionRows.add(this, month, office, p, RegionRows.Counter.ACTIVE, 1);
            }
            if (fifth) {
                RegionRows.add(this, month, office, p, RegionRows.Counter.FIVE_PARTNERS, 1);
            }
        }
    }

    private static void write(Connection c, Row row, long[] deltas) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(row.upsert().sql())) {
            bind(s, row.key(), deltas);
            s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, List<Object> key, long[] deltas) throws SQLException {
        int i = 1;
        for (Object k : key) {
            if (k instanceof Integer n) {
                s.setInt(i++, n);
            } else {
                s.setString(i++, (String) k);
            }
        }
        for (long d : deltas) {
            s.setLong(i++, d);
        }
    }

    /** The counter upserts, each the same SQL text on SQLite and PostgreSQL: key columns, then counters. */
    enum Upsert {
        /** Every counter of meter_office_months in one statement, returning the documents and partners after it. */
        OFFICE_MONTH("meter_office_months", List.of("month", "office"), columns(RollupRows.Counter.values()),
                " RETURNING documents_sent + documents_received, partners"),
        KIND("meter_kinds", List.of("month", "office", "kind", "direction"), List.of("documents", "bytes"), ""),
        REJECTION("meter_rejections", List.of("month", "office", "rule"), List.of("uploads"), ""),
        SOFTWARE("meter_software", List.of("month", "office", "user_agent"), List.of("uploads", "rejected"), ""),
        LATENCY("meter_latency", List.of("month", "office", "measure", "bucket"), List.of("samples"), ""),
        REGION_MONTH("meter_region_months", List.of("month", "prefecture", "role", "delivery_mode"),
                columns(RegionRows.Counter.values()), ""),
        REGION_DETAIL("meter_region_details", List.of("month", "prefecture", "dimension", "item"),
                List.of("amount"), "");

        private final String sql;
        private final int counters;

        Upsert(String table, List<String> key, List<String> counters, String returning) {
            this.counters = counters.size();
            StringBuilder columns = new StringBuilder(String.join(", ", key));
            StringBuilder updates = new StringBuilder();
            for (String column : counters) {
                columns.append(", ").append(column);
                updates.append(updates.length() == 0 ? "" : ", ").append(column).append(" = ").append(table)
                        .append('.').append(column).append(" + excluded.").append(column);
            }
            String marks = String.join(", ", java.util.Collections.nCopies(key.size() + counters.size(), "?"));
            this.sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ") ON CONFLICT ("
                    + String.join(", ", key) + ") DO UPDATE SET " + updates + returning;
        }

        String sql() {
            return sql;
        }

        int counters() {
            return counters;
        }

        private static List<String> columns(Enum<?>[] counters) {
            return Arrays.stream(counters).map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).toList();
        }
    }
}
