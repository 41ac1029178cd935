package jp.renkei.tools.client;

import java.time.Instant;
import java.util.List;

/**
 * A document's metadata as its sender or recipient sees it.
 *
 * @param id the gateway's id
 * @param cursor its position in the inbox and outbox (pass it as {@code after} to page on)
 * @param setId the set it was uploaded in, or null for a single upload
 * @param sha256 lower-case hex of the content
 * @param history every state change in order, the first being ACCEPTED
 * @param warnings the validator's warnings (errors reject an upload, so a document has none)
 * @param contentPurged true when retention removed the content (metadata and hash remain)
 */
public record Document(
        String id,
        long cursor,
        String setId,
        String fileName,
        String kind,
        String csvVersion,
        String month,
        String sequence,
        String sender,
        String senderKind,
        String recipient,
        String recipientKind,
        long size,
        String sha256,
        DocumentState state,
        Instant createdAt,
        List<Change> history,
        List<RemoteFinding> warnings,
        boolean contentPurged) {

    public Document {
        history = List.copyOf(history);
        warnings = List.copyOf(warnings);
    }

    /** One state change; {@code by} is the office that caused it, {@code reason} is set for REFUSED. */
    public record Change(DocumentState state, Instant at, String by, String reason) {
    }
}
