package jp.renkei.gateway.config;

import java.time.Duration;

/**
 * What one connection may ask of the server.
 *
 * @param maxInitialLineLength bytes of the request line; longer → 400
 * @param maxHeaderSize bytes of all header lines together; larger → 400
 * @param maxBodyBytes bytes of a request body; larger → 413 (default 16 MiB)
 * @param requestTimeout a request must arrive in full within this time from its first byte, else 408 and close
 * @param idleTimeout a connection with no request in progress is closed after this time
 */
public record HttpLimits(
        int maxInitialLineLength, int maxHeaderSize, int maxBodyBytes, Duration requestTimeout, Duration idleTimeout) {

    public static final int DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;

    public HttpLimits withTimeouts(Duration request, Duration idle) {
        return new HttpLimits(maxInitialLineLength, maxHeaderSize, maxBodyBytes, request, idle);
    }

    public HttpLimits withMaxBodyBytes(int bytes) {
        return new HttpLimits(maxInitialLineLength, maxHeaderSize, bytes, requestTimeout, idleTimeout);
    }
}
