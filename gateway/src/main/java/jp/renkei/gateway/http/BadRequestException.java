package jp.renkei.gateway.http;

/** The request cannot be used as sent (bad parameter, body or header); answered 400 with {@link #code()}. */
final class BadRequestException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String code;

    BadRequestException(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }
}
