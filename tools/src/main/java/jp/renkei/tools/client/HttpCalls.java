package jp.renkei.tools.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends requests and retries idempotent ones on connection failures and 503 according to the {@link RetryPolicy}.
 * Thread-safe: one instance serves every thread of a {@link RenkeiClient}, sharing its keep-alive connections.
 */
final class HttpCalls {

    static final String USER_AGENT = "renkei-client/0.1.0 (Java " + Runtime.version().feature() + ")";
    private static final int UNAVAILABLE = 503;
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String base;
    private final RetryPolicy retry;
    private final Duration timeout;

    HttpCalls(HttpClient http, URI base, RetryPolicy retry, Duration timeout) {
        this.http = http;
        this.base = normalised(base);
        this.retry = retry;
        this.timeout = timeout;
    }

    /** A request for {@code path} (starting with {@code /v1/}); {@code timeout} null means none (event streams). */
    HttpRequest.Builder request(String path, Duration requestTimeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("User-Agent", USER_AGENT);
        return requestTimeout == null ? builder : builder.timeout(requestTimeout);
    }

    HttpRequest.Builder request(String path) {
        return request(path, timeout);
    }

    /** Sends and parses a JSON answer; any status of 400 or more becomes an {@link ApiErrorException}. */
    Json json(HttpRequest request, boolean idempotent) throws IOException {
        HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray(), idempotent);
        if (response.statusCode() >= 400) {
            throw Shapes.error(response.statusCode(), response.body());
        }
        byte[] body = response.body();
        return new Json(response.statusCode(), Shapes.tree(body.length == 0 ? "{}".getBytes() : body));
    }

    /** A parsed JSON answer and its status. */
    record Json(int status, JsonNode body) {
    }

    /** Sends, retrying idempotent requests; returns the first answer that is not a retried 503, whatever status. */
    <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, boolean idempotent)
            throws IOException {
        int attempts = idempotent ? retry.attempts() : 1;
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<T> response = http.send(request, handler);
                if (response.statusCode() != UNAVAILABLE || attempt >= attempts) {
                    return response;
                }
                discard(response.body());
                pause(retryAfter(response).orElse(retry.delay(attempt)));
            } catch (IOException e) {
                if (attempt >= attempts) {
                    throw e;
                }
                pause(retry.delay(attempt));
            } catch (InterruptedException e) {
                throw interrupted();
            }
        }
    }

    /** An error body read from a streamed answer, as an exception. */
    static ApiErrorException error(HttpResponse<InputStream> response) throws IOException {
        try (InputStream in = response.body()) {
            return Shapes.error(response.statusCode(), in.readNBytes(64 * 1024));
        }
    }

    static InterruptedIOException interrupted() {
        Thread.currentThread().interrupt();
        return new InterruptedIOException("interrupted while talking to the gateway");
    }

    static void pause(Duration delay) throws InterruptedIOException {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            throw interrupted();
        }
    }

    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        try {
            return response.headers().firstValue("Retry-After").map(Long::parseLong).map(Duration::ofSeconds)
                    .map(d -> d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d);
        } catch (NumberFormatException e) {
            return Optional.empty(); // an HTTP date: use our own backoff
        }
    }

    private static void discard(Object body) throws IOException {
        if (body instanceof InputStream in) {
            in.close();
        }
    }

    private static String normalised(URI base) {
        String text = base.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.endsWith("/v1") ? text.substring(0, text.length() - 3) : text;
    }
}
