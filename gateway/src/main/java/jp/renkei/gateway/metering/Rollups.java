package jp.renkei.gateway.metering;

import static jp.renkei.gateway.metering.RollupRows.Counter.CARE_USERS;
import static jp.renkei.gateway.metering.RollupRows.Counter.DOCUMENTS_RECEIVED;
import static jp.renkei.gateway.metering.RollupRows.Counter.DOCUMENTS_SENT;
import static jp.renkei.gateway.metering.RollupRows.Counter.REFUSED;
import static jp.renkei.gateway.metering.RollupRows.Counter.REJECTED;
import static jp.renkei.gateway.metering.RollupRows.Counter.SERVICE_USERS;
import static jp.renkei.gateway.metering.RollupRows.Counter.UPLOADS;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import jp.renkei.gateway.mailbox.Document;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.name.FileName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the roll-ups per office and month: the store calls it inside the write transaction of each document change,
 * so a roll-up changes exactly when the document does. Figures are only ever added to, never recomputed. After the
 * transaction commits, the store hands the {@link Tally} to {@link #committed}, which feeds the live meters.
 * Thread-safe (stateless apart from its listeners).
 */
public final class Rollups {

    /** The calendar of activity months: the exchange serves Japan, so a month is a Japanese month. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    static final String CARE = "care";
    static final String SERVICE = "service";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM").withZone(ZONE);
    private static final int USER_AGENT_LIMIT = 200;
    private static final Logger LOG = LoggerFactory.getLogger(Rollups.class);

    /** Distinct rows remembered as committed: users, partners and first linkages of about 100,000 office-months. */
    private static final int KNOWN_ROWS = 200_000;
    private static final String KEY_SEPARATOR = "\u001f";

    private final List<Consumer<Tally>> listeners = new CopyOnWriteArrayList<>();
    private final KnownRows known = new KnownRows(KNOWN_ROWS);

    /** The activity month (YYYYMM, Japanese time) of an instant. */
    public static String month(Instant at) {
        return MONTH.format(at);
    }

    /** Registers a listener told of each committed tally, on the writing caller's thread; it must not block. */
    public void onCommitted(Consumer<Tally> listener) {
        listeners.add(listener);
    }

    /** Called by the store once the transaction that filled {@code tally} committed. */
    public void committed(Tally tally) {
        known.addAll(tally.confirmed());
        if (tally.isEmpty()) {
            return;
        }
        for (Consumer<Tally> listener : listeners) {
            try {
                listener.accept(tally);
            } catch (RuntimeException e) {
                LOG.warn("metering listener failed", e);
            }
        }
    }

    /** One newly stored document: counts, bytes, partners, first linkage, and the users it links. */
    public void accepted(Connection c, FileName name, long bytes, Linkage linkage, Instant at, Tally tally)
            throws SQLException {
        String month = month(at);
        String kind = name.kind().prefix();
        side(c, month, name.sender(), name.recipient(), DOCUMENTS_SENT, bytes, at, tally);
        RollupRows.kind(c, month, name.sender(), kind, "sent", bytes);
        RegionRows.detail(c, month, name.sender(), "kind", kind, 1);
        side(c, month, name.recipient(), name.sender(), DOCUMENTS_RECEIVED, bytes, at, tally);
        RollupRows.kind(c, month, name.recipient(), kind, "received", bytes);
        tally.document(kind, "accepted");
        if (linkage.kind() == FileKind.UPPLAN) {
            link(c, linkage, name.sender(), CARE, tally);
            link(c, linkage, name.recipient(), SERVICE, tally);
        } else if (linkage.kind() == FileKind.UPJSK) {
            link(c, linkage, name.sender(), SERVICE, tally);
        }
    }

    private void side(Connection c, String month, String office, String partner, RollupRows.Counter documents,
            long bytes, Instant at, Tally tally) throws SQLException {
        String partnerKey = key("partner", month, office, partner);
        boolean newPartner = false;
        if (!known.contains(partnerKey)) {
            newPartner = RollupRows.partner(c, month, office, partner);
            tally.confirmed(partnerKey);
        }
        long[] now = RollupRows.document(c, month, office, documents, bytes, newPartner);
        String firstKey = key("first", office);
        if (!known.contains(firstKey)) {
            RollupRows.firstLinkage(c, office, at.toEpochMilli());
            tally.confirmed(firstKey);
        }
        boolean fifth = newPartner && now[1] == 5;
        if (now[0] == 1 || fifth) {
            RegionRows.Profile p = RegionRows.profile(c, office);
            if (now[0] == 1) {
                RegionRows.add(c, month, office, p, RegionRows.Counter.ACTIVE, 1);
            }
            if (fifth) {
                RegionRows.add(c, month, office, p, RegionRows.Counter.FIVE_PARTNERS, 1);
            }
        }
    }

    private void link(Connection c, Linkage linkage, String office, String role, Tally tally)
            throws SQLException {
        List<Linkage.User> unknown = new ArrayList<>();
        String prefix = key("user", linkage.month(), office, role, "");
        for (Linkage.User u : linkage.users()) {
            String key = prefix + u.insurer() + KEY_SEPARATOR + u.insured();
            if (!known.contains(key)) {
                unknown.add(u);
                tally.confirmed(key);
            }
        }
        if (unknown.isEmpty()) {
            return;
        }
        long added = RollupRows.users(c, linkage.month(), office, role, unknown);
        if (added > 0) {
            boolean care = role.equals(CARE);
            RollupRows.add(c, linkage.month(), office, care ? CARE_USERS : SERVICE_USERS, added);
            RegionRows.Profile p = RegionRows.profile(c, office);
            RegionRows.add(c, linkage.month(), office, p,
                    care ? RegionRows.Counter.CARE_USERS : RegionRows.Counter.SERVICE_USERS, added);
            tally.linked(role, p.deliveryMode(), added);
        }
    }

    /** One upload attempt that stored documents (a set counts once), by sending software. */
    public void uploaded(Connection c, String office, String userAgent, Instant at) throws SQLException {
        String month = month(at);
        RollupRows.add(c, month, office, UPLOADS, 1);
        RollupRows.software(c, month, office, software(userAgent), false);
        RegionRows.detail(c, month, office, "uploads", software(userAgent), 1);
    }

    /**
     * One refused upload attempt: by sending software, and by each rule id that refused it, or by {@code outcome}
     * (conflict, unknown_recipient, ...) when no rule did.
     */
    public void rejected(Connection c, String office, List<String> fileNames, String outcome, List<String> rules,
            String userAgent, Instant at, Tally tally) throws SQLException {
        String month = month(at);
        RollupRows.add(c, month, office, UPLOADS, 1);
        RollupRows.add(c, month, office, REJECTED, 1);
        RollupRows.software(c, month, office, software(userAgent), true);
        RegionRows.detail(c, month, office, "uploads", software(userAgent), 1);
        RegionRows.detail(c, month, office, "rejected", software(userAgent), 1);
        for (String rule : rules.isEmpty() ? List.of(outcome) : rules.stream().distinct().toList()) {
            RollupRows.rejection(c, month, office, rule);
            RegionRows.detail(c, month, office, "rule", rule, 1);
        }
        for (String file : fileNames) {
            tally.document(FileKind.matchPrefix(file).map(FileKind::prefix).orElse("unknown"), "rejected");
        }
    }

    /** The recipient's first download: the time from upload, in the sender's office-month of the upload. */
    public void downloaded(Connection c, Document d, Instant at, Tally tally) throws SQLException {
        elapsed(c, d, "download", at);
        tally.document(d.kind(), "downloaded");
    }

    /** The recipient's receipt: the time from upload when imported; a refusal is counted as such. */
    public void receipted(Connection c, Document d, boolean imported, Instant at, Tally tally) throws SQLException {
        if (imported) {
            int bucket = elapsed(c, d, "receipt", at);
            RegionRows.detail(c, month(d.createdAt()), d.sender(), "receipt", Integer.toString(bucket), 1);
        } else {
            RollupRows.add(c, month(d.createdAt()), d.sender(), REFUSED, 1);
        }
        tally.document(d.kind(), imported ? "receipted" : "refused");
    }

    private static int elapsed(Connection c, Document d, String measure, Instant at) throws SQLException {
        long millis = at.toEpochMilli() - d.createdAt().toEpochMilli();
        int bucket = Latency.bucket(millis);
        RollupRows.latency(c, month(d.createdAt()), d.sender(), measure, bucket);
        return bucket;
    }

    /** A {@link KnownRows} key: its parts joined by a character no office number, month or user number holds. */
    private static String key(String... parts) {
        return String.join(KEY_SEPARATOR, parts);
    }

    private static String software(String userAgent) {
        if (userAgent == null) {
            return "";
        }
        String agent = userAgent.strip();
        return agent.length() <= USER_AGENT_LIMIT ? agent : agent.substring(0, USER_AGENT_LIMIT);
    }
}
