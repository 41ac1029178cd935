package jp.renkei.gateway.mailbox;

/** The document exists but its content was purged after the retention period (HTTP 410). */
public final class ContentPurgedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ContentPurgedException(String id) {
        super("content of document " + id + " was purged after the retention period");
    }
}
