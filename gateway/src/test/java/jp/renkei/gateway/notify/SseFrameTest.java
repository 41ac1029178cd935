package jp.renkei.gateway.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import jp.renkei.gateway.store.Event;
import org.junit.jupiter.api.Test;

/** The frame a stream sends for an event: encoded once, byte for byte what the SSE specification reads. */
class SseFrameTest {

    @Test
    void encodesIdTypeAndPayloadAsOneFrameEndedByABlankLineInUtf8() {
        String payload = "{\"id\":7,\"type\":\"document.arrived\",\"fileName\":\"訪問介護_計画.CSV\"}";
        Event event = new Event("1310000001", 7, "document.arrived", Instant.EPOCH, "d_1", payload);

        SseFrame frame = SseFrame.of(event);

        assertThat(frame.id()).isEqualTo(7);
        assertThat(frame.event()).isSameAs(event);
        assertThat(new String(frame.bytes(), StandardCharsets.UTF_8))
                .isEqualTo("id: 7\nevent: document.arrived\ndata: " + payload + "\n\n");
        assertThat(frame.bytes()).hasSize(("id: 7\nevent: document.arrived\ndata: \n\n").length()
                + payload.getBytes(StandardCharsets.UTF_8).length);
    }
}
