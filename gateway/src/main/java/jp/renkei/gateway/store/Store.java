package jp.renkei.gateway.store;

import java.util.List;
import java.util.function.Consumer;
import jp.renkei.gateway.mailbox.Exchange;
import jp.renkei.gateway.metering.Rollups;

/** One open store: the exchange service and the registry over the same database. Thread-safe. */
public interface Store extends AutoCloseable {

    Exchange exchange();

    Registry registry();

    /** The store's transactions and outbox, for the notifications' own tables and time-based events. */
    Transactions transactions();

    /** The metering roll-ups this store keeps in the transactions of its document changes (listen for live meters). */
    Rollups rollups();

    /** Checks the audit log's hash chain from the first entry; the result says where it first breaks, if anywhere. */
    AuditVerification verifyAudit();

    /**
     * Outbox events for {@code office} with id greater than {@code after}, oldest first, at most {@code limit}: the
     * resume point for event streams and webhooks. Ids are monotonic and gap-free per office.
     */
    List<Event> events(String office, long after, int limit);

    /**
     * Registers a listener told of each event this store writes, after its transaction committed (events written by
     * other processes or nodes are not announced: read them with {@link #events}). Runs on the writing caller's
     * thread, so it must not block; a listener that throws is logged and skipped.
     */
    void onEvent(Consumer<Event> listener);

    /**
     * Registers a listener told, soon after they commit, that events were written by other nodes of a shared
     * database (PostgreSQL {@code LISTEN}; read them with {@link #events}). Never called on the embedded store, whose
     * other processes are found by polling. Runs on the store's listener thread: it must not block.
     */
    void onEventsElsewhere(Runnable listener);

    /** Purges content whose retention has passed (metadata and hashes stay); returns how many were purged. */
    int purgeExpired();

    @Override
    void close();

    /** The result of {@link #verifyAudit()}: {@code brokenAt} is the first bad entry's sequence, or 0 when intact. */
    record AuditVerification(long entries, long brokenAt, String message) {
        public boolean intact() {
            return brokenAt == 0;
        }
    }
}
