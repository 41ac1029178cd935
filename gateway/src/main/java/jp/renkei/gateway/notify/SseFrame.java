package jp.renkei.gateway.notify;

import java.nio.charset.StandardCharsets;
import jp.renkei.gateway.store.Event;

/**
 * An event with its {@code text/event-stream} frame ({@code id}, {@code event}, {@code data}, blank line), encoded
 * once: the dispatcher encodes each live event once for all the streams of its office, and a catch-up read encodes
 * its batch on the read thread, so the event loops only copy bytes. {@code bytes} is never modified after creation.
 */
record SseFrame(Event event, byte[] bytes) {

    static SseFrame of(Event event) {
        String frame = "id: " + event.id() + "\nevent: " + event.type() + "\ndata: " + event.payload() + "\n\n";
        return new SseFrame(event, frame.getBytes(StandardCharsets.UTF_8));
    }

    long id() {
        return event.id();
    }
}
