package jp.renkei.gateway.notify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.renkei.gateway.store.Transactions;

/**
 * The time-based events, looked for by the scheduler: {@code document.expiring} to the recipient of a document it
 * has not downloaded, some days before retention purges the content, and {@code certificate.expiring} to an office
 * at each warning step (90, 30, 7 days) before its certificate ends. Each is written with a row in
 * {@code notices_sent} in the same transaction, so it is emitted exactly once however often this runs, on however
 * many nodes. A step passed while the gateway was down is not sent late: only the nearest step is.
 */
final class TimeNotices {

    static final String DOCUMENT_EXPIRING = "document.expiring";
    static final String CERTIFICATE_EXPIRING = "certificate.expiring";
    private static final int BATCH = 500;

    private final Transactions store;
    private final Duration retention;
    private final NotifyConfig config;
    private final Clock clock;

    TimeNotices(Transactions store, Duration retention, NotifyConfig config, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.config = config;
        this.clock = clock;
    }

    /** Emits every notice due now; returns how many. */
    int run() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int total = 0;
        int emitted;
        do {
            emitted = store.write(c -> documents(c, now));
            total += emitted;
        } while (emitted == BATCH);
        return total + store.write(c -> certificates(c, now));
    }

    private int documents(Connection c, Instant now) throws SQLException {
        Instant uploadedBefore = now.minus(retention).plus(Duration.ofDays(config.documentExpiringDays()));
        List<Object[]> due = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT d.id, d.recipient, d.file_name, d.created_at"
                + " FROM documents d WHERE d.created_at <= ? AND d.purged_at IS NULL AND d.state = 'ACCEPTED'"
                + " AND NOT EXISTS (SELECT 1 FROM notices_sent n WHERE n.kind = ? AND n.subject = d.id)"
                + " ORDER BY d.created_at LIMIT ?")) {
            s.setLong(1, uploadedBefore.toEpochMilli());
            s.setString(2, DOCUMENT_EXPIRING);
            s.setInt(3, BATCH);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    due.add(new Object[] {r.getString(1), r.getString(2), r.getString(3), r.getLong(4)});
                }
            }
        }
        for (Object[] d : due) {
            Instant purgeAt = Instant.ofEpochMilli((Long) d[3]).plus(retention);
            Map<String, Object> extra = Map.of("purgeAt", purgeAt.toString());
            store.appendEvent(c, (String) d[1], DOCUMENT_EXPIRING, now, (String) d[0], (String) d[2], extra);
            sent(c, DOCUMENT_EXPIRING, (String) d[0], 0, (String) d[1], now);
        }
        return due.size();
    }

    private int certificates(Connection c, Instant now) throws SQLException {
        int first = config.certificateWarningDays().get(0);
        List<Object[]> ending = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT serial, subject, not_after FROM certificates"
                + " WHERE role = 'OFFICE' AND revoked_at IS NULL AND not_after > ? AND not_after <= ?")) {
            s.setLong(1, now.toEpochMilli());
            s.setLong(2, now.plus(Duration.ofDays(first)).toEpochMilli());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ending.add(new Object[] {r.getString(1), r.getString(2), Instant.ofEpochMilli(r.getLong(3))});
                }
            }
        }
        int emitted = 0;
        for (Object[] cert : ending) {
            emitted += certificate(c, (String) cert[0], (String) cert[1], (Instant) cert[2], now) ? 1 : 0;
        }
        return emitted;
    }

    private boolean certificate(Connection c, String serial, String office, Instant notAfter, Instant now)
            throws SQLException {
        int step = nearestStep(Duration.between(now, notAfter));
        if (alreadySent(c, serial, step)) {
            return false;
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("serial", serial);
        extra.put("notAfter", notAfter.toString());
        extra.put("days", step);
        store.appendEvent(c, office, CERTIFICATE_EXPIRING, now, "", null, extra);
        sent(c, CERTIFICATE_EXPIRING, serial, step, office, now);
        return true;
    }

    /** The smallest warning step the remaining time is within (steps are sorted from the largest). */
    int nearestStep(Duration left) {
        int nearest = config.certificateWarningDays().get(0);
        for (int step : config.certificateWarningDays()) {
            if (left.compareTo(Duration.ofDays(step)) <= 0) {
                nearest = step;
            }
        }
        return nearest;
    }

    private static boolean alreadySent(Connection c, String serial, int step) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM notices_sent WHERE kind = ? AND subject = ?"
                + " AND step = ?")) {
            s.setString(1, CERTIFICATE_EXPIRING);
            s.setString(2, serial);
            s.setInt(3, step);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private static void sent(Connection c, String kind, String subject, int step, String office, Instant now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO notices_sent (kind, subject, step, office, at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
            s.setString(1, kind);
            s.setString(2, subject);
            s.setInt(3, step);
            s.setString(4, office);
            s.setLong(5, now.toEpochMilli());
            s.executeUpdate();
        }
    }
}
