package jp.renkei.gateway.metering;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The upserts behind {@link Rollups}, inside the caller's write transaction. Each adds to a counter row, creating it
 * at the delta ({@code INSERT ... ON CONFLICT ... DO UPDATE}, the same text on SQLite and PostgreSQL); the
 * "distinct" tables are inserted with {@code DO NOTHING}, and only a row that was new counts.
 */
final class RollupRows {

    /** The counter columns of meter_office_months; the only names ever put into SQL text. */
    enum Counter {
        DOCUMENTS_SENT, DOCUMENTS_RECEIVED, BYTES_SENT, BYTES_RECEIVED, UPLOADS, REJECTED, REFUSED, CARE_USERS,
        SERVICE_USERS, PARTNERS;

        private final String column = name().toLowerCase(java.util.Locale.ROOT);
        /** The upsert of {@link #add}, made once: the writer runs it for every upload. */
        private final String addSql = "INSERT INTO meter_office_months (month, office, " + column
                + ") VALUES (?, ?, ?) ON CONFLICT (month, office) DO UPDATE SET " + column
                + " = meter_office_months." + column + " + excluded." + column;

        String column() {
            return column;
        }
    }

    /** The upserts of {@link #document} for documents sent and received, made once. */
    private static final Map<Counter, String> DOCUMENT_SQL = new EnumMap<>(Map.of(
            Counter.DOCUMENTS_SENT, documentSql(Counter.DOCUMENTS_SENT, Counter.BYTES_SENT),
            Counter.DOCUMENTS_RECEIVED, documentSql(Counter.DOCUMENTS_RECEIVED, Counter.BYTES_RECEIVED)));

    private RollupRows() {
    }

    static void add(Connection c, String month, String office, Counter counter, long delta) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(counter.addSql)) {
            s.setString(1, month);
            s.setString(2, office);
            s.setLong(3, delta);
            s.executeUpdate();
        }
    }

    /**
     * Counts one accepted document of the office (its documents and bytes counters, and one partner more when
     * {@code newPartner}) in one statement, and returns the office-month's documents (sent and received) and partners
     * after it: what decides whether the office just became active or reached five partners.
     */
    static long[] document(Connection c, String month, String office, Counter documents, long bytes,
            boolean newPartner) throws SQLException {
        String sql = DOCUMENT_SQL.get(documents);
        if (sql == null) {
            throw new IllegalArgumentException("not a documents counter: " + documents);
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, month);
            s.setString(2, office);
            s.setLong(3, bytes);
            s.setLong(4, newPartner ? 1 : 0);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new long[] {r.getLong(1), r.getLong(2)};
            }
        }
    }

    private static String documentSql(Counter documents, Counter bytesCounter) {
        String d = documents.column();
        String b = bytesCounter.column();
        return "INSERT INTO meter_office_months (month, office, " + d + ", " + b + ", partners) VALUES (?, ?, 1, ?, ?)"
                + " ON CONFLICT (month, office) DO UPDATE SET " + d + " = meter_office_months." + d + " + 1, " + b
                + " = meter_office_months." + b + " + excluded." + b
                + ", partners = meter_office_months.partners + excluded.partners"
                + " RETURNING documents_sent + documents_received, partners";
    }

    static void kind(Connection c, String month, String office, String kind, String direction, long bytes)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO meter_kinds (month, office, kind, direction,"
                + " documents, bytes) VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT (month, office, kind, direction)"
                + " DO UPDATE SET documents = meter_kinds.documents + 1,"
                + " bytes = meter_kinds.bytes + excluded.bytes")) {
            s.setString(1, month);
            s.setString(2, office);
            s.setString(3, kind);
            s.setString(4, direction);
            s.setLong(5, bytes);
            s.executeUpdate();
        }
    }

    static void rejection(Connection c, String month, String office, String rule) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO meter_rejections (month, office, rule, uploads)"
                + " VALUES (?, ?, ?, 1) ON CONFLICT (month, office, rule)"
                + " DO UPDATE SET uploads = meter_rejections.uploads + 1")) {
            s.setString(1, month);
            s.setString(2, office);
            s.setString(3, rule);
            s.executeUpdate();
        }
    }

    static void software(Connection c, String month, String office, String userAgent, boolean rejected)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO meter_software (month, office, user_agent,"
                + " uploads, rejected) VALUES (?, ?, ?, 1, ?) ON CONFLICT (month, office, user_agent)"
                + " DO UPDATE SET uploads = meter_software.uploads + 1,"
                + " rejected = meter_software.rejected + excluded.rejected")) {
            s.setString(1, month);
            s.setString(2, office);
            s.setString(3, userAgent);
            s.setLong(4, rejected ? 1 : 0);
            s.executeUpdate();
        }
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

    static void latency(Connection c, String month, String office, String measure, int bucket) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO meter_latency (month, office, measure, bucket,"
                + " samples) VALUES (?, ?, ?, ?, 1) ON CONFLICT (month, office, measure, bucket)"
                + " DO UPDATE SET samples = meter_latency.samples + 1")) {
            s.setString(1, month);
            s.setString(2, office);
            s.setString(3, measure);
            s.setInt(4, bucket);
            s.executeUpdate();
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
