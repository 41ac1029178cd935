package jp.renkei.tools.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Flow;

/**
 * The office's events as a blocking iterator that never ends until closed: it follows {@code GET /v1/events},
 * reconnects after a network failure, a gateway restart or a silent connection (no byte for the idle timeout),
 * with exponential backoff, and resumes after the last event it handed out ({@code Last-Event-ID}), so no event is
 * skipped and none is handed out twice by one stream.
 *
 * <p>{@link #hasNext} blocks; it throws {@link UncheckedIOException} wrapping an {@link ApiErrorException} when the
 * gateway refuses the stream (a 4xx: bad credentials, no events endpoint), which retrying cannot mend. Use from one
 * thread; {@link #close} may be called from another to stop it.
 */
public final class EventStream implements Iterator<Event>, AutoCloseable {

    private final HttpCalls calls;
    private final RetryPolicy backoff;
    private final Duration idle;
    private volatile boolean closed;
    private volatile SseConnection connection;
    private ConnectHook onConnect = id -> { };
    private LossHook onLoss = (reason, retryIn) -> { };
    private long lastId;
    private Event pending;
    private int failures;
    private volatile long advice = -1;

    EventStream(HttpCalls calls, long after, RetryPolicy backoff, Duration idle) {
        this.calls = calls;
        this.lastId = after;
        this.backoff = backoff;
        this.idle = idle;
    }

    /** Called on the reading thread each time a connection is established, with the id it resumes after. */
    void onConnect(ConnectHook hook) {
        this.onConnect = hook;
    }

    /** Called on the reading thread each time the connection is lost or cannot be made, before the wait. */
    void onLoss(LossHook hook) {
        this.onLoss = hook;
    }

    /** Told why the stream is down and when it tries again. */
    @FunctionalInterface
    interface LossHook {
        void lost(String reason, Duration retryIn);
    }

    /** Runs when a connection is up; an exception drops it and counts as a failed connection. */
    @FunctionalInterface
    interface ConnectHook {
        void connected(long lastEventId) throws IOException;
    }

    /** The id of the last event handed out (or the starting point): where a new stream would resume. */
    public long lastEventId() {
        return lastId;
    }

    /** Blocks until an event arrives; false only once the stream is closed. */
    @Override
    public boolean hasNext() {
        while (pending == null && !closed) {
            try {
                pending = read();
            } catch (ApiErrorException e) {
                if (e.clientError()) {
                    close();
                    throw new UncheckedIOException(e);
                }
                retryLater(e);
            } catch (IOException e) {
                retryLater(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
            }
        }
        return pending != null;
    }

    @Override
    public Event next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the event stream is closed");
        }
        Event event = pending;
        pending = null;
        lastId = Math.max(lastId, event.id());
        return event;
    }

    /** Stops the stream; a blocked {@link #hasNext} returns false soon after. */
    @Override
    public void close() {
        closed = true;
        drop();
    }

    /** Forgets what was handed out after {@code id} and resumes after it on a new connection. */
    void rewind(long id) {
        drop();
        pending = null;
        lastId = id;
    }

    private Event read() throws IOException, InterruptedException {
        if (connection == null) {
            connection = connect();
            failures = 0;
            onConnect.connected(lastId);
        }
        while (!closed) {
            Event event = connection.next(idle);
            if (event == null) {
                drop(); // the gateway ended the stream (shutdown): reconnect
                onLoss.lost("the gateway ended the stream", Duration.ZERO);
                return null;
            }
            if (event.id() < 0 || event.id() > lastId) {
                return event;
            }
        }
        return null;
    }

    private SseConnection connect() throws IOException, InterruptedException {
        HttpRequest.Builder request = calls.request("/v1/events?after=" + lastId, null)
                .header("Accept", "text/event-stream").header("Cache-Control", "no-cache");
        if (lastId > 0) {
            request.header("Last-Event-ID", Long.toString(lastId));
        }
        HttpResponse<Flow.Publisher<List<ByteBuffer>>> response =
                calls.send(request.GET().build(), HttpResponse.BodyHandlers.ofPublisher(), false);
        SseConnection opened = new SseConnection();
        response.body().subscribe(opened);
        if (response.statusCode() != 200) {
            byte[] body = opened.readAll(64 * 1024, idle);
            opened.close();
            throw Shapes.error(response.statusCode(), body);
        }
        return opened;
    }

    private void retryLater(IOException cause) {
        drop();
        if (closed) {
            return;
        }
        failures++;
        Duration delay = backoff.delay(failures);
        if (advice > delay.toMillis()) {
            delay = Duration.ofMillis(advice); // the gateway's retry: advice is a floor
        }
        onLoss.lost(reason(cause), delay);
        try {
            HttpCalls.pause(delay);
        } catch (IOException e) {
            close();
        }
    }

    /** A failure in one short line for {@link LossHook#lost}: its message, or its kind when it has none. */
    static String reason(Exception cause) {
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }

    private void drop() {
        SseConnection open = connection;
        connection = null;
        if (open != null) {
            advice = open.retryMillis() > 0 ? open.retryMillis() : advice;
            open.close();
        }
    }
}
