package jp.renkei.tools.client;

import java.time.Instant;

/**
 * One event from {@code GET /v1/events}: {@code document.arrived} (to the recipient), {@code document.downloaded},
 * {@code document.receipted}, {@code document.refused} (to the sender), and others a newer gateway may add.
 *
 * @param id monotonic per office; resume after it with {@code Last-Event-ID}
 * @param data the event's JSON as sent
 */
public record Event(long id, String type, Instant time, String documentId, String fileName, String data) {

    public static final String ARRIVED = "document.arrived";
    public static final String DOWNLOADED = "document.downloaded";
    public static final String RECEIPTED = "document.receipted";
    public static final String REFUSED = "document.refused";
}
