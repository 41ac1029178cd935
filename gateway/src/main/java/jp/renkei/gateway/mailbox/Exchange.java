package jp.renkei.gateway.mailbox;

import java.util.List;
import java.util.Optional;
import jp.renkei.protocol.validate.Validator;

/**
 * The exchange service behind the HTTP API. Every method blocks (JDBC, validation) and so runs on the {@code db}
 * executor, never on an event loop. {@code office} is always the authenticated caller's 10-digit number; a
 * document the caller neither sent nor received is reported as absent (404), never as forbidden.
 */
public interface Exchange {

    /** Validates and stores one file (file-level rules only), routing it to the recipient of its name. */
    UploadOutcome upload(String office, String fileName, byte[] content, String userAgent);

    /** Validates and stores the files of one or more sending units atomically: all stored or none. */
    UploadOutcome uploadSet(String office, List<Validator.Named> files, String userAgent);

    /** Documents addressed to {@code office} with cursor greater than {@code after}, oldest first. */
    List<Document> inbox(String office, long after, int limit);

    /** Documents sent by {@code office} with cursor greater than {@code after}, oldest first. */
    List<Document> outbox(String office, long after, int limit);

    Optional<Document> document(String office, String id);

    /** The document stored under the idempotency key (sender, file name), when {@code office} may see it. */
    Optional<Document> document(String office, String sender, String fileName);

    /**
     * The exact bytes uploaded. The recipient's first download moves the document to DOWNLOADED.
     * Empty when absent for this office; {@link ContentPurgedException} when retention removed the content.
     */
    default Optional<byte[]> content(String office, String id) {
        return download(office, id).map(Download::content);
    }

    /** As {@link #content}, with the document read in the same snapshot as the bytes. */
    Optional<Download> download(String office, String id);

    /**
     * A download: the bytes, and the document they belong to as it was read with them (its state before this
     * download; its history is not loaded).
     */
    record Download(Document document, byte[] content) {
    }

    /** Records the recipient's receipt: imported (RECEIPTED) or refused with a reason (REFUSED). */
    ReceiptOutcome receipt(String office, String id, boolean imported, String reason);

    Optional<Office> office(String number);

    /** The outcome of a receipt. */
    sealed interface ReceiptOutcome {
        record Recorded(Document document) implements ReceiptOutcome {
        }

        record NotFound() implements ReceiptOutcome {
        }

        /** 400: the receipt itself is unusable (a refusal without a reason). */
        record BadRequest(String message) implements ReceiptOutcome {
        }

        /** 409: not the recipient's to receipt in this state (already receipted, or not yet downloaded). */
        record WrongState(Document document, String message) implements ReceiptOutcome {
        }
    }
}
