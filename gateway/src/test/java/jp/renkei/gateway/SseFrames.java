package jp.renkei.gateway;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The benchmark client's parser of one event stream, on bytes: splits the stream into frames (up to a blank line,
 * however the frames were cut into TLS records and HTTP chunks), and gives each event frame's {@code id} and the
 * epoch milliseconds of its {@code "time"} to a {@link Sink}. Comment and {@code retry:} frames are skipped. Cheap on
 * purpose (no strings, no {@code DateTimeFormatter}): it shares the two cores with the gateway it measures. Not
 * thread-safe: one per stream, on its event loop.
 */
final class SseFrames {

    /** Receives each event frame. */
    interface Sink {
        void frame(long id, long timeMillis);
    }

    private static final byte[] ID = "id: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TIME = "\"time\":\"".getBytes(StandardCharsets.US_ASCII);
    /** "yyyy-MM-ddTHH:mm:ss": the part of an instant that names its second. */
    private static final int SECOND_PREFIX = 19;

    private final Sink sink;
    private final ByteBuf pending = Unpooled.buffer(0);
    private final byte[] cachedSecond = new byte[SECOND_PREFIX];
    private long cachedEpochSecond = Long.MIN_VALUE;

    SseFrames(Sink sink) {
        this.sink = sink;
    }

    /** Consumes the bytes; whatever follows the last complete frame waits for the next call. */
    void read(ByteBuf bytes) {
        pending.writeBytes(bytes);
        int start = pending.readerIndex();
        for (int end = blankLine(start); end >= 0; end = blankLine(start)) {
            frame(start, end);
            start = end + 2;
        }
        pending.readerIndex(start);
        pending.discardReadBytes();
    }

    /** Index of the first "\n\n" at or after {@code from}, or -1. */
    private int blankLine(int from) {
        for (int i = pending.indexOf(from, pending.writerIndex(), (byte) '\n'); i >= 0;
                i = pending.indexOf(i + 1, pending.writerIndex(), (byte) '\n')) {
            if (i + 1 < pending.writerIndex() && pending.getByte(i + 1) == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void frame(int from, int to) {
        if (!matches(from, to, ID)) {
            return;
        }
        long id = 0;
        for (int i = from + ID.length; i < to && pending.getByte(i) != '\n'; i++) {
            id = id * 10 + pending.getByte(i) - '0';
        }
        for (int i = from; i < to; i++) {
            if (matches(i, to, TIME)) {
                sink.frame(id, millis(i + TIME.length));
                return;
            }
        }
        throw new IllegalStateException("an event frame without \"time\": " + pending.toString(from, to - from,
                StandardCharsets.UTF_8));
    }

    /** Parses an {@code Instant.toString()} ("2025-04-15T09:30:00Z", or with 1–9 fraction digits) to epoch ms. */
    private long millis(int at) {
        if (!secondIsCached(at)) {
            pending.getBytes(at, cachedSecond);
            cachedEpochSecond = LocalDateTime.parse(new String(cachedSecond, StandardCharsets.US_ASCII))
                    .toEpochSecond(ZoneOffset.UTC);
        }
        long millis = 0;
        int i = at + SECOND_PREFIX;
        if (pending.getByte(i) == '.') {
            int digits = 0;
            for (i++; pending.getByte(i) != 'Z'; i++, digits++) {
                if (digits < 3) {
                    millis = millis * 10 + pending.getByte(i) - '0';
                }
            }
            for (; digits < 3; digits++) {
                millis *= 10;
            }
        }
        return cachedEpochSecond * 1000 + millis;
    }

    private boolean secondIsCached(int at) {
        if (cachedEpochSecond == Long.MIN_VALUE) {
            return false;
        }
        for (int i = 0; i < SECOND_PREFIX; i++) {
            if (pending.getByte(at + i) != cachedSecond[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean matches(int at, int limit, byte[] text) {
        if (at + text.length > limit) {
            return false;
        }
        for (int i = 0; i < text.length; i++) {
            if (pending.getByte(at + i) != text[i]) {
                return false;
            }
        }
        return true;
    }
}
