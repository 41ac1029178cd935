package jp.renkei.gateway.mailbox;

import java.util.List;
import java.util.Optional;
import jp.renkei.gateway.metering.Linkage;
import jp.renkei.protocol.name.FileName;
import jp.renkei.protocol.name.UnitAddress;
import jp.renkei.protocol.validate.Finding;

/**
 * What {@link MailboxService} needs from durable storage. The store owns every state transition (each runs in one
 * transaction with its audit entry and outbox event); the service owns the upload policy. Blocking, thread-safe.
 */
public interface DocumentStore {

    Optional<Office> office(String number);

    /** The document stored under the idempotency key (sender, file name), if any. */
    Optional<Stored> stored(String sender, String fileName);

    /** The highest SEQ accepted so far for this unit address, or null when none (feeds SEQ-001). */
    String lastAcceptedSequence(UnitAddress address);

    /**
     * Stores the files in one durable transaction, each with its {@code document.arrived} event and audit entry.
     * Re-checks the idempotency key inside the transaction, so racing uploads give one document.
     *
     * @param asSet whether the files form one set (they then share a set id)
     * @return {@link UploadOutcome.Created} (listing every file's document, new or already stored with identical
     *     bytes), {@link UploadOutcome.Existing} when all were already stored, or {@link UploadOutcome.Conflict}
     */
    UploadOutcome accept(String office, List<Incoming> files, boolean asSet, String userAgent);

    /** Records a refused upload: an audit entry with the rule ids and a metering row. */
    void rejected(String office, List<String> fileNames, long bytes, String outcome, List<String> ruleIds,
            String userAgent);

    List<Document> inbox(String office, long after, int limit);

    List<Document> outbox(String office, long after, int limit);

    Optional<Document> document(String office, String id);

    /** See {@link Exchange#download}: decrypts, audits, and moves ACCEPTED to DOWNLOADED for the recipient. */
    Optional<Exchange.Download> download(String office, String id);

    /** See {@link Exchange#receipt}; the reason is already checked. */
    Exchange.ReceiptOutcome receipt(String office, String id, boolean imported, String reason);

    /** The id and content hash of a stored document. */
    record Stored(String id, String sha256) {
    }

    /**
     * One validated file ready to store. {@code warnings} are the WARNING findings to keep with it; {@code linkage}
     * the users it links for metering, read while it was validated.
     */
    record Incoming(FileName name, String fileName, String csvVersion, byte[] content, String sha256,
            List<Finding> warnings, Linkage linkage) {

        public Incoming {
            warnings = List.copyOf(warnings);
        }
    }
}
