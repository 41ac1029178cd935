package jp.renkei.gateway.metering;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ministry's summary of one month, nationally and per prefecture (the first two digits of the office number).
 * Five grouped scans, each over one month's range of a roll-up table's primary key (plus the offices table), summed
 * per prefecture in the database and into the nation here. The SQL is plain enough for PostgreSQL as well.
 */
final class Summary {

    private static final String PREFECTURE = "substr(o.number, 1, 2)";
    private static final String ROLE = "CASE WHEN (',' || o.kinds || ',') LIKE '%,43,%'"
            + " OR (',' || o.kinds || ',') LIKE '%,46,%' THEN 'care' ELSE 'service' END";

    private final Map<String, Figures> prefectures = new TreeMap<>();
    private final Figures nation = new Figures();

    private Summary() {
    }

    static ObjectNode build(Connection c, String month, Instant monthEnd, MeteringConfig p) throws SQLException {
        Summary s = new Summary();
        s.offices(c, month, monthEnd, p);
        s.scan(c, "SELECT substr(office, 1, 2), kind, SUM(documents) FROM meter_kinds"
                + " WHERE month = ? AND direction = 'sent' GROUP BY substr(office, 1, 2), kind", month,
                (f, r) -> f.kind(r.getString(2), r.getLong(3)));
        s.scan(c, "SELECT substr(office, 1, 2), user_agent, SUM(uploads), SUM(rejected) FROM meter_software"
                + " WHERE month = ? GROUP BY substr(office, 1, 2), user_agent", month,
                (f, r) -> f.software(r.getString(2), r.getLong(3), r.getLong(4)));
        s.scan(c, "SELECT substr(office, 1, 2), rule, SUM(uploads) FROM meter_rejections"
                + " WHERE month = ? GROUP BY substr(office, 1, 2), rule", month,
                (f, r) -> f.rule(r.getString(2), r.getLong(3)));
        s.scan(c, "SELECT substr(office, 1, 2), bucket, SUM(samples) FROM meter_latency"
                + " WHERE month = ? AND measure = 'receipt' GROUP BY substr(office, 1, 2), bucket", month,
                (f, r) -> f.receipt(r.getInt(2), r.getLong(3)));
        return s.json(month, p);
    }

    /**
     * Offices registered before the month's end, or with figures in the month (an office registered later may still
     * have users linked for an earlier service month), with the month's counters, by prefecture, role and mode.
     */
    private void offices(Connection c, String month, Instant monthEnd, MeteringConfig p) throws SQLException {
        String sql = "SELECT " + PREFECTURE + ", " + ROLE + ", o.delivery_mode, COUNT(*),"
                + " SUM(CASE WHEN m.documents_sent + m.documents_received > 0 THEN 1 ELSE 0 END),"
                + " SUM(COALESCE(m.care_users, 0)), SUM(COALESCE(m.service_users, 0)),"
                + " SUM(CASE WHEN m.partners >= 5 THEN 1 ELSE 0 END)"
                + " FROM offices o LEFT JOIN meter_office_months m ON m.month = ? AND m.office = o.number"
                + " WHERE o.registered_at < ? OR m.office IS NOT NULL"
                + " GROUP BY " + PREFECTURE + ", " + ROLE + ", o.delivery_mode";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, month);
            s.setLong(2, monthEnd.toEpochMilli());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    for (Figures f : regions(r.getString(1))) {
                        f.offices(r.getString(2), r.getString(3), r.getLong(4), r.getLong(5), r.getLong(6),
                                r.getLong(7), r.getLong(8), p);
                    }
                }
            }
        }
    }

    private void scan(Connection c, String sql, String month, RowInto into) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, month);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    for (Figures f : regions(r.getString(1))) {
                        into.add(f, r);
                    }
                }
            }
        }
    }

    private Figures[] regions(String prefecture) {
        return new Figures[] {nation, prefectures.computeIfAbsent(prefecture, k -> new Figures())};
    }

    private ObjectNode json(String month, MeteringConfig p) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("month", month);
        node.set("national", nation.json());
        ArrayNode list = node.putArray("prefectures");
        prefectures.forEach((code, f) -> list.addObject().put("prefecture", code).setAll(f.json()));
        return MeteringJson.withModel(MeteringJson.withBasis(node), p);
    }

    @FunctionalInterface
    private interface RowInto {
        void add(Figures figures, ResultSet row) throws SQLException;
    }
}
