package jp.renkei.gateway.store;

/** The store could not do its work: the database failed, a key is missing, or stored data is damaged (HTTP 503/500). */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
