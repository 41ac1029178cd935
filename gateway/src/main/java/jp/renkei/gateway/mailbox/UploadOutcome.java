package jp.renkei.gateway.mailbox;

import java.util.List;
import jp.renkei.protocol.validate.BatchReport;
import jp.renkei.protocol.validate.FileReport;

/** The outcome of an upload (single file or set). Expected outcomes are values; the HTTP layer maps each to a status. */
public sealed interface UploadOutcome {

    /** 201: newly stored, committed (fsync'd) and in the recipients' mailboxes. */
    record Created(List<Document> documents) implements UploadOutcome {
    }

    /** 200: every file was already stored with identical bytes under the same (sender, file name). */
    record Existing(List<Document> documents) implements UploadOutcome {
    }

    /** 409: a file name already stored by this sender with different bytes. */
    record Conflict(String fileName, String existingId) implements UploadOutcome {
    }

    /** 422: invalid; nothing stored. {@code report} for a set, {@code file} for a single upload. */
    record Invalid(FileReport file, BatchReport report) implements UploadOutcome {
    }

    /** 403: the sender in the file name is not the authenticated office. */
    record SenderMismatch(String fileName, String sender) implements UploadOutcome {
    }

    /** 404: the recipient is not a registered office. */
    record UnknownRecipient(String fileName, String recipient) implements UploadOutcome {
    }

    /** 400: the request itself is unusable (bad file name characters, empty set, duplicate names...). */
    record BadRequest(String code, String message) implements UploadOutcome {
    }
}
