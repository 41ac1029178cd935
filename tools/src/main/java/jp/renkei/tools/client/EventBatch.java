package jp.renkei.tools.client;

import java.util.List;

/** One long-polled batch of events; {@code next} is the {@code after} of the following poll. */
public record EventBatch(List<Event> events, long next) {

    public EventBatch {
        events = List.copyOf(events);
    }
}
