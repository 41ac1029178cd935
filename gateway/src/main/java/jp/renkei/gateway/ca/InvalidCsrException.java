package jp.renkei.gateway.ca;

/** A certificate signing request that is not PEM, not a PKCS#10 request, or whose signature does not verify. */
public final class InvalidCsrException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidCsrException(String message) {
        super(message);
    }
}
