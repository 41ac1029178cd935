package jp.renkei.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's byte-level SSE parser must count and time exactly what a real SSE client would see. */
class SseFramesTest {

    private record Frame(long id, long millis) {
    }

    private static String event(long id, String time) {
        return "id: " + id + "\nevent: document.arrived\ndata: {\"id\":" + id + ",\"type\":\"document.arrived\","
                + "\"time\":\"" + time + "\",\"documentId\":\"d\",\"fileName\":\"F.CSV\"}\n\n";
    }

    private static List<Frame> parse(String stream, int pieceSize) {
        List<Frame> frames = new ArrayList<>();
        SseFrames parser = new SseFrames((id, millis) -> frames.add(new Frame(id, millis)));
        byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at < bytes.length; at += pieceSize) {
            parser.read(Unpooled.wrappedBuffer(bytes, at, Math.min(pieceSize, bytes.length - at)));
        }
        return frames;
    }

    @Test
    void readsEveryEventFrameHoweverTheBytesAreCutAndSkipsCommentsAndRetry() {
        String stream = "retry: 3000\n\n" + event(1, "2025-04-15T09:30:00.123Z") + ": keep-alive\n\n"
                + event(2, "2025-04-15T09:30:00.999Z") + event(3, "2025-04-15T09:30:01.004Z");
        List<Frame> expected = List.of(
                new Frame(1, Instant.parse("2025-04-15T09:30:00.123Z").toEpochMilli()),
                new Frame(2, Instant.parse("2025-04-15T09:30:00.999Z").toEpochMilli()),
                new Frame(3, Instant.parse("2025-04-15T09:30:01.004Z").toEpochMilli()));
        for (int piece : new int[] {1, 2, 7, 64, 10_000}) {
            assertThat(parse(stream, piece)).as("cut every %d bytes", piece).isEqualTo(expected);
        }
    }

    @Test
    void parsesInstantsWithoutFractionAndWithMicrosAcrossDaysLikeInstantParse() {
        String[] times = {"2025-04-15T09:30:00Z", "2025-04-15T23:59:59.5Z", "2025-04-16T00:00:00.000250Z",
            "2024-02-29T12:00:00.987654321Z", "1999-12-31T23:59:59.999Z"};
        StringBuilder stream = new StringBuilder();
        List<Frame> expected = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            stream.append(event(i + 1, times[i]));
            expected.add(new Frame(i + 1, Instant.parse(times[i]).toEpochMilli()));
        }
        assertThat(parse(stream.toString(), 5)).isEqualTo(expected);
    }

    @Test
    void keepsAnIncompleteFrameUntilItsBlankLineArrives() {
        String first = event(41, "2025-04-15T09:30:00.123Z");
        List<Frame> frames = new ArrayList<>();
        SseFrames parser = new SseFrames((id, millis) -> frames.add(new Frame(id, millis)));
        parser.read(Unpooled.copiedBuffer(first.substring(0, first.length() - 1), StandardCharsets.UTF_8));
        assertThat(frames).isEmpty();
        parser.read(Unpooled.copiedBuffer("\n", StandardCharsets.UTF_8));
        assertThat(frames).extracting(Frame::id).containsExactly(41L);
    }

    @Test
    void refusesAnEventFrameWithoutATimeRatherThanNotCountingIt() {
        SseFrames parser = new SseFrames((id, millis) -> { });
        assertThatThrownBy(() -> parser.read(Unpooled.copiedBuffer("id: 9\ndata: {}\n\n", StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("without \"time\"");
    }
}
