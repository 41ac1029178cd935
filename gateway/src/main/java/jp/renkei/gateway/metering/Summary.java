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
 * Reads the per-prefecture sums (one month's range of two small tables) and counts registered offices by prefecture
 * and role; the nation is summed here. The SQL is plain enough for PostgreSQL as well.
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
        s.scan(c, "SELECT " + PREFECTURE + ", " + ROLE + ", COUNT(*) FROM offices o WHERE o.registered_at < ?"
                + " GROUP BY " + PREFECTURE + ", " + ROLE, monthEnd.toEpochMilli(),
                (f, r) -> f.registered(r.getString(2), r.getLong(3)));
        s.scan(c, "SELECT prefecture, role, delivery_mode, active, care_users, service_users, five_partners"
                + " FROM meter_region_months WHERE month = ?", month,
                (f, r) -> f.offices(r.getString(2), r.getString(3), r.getLong(4), r.getLong(5), r.getLong(6),
                        r.getLong(7), p));
        s.scan(c, "SELECT prefecture, dimension, item, amount FROM meter_region_details WHERE month = ?", month,
                (f, r) -> f.detail(r.getString(2), r.getString(3), r.getLong(4)));
        return s.json(month, p);
    }

    private void scan(Connection c, String sql, Object parameter, RowInto into) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
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
