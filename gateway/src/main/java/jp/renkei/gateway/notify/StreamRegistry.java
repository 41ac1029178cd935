package jp.renkei.gateway.notify;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import jp.renkei.gateway.store.Event;

/** The subscribers by office. Thread-safe: streams come and go on event loops while the dispatcher publishes. */
final class StreamRegistry {

    private final Map<String, Set<Subscriber>> byOffice = new ConcurrentHashMap<>();
    private final AtomicInteger streams = new AtomicInteger();
    private final AtomicInteger polls = new AtomicInteger();

    void add(Subscriber subscriber) {
        byOffice.compute(subscriber.office(), (office, set) -> {
            Set<Subscriber> subscribers = set == null ? ConcurrentHashMap.newKeySet() : set;
            subscribers.add(subscriber);
            return subscribers;
        });
        counter(subscriber).incrementAndGet();
    }

    void remove(Subscriber subscriber) {
        byOffice.computeIfPresent(subscriber.office(), (office, set) -> {
            if (set.remove(subscriber)) {
                counter(subscriber).decrementAndGet();
            }
            return set.isEmpty() ? null : set;
        });
    }

    /** Offers the event to every subscriber of its office; returns how many there were. */
    int publish(Event event) {
        Set<Subscriber> subscribers = byOffice.get(event.office());
        if (subscribers == null) {
            return 0;
        }
        subscribers.forEach(s -> s.offer(event));
        return subscribers.size();
    }

    AtomicInteger streams() {
        return streams;
    }

    AtomicInteger polls() {
        return polls;
    }

    private AtomicInteger counter(Subscriber subscriber) {
        return subscriber instanceof SseStream ? streams : polls;
    }
}
