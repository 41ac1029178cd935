package jp.renkei.gateway.metering;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The per-prefecture sums behind the ministry's summary, added to in the same transactions as the office rows (see
 * {@link Rollups}). The prefecture is the first two digits of the office number.
 */
final class RegionRows {

    /** The counter columns of meter_region_months; the only names ever put into SQL text. */
    enum Counter {
        ACTIVE, CARE_USERS, SERVICE_USERS, FIVE_PARTNERS;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** An office's role and delivery mode as the region sums file it. */
    record Profile(String role, String deliveryMode) {
    }

    private RegionRows() {
    }

    static Profile profile(Connection c, String office) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT kinds, delivery_mode FROM offices WHERE number = ?")) {
            s.setString(1, office);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new Profile(OfficeMonth.role(r.getString(1)), r.getString(2))
                        : new Profile(Rollups.SERVICE, "none");
            }
        }
    }

    static void add(Connection c, String month, String office, Profile p, Counter counter, long delta)
            throws SQLException {
        String column = counter.column();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO meter_region_months (month, prefecture, role,"
                + " delivery_mode, " + column + ") VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (month, prefecture, role, delivery_mode) DO UPDATE SET " + column
                + " = meter_region_months." + column + " + excluded." + column)) {
            s.setString(1, month);
            s.setString(2, office.substring(0, 2));
            s.setString(3, p.role());
            s.setString(4, p.deliveryMode());
            s.setLong(5, delta);
            s.executeUpdate();
        }
    }

    static void detail(Connection c, String month, String office, String dimension, String item, long delta)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO meter_region_details (month, prefecture,"
                + " dimension, item, amount) VALUES (?, ?, ?, ?, ?) ON CONFLICT (month, prefecture, dimension, item)"
                + " DO UPDATE SET amount = meter_region_details.amount + excluded.amount")) {
            s.setString(1, month);
            s.setString(2, office.substring(0, 2));
            s.setString(3, dimension);
            s.setString(4, item);
            s.setLong(5, delta);
            s.executeUpdate();
        }
    }
}
