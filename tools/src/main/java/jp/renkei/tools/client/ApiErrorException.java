package jp.renkei.tools.client;

import java.io.IOException;
import java.util.List;

/**
 * The gateway answered with an error: {@code {"error": CODE, "message": TEXT, "findings": [...]}}. A 4xx is the
 * caller's to act on and is never retried; a 5xx is retried first where the call is idempotent.
 */
public final class ApiErrorException extends IOException {

    private final int status;
    private final String code;
    private final transient List<RemoteFinding> findings;

    public ApiErrorException(int status, String code, String message, List<RemoteFinding> findings) {
        super(status + " " + code + ": " + message);
        this.status = status;
        this.code = code;
        this.findings = List.copyOf(findings);
    }

    /** The HTTP status, e.g. 422. */
    public int status() {
        return status;
    }

    /** The stable error code clients may switch on, e.g. {@code invalid_document}, {@code conflict}. */
    public String code() {
        return code;
    }

    /** Every finding of a rejected upload (422); empty for other errors. */
    public List<RemoteFinding> findings() {
        return findings;
    }

    /** True for an answer that a retry cannot change (4xx). */
    public boolean clientError() {
        return status >= 400 && status < 500;
    }
}
