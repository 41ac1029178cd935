package jp.renkei.gateway.metering;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The office rows behind {@link Rollups}. Counters are added to a {@link RollupBatch}, which writes each row once
 * ({@code INSERT ... ON CONFLICT ... DO UPDATE}, the same text on SQLite and PostgreSQL); the "distinct" tables are
 * inserted at once, in the caller's write transaction, with {@code DO NOTHING}, and only a row that was new counts.
 */
final class RollupRows {

    /** The counter columns of meter_office_months, in the order {@link RollupBatch} writes them. */
    enum Counter {
        DOCUMENTS_SENT, DOCUMENTS_RECEIVED, BYTES_SENT, BYTES_RECEIVED, UPLOADS, REJECTED, REFUSED, CARE_USERS,
        SERVICE_USERS, PARTNERS
    }

    private RollupRows() {
    }

    /** Adds {@code delta} to one counter of the office-month. */
    static void add(RollupBatch b, String month, String office, Counter counter, long delta) {
        long[] deltas = new long[Counter.values().length];
        deltas[counter.ordinal()] = delta;
        b.add(RollupBatch.Upsert.OFFICE_MONTH, List.of(month, office), deltas);
    }

    /**
     * Counts one accepted document of the office: its documents and bytes counters, and one partner more when
     * {@code newPartner}. Whether the office thereby became active or reached five partners is decided when the
     * batch is written ({@link RollupBatch#flush}).
     */
    static void document(RollupBatch b, String month, String office, Counter documents, long bytes,
            boolean newPartner) {
        Counter bytesCounter = switch (documents) {
            case DOCUMENTS_SENT -> Counter.BYTES_SENT;
            case DOCUMENTS_RECEIVED -> Counter.BYTES_RECEIVED;
            default -> throw new IllegalArgumentException("not a documents counter: " + documents);
        };
        long[] deltas = new long[Counter.values().length];
        deltas[documents.ordinal()] = 1;
        deltas[bytesCounter.ordinal()] = bytes;
        deltas[Counter.PARTNERS.ordinal()] = newPartner ? 1 : 0;
        b.add(RollupBatch.Upsert.OFFICE_MONTH, List.of(month, office), deltas);
    }

    static void kind(RollupBatch b, String month, String office, String kind, String direction, long bytes) {
        b.add(RollupBatch.Upsert.KIND, List.of(month, office, kind, direction), 1, bytes);
    }

    static void rejection(RollupBatch b, String month, String office, String rule) {
        b.add(RollupBatch.Upsert.REJECTION, List.of(month, office, rule), 1);
    }

    static void software(RollupBatch b, String month, String office, String userAgent, boolean rejected) {
        b.add(RollupBatch.Upsert.SOFTWARE, List.of(month, office, userAgent), 1, rejected ? 1 : 0);
    }

    static void latency(RollupBatch b, String month, String office, String measure, int bucket) {
        b.add(RollupBatch.Upsert.LATENCY, List.of(month, office, measure, bucket), 1);
    }

    /** Inserts the users not yet linked for this office, month and role; returns how many were new. */
    static long users(Connection c, String month, String office, String role, Iterable<Linkage.User> users)
            throws SQLException {
        long added = 0;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO meter_users (month, office, role, insurer,"
                + " insured) VALUES (?, ?, ?, ?, ?) ON CONFLICT (month, office, role, insurer, insured) DO NOTHING")) {
            s.setString(1, month);
            s.setString(2, office);
            s.setString(3, role);
            for (Linkage.User u : users) {
                s.setString(4, u.insurer());
                s.setString(5, u.insured());
                added += s.executeUpdate();
            }
        }
        return added;
    }

    /** True when {@code partner} is new for this office and month. */
    static boolean partner(Connection c, String month, String office, String partner) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO meter_partners (month, office, partner)"
                + " VALUES (?, ?, ?) ON CONFLICT (month, office, partner) DO NOTHING")) {
            s.setString(1, month);
            s.setString(2, office);
            s.setString(3, partner);
            return s.executeUpdate() == 1;
        }
    }

    static void firstLinkage(Connection c, String office, long at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO meter_first_linkage (office, at) VALUES (?, ?)"
                + " ON CONFLICT (office) DO NOTHING")) {
            s.setString(1, office);
            s.setLong(2, at);
            s.executeUpdate();
        }
    }
}
