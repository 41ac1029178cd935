package jp.renkei.gateway.mailbox;

import java.time.Instant;
import java.util.List;
import jp.renkei.protocol.validate.Finding;

/**
 * A document's metadata as shown to its sender and recipient.
 *
 * @param id server-made id
 * @param cursor the monotonic position used by inbox and outbox cursors
 * @param setId the id of the set it was uploaded in, or null for a single upload
 * @param sha256 lower-case hex of the content
 * @param history every state change in order, the first being ACCEPTED
 * @param warnings the WARNING findings the validator reported (errors are never stored: they reject)
 * @param contentPurged true when retention has removed the content (metadata and hash remain)
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
        List<StateChange> history,
        List<Finding> warnings,
        boolean contentPurged) {

    public Document {
        history = List.copyOf(history);
        warnings = List.copyOf(warnings);
    }

    /** One state change; {@code reason} is set for REFUSED. */
    public record StateChange(DocumentState state, Instant at, String by, String reason) {
    }
}
