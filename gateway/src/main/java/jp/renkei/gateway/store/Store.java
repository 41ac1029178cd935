package jp.renkei.gateway.store;

import jp.renkei.gateway.mailbox.Exchange;

/** One open store: the exchange service and the registry over the same database. Thread-safe. */
public interface Store extends AutoCloseable {

    Exchange exchange();

    Registry registry();

    /** The store's transactions and outbox, for the notifications' own tables and time-based events. */
    Transactions transactions();

    /** Checks the audit log's hash chain from the first entry; the result says where it first breaks, if anywhere. */
    AuditVerification verifyAudit();

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
