package jp.renkei.gateway.metering;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The per-prefecture sums behind the ministry's summary, added to in the same transactions as the office rows (see
 * {@link Rollups}, written through a {@link RollupBatch}). The prefecture is the first two digits of the office
 * number.
 */
final class RegionRows {

    /** The counter columns of meter_region_months, in the order {@link RollupBatch} writes them. */
    enum Counter {
        ACTIVE, CARE_USERS, SERVICE_USERS, FIVE_PARTNERS
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

    static void add(RollupBatch b, String month, String office, Profile p, Counter counter, long delta) {
        long[] deltas = new long[Counter.values().length];
        deltas[counter.ordinal()] = delta;
        b.add(RollupBatch.Upsert.REGION_MONTH, List.of(month, office.substring(0, 2), p.role(), p.deliveryMode()),
                deltas);
    }

    static void detail(RollupBatch b, String month, String office, String dimension, String item, long delta) {
        b.add(RollupBatch.Upsert.REGION_DETAIL, List.of(month, office.substring(0, 2), dimension, item), delta);
    }
}
