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
 * Counters are summed over the writer's batch and written once per row before its commit ({@link #batchBegan}).
 * Thread-safe: the batch is the writer thread's own, and the memory of known rows is concurrent.
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
    /** The batch the writer thread is running, if any. */
    private final ThreadLocal<RollupBatch> open = new ThreadLocal<>();

    /** The activity month (YYYYMM, Japanese time) of an instant. */
    public static String month(Instant at) {
        return MONTH.format(at);
    }

    /**
     * Registers a listener told of each committed tally, on the writing caller's thread; it must not block. Returns
     * what removes it again (a server closing while its store stays open).
     */
    public Runnable onCommitted(Consumer<Tally> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
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
        RollupBatch b = batch();
        String month = month(at);
        String kind = name.kind().prefix();
        side(c, b, month, name.sender(), name.recipient(), DOCUMENTS_SENT, bytes, at, tally);
        RollupRows.kind(b, month, name.sender(), kind, "sent", bytes);
        RegionRows.detail(b, month, name.sender(), "kind", kind, 1);
        side(c, b, month, name.recipient(), name.sender(), DOCUMENTS_RECEIVED, bytes, at, tally);
        RollupRows.kind(b, month, name.recipient(), kind, "received", bytes);
        tally.document(kind, "accepted");
        if (linkage.kind() == FileKind.UPPLAN) {
            link(c, b, linkage, name.sender(), CARE, tally);
            link(c, b, linkage, name.recipient(), SERVICE, tally);
        } else if (linkage.kind() == FileKind.UPJSK) {
            link(c, b, linkage, name.sender(), SERVICE, tally);
        }
        done(c, b);
    }

    private void side(Connection c, RollupBatch b, String month, String office, String partner,
            RollupRows.Counter documents, long bytes, Instant at, Tally tally) throws SQLException {
        String partnerKey = key("partner", month, office, partner);
        boolean newPartner = false;
        if (!known.contains(partnerKey)) {
            newPartner = RollupRows.partner(c, month, office, partner);
            tally.confirmed(partnerKey);
        }
        RollupRows.document(b, month, office, documents, bytes, newPartner);
        String firstKey = key("first", office);
        if (!known.contains(firstKey)) {
            RollupRows.firstLinkage(c, office, at.toEpochMilli());
            tally.confirmed(firstKey);
        }
    }

    private void link(Connection c, RollupBatch b, Linkage linkage, String office, String role, Tally tally)
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
            RollupRows.add(b, linkage.month(), office, care ? CARE_USERS : SERVICE_USERS, added);
            RegionRows.Profile p = RegionRows.profile(c, office);
            RegionRows.add(b, linkage.month(), office, p,
                    care ? RegionRows.Counter.CARE_USERS : RegionRows.Counter.SERVICE_USERS, added);
            tally.linked(role, p.deliveryMode(), added);
        }
    }

    /** One upload attempt that stored documents (a set counts once), by sending software. */
    public void uploaded(Connection c, String office, String userAgent, Instant at) throws SQLException {
        RollupBatch b = batch();
        String month = month(at);
        RollupRows.add(b, month, office, UPLOADS, 1);
        RollupRows.software(b, month, office, software(userAgent), false);
        RegionRows.detail(b, month, office, "uploads", software(userAgent), 1);
        done(c, b);
    }

    /**
     * One refused upload attempt: by sending software, and by each rule id that refused it, or by {@code outcome}
     * (conflict, unknown_recipient, ...) when no rule did.
     */
    public void rejected(Connection c, String office, List<String> fileNames, String outcome, List<String> rules,
            String userAgent, Instant at, Tally tally) throws SQLException {
        RollupBatch b = batch();
        String month = month(at);
        RollupRows.add(b, month, office, UPLOADS, 1);
        RollupRows.add(b, month, office, REJECTED, 1);
        RollupRows.software(b, month, office, software(userAgent), true);
        RegionRows.detail(b, month, office, "uploads", software(userAgent), 1);
        RegionRows.detail(b, month, office, "rejected", software(userAgent), 1);
        for (String rule : rules.isEmpty() ? List.of(outcome) : rules.stream().distinct().toList()) {
            RollupRows.rejection(b, month, office, rule);
            RegionRows.detail(b, month, office, "rule", rule, 1);
        }
        done(c, b);
        for (String file : fileNames) {
            tally.document(FileKind.matchPrefix(file).map(FileKind::prefix).orElse("unknown"), "rejected");
        }
    }

    /** The recipient's first download: the time from upload, in the sender's office-month of the upload. */
    public void downloaded(Connection c, Document d, Instant at, Tally tally) throws SQLException {
        RollupBatch b = batch();
        elapsed(b, d, "download", at);
        done(c, b);
        tally.document(d.kind(), "downloaded");
    }

    /** The recipient's receipt: the time from upload when imported; a refusal is counted as such. */
    public void receipted(Connection c, Document d, boolean imported, Instant at, Tally tally) throws SQLException {
        RollupBatch b = batch();
        if (imported) {
            int bucket = elapsed(b, d, "receipt", at);
            RegionRows.detail(b, month(d.createdAt()), d.sender(), "receipt", Integer.toString(bucket), 1);
        } else {
            RollupRows.add(b, month(d.createdAt()), d.sender(), REFUSED, 1);
        }
        done(c, b);
        tally.document(d.kind(), imported ? "receipted" : "refused");
    }

    private static int elapsed(RollupBatch b, Document d, String measure, Instant at) {
        long millis = at.toEpochMilli() - d.createdAt().toEpochMilli();
        int bucket = Latency.bucket(millis);
        RollupRows.latency(b, month(d.createdAt()), d.sender(), measure, bucket);
        return bucket;
    }

    /**
     * The store's writer tells the roll-ups of each batch (on the writer thread), so the counters of all its requests
     * are summed and each row written once, just before the commit ({@link RollupBatch}). Outside a batch (an
     * operator's direct write, a test) every call writes its counters at once.
     */
    public void batchBegan() {
        open.set(new RollupBatch());
    }

    /** The request that ran since the last call ended: its counters join the batch, or are dropped when it failed. */
    public void requestEnded(boolean succeeded) {
        RollupBatch b = open.get();
        if (b != null) {
            if (succeeded) {
                b.keepRequest();
            } else {
                b.dropRequest();
            }
        }
    }

    /** Writes the batch's counters in its transaction; called once every request of the batch has ended. */
    public void beforeCommit(Connection c) throws SQLException {
        RollupBatch b = open.get();
        if (b != null) {
            b.flush(c);
        }
    }

    /** The batch committed or rolled back: what was not written is forgotten. */
    public void batchEnded() {
        open.remove();
    }

    private RollupBatch batch() {
        RollupBatch b = open.get();
        return b != null ? b : new RollupBatch();
    }

    /** Writes the counters of a call made outside a batch; in a batch they wait for {@link #beforeCommit}. */
    private void done(Connection c, RollupBatch b) throws SQLException {
        if (b != open.get()) {
            b.flush(c);
        }
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
