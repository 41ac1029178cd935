package jp.renkei.tools.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One {@code text/event-stream} answer, read event by event (the SSE format of the HTML standard: {@code id},
 * {@code event}, {@code data} and {@code retry} fields, events ended by a blank line, comments ignored). Bytes arrive
 * through a {@link Flow.Subscriber} so that a read can time out when the connection goes silent, which a blocked
 * socket read cannot. Read from one thread; {@link #close} may be called from any.
 */
final class SseConnection implements Flow.Subscriber<List<ByteBuffer>>, AutoCloseable {

    private static final Object END = new Object();

    private final BlockingQueue<Object> chunks = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;
    private volatile boolean closed;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private ByteBuffer current;
    private boolean skipLf;
    private long retryMillis = -1;

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (closed) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        chunks.add(item);
    }

    @Override
    public void onError(Throwable throwable) {
        chunks.add(throwable);
    }

    @Override
    public void onComplete() {
        chunks.add(END);
    }

    /** The server's {@code retry:} advice in milliseconds, or -1 when it gave none. */
    long retryMillis() {
        return retryMillis;
    }

    /** The next event, or null when the server ended the stream; times out after {@code idle} without a byte. */
    Event next(Duration idle) throws IOException, InterruptedException {
        long id = -1;
        String type = null;
        StringBuilder data = null;
        for (String text = readLine(idle); text != null; text = readLine(idle)) {
            if (text.isEmpty()) {
                if (data != null) {
                    return Shapes.event(id, type, data.toString());
                }
                id = -1;
                type = null;
                continue;
            }
            int colon = text.indexOf(':');
            String field = colon < 0 ? text : text.substring(0, colon);
            String value = colon < 0 ? "" : text.substring(colon + 1);
            value = value.startsWith(" ") ? value.substring(1) : value;
            switch (field) {
                case "id" -> id = parse(value, -1);
                case "event" -> type = value;
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                case "retry" -> retryMillis = parse(value, retryMillis);
                default -> { } // a comment (heartbeat) or an unknown field
            }
        }
        return null;
    }

    /** The rest of the body (an error answer), at most {@code limit} bytes. */
    byte[] readAll(int limit, Duration idle) throws IOException, InterruptedException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        while (all.size() < limit && fill(idle)) {
            byte[] bytes = new byte[current.remaining()];
            current.get(bytes);
            all.writeBytes(bytes);
        }
        return all.toByteArray();
    }

    @Override
    public void close() {
        closed = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    private String readLine(Duration idle) throws IOException, InterruptedException {
        while (fill(idle)) {
            while (current.hasRemaining()) {
                byte b = current.get();
                if (skipLf && b == '\n') {
                    skipLf = false;
                    continue;
                }
                skipLf = b == '\r';
                if (b == '\n' || b == '\r') {
                    String text = line.toString(StandardCharsets.UTF_8);
                    line.reset();
                    return text;
                }
                line.write(b);
            }
        }
        return null;
    }

    /** Makes {@code current} hold unread bytes; false at the end of the stream. */
    private boolean fill(Duration idle) throws IOException, InterruptedException {
        while (current == null || !current.hasRemaining()) {
            Object chunk = chunks.poll(idle.toMillis(), TimeUnit.MILLISECONDS);
            if (chunk == null) {
                throw new SocketTimeoutException("no data from the event stream for " + idle.toSeconds() + " s");
            }
            if (chunk == END) {
                return false;
            }
            if (chunk instanceof Throwable failure) {
                throw failure instanceof IOException io ? io : new IOException(failure.getMessage(), failure);
            }
            @SuppressWarnings("unchecked")
            List<ByteBuffer> buffers = (List<ByteBuffer>) chunk;
            current = join(buffers);
            subscription.request(1);
        }
        return true;
    }

    private static ByteBuffer join(List<ByteBuffer> buffers) {
        if (buffers.size() == 1) {
            return buffers.get(0);
        }
        ByteBuffer all = ByteBuffer.allocate(buffers.stream().mapToInt(ByteBuffer::remaining).sum());
        buffers.forEach(all::put);
        return all.flip();
    }

    private static long parse(String value, long fallback) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
