package jp.renkei.gateway.notify;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The notifications' meters: connected streams and waiting long-polls, events published (by type), webhook
 * attempts (by outcome) and the delivery lag from an event's commit to its delivery (by channel: {@code sse},
 * {@code poll}, {@code webhook}). Tags are closed lists, never an office or an event id. Thread-safe. The meters
 * recorded once per frame or per event are looked up once and kept: building a meter id per frame cost more than
 * the frame's write on a busy event loop.
 */
public final class NotifyMetrics implements MeterBinder {

    private final StreamRegistry registry;
    private final AtomicInteger webhooksInFlight;
    private final Clock clock;
    private volatile MeterRegistry meters = new CompositeMeterRegistry();
    private final Map<String, Timer> lags = new ConcurrentHashMap<>();
    private final Map<String, Counter> published = new ConcurrentHashMap<>();

    NotifyMetrics(StreamRegistry registry, AtomicInteger webhooksInFlight, Clock clock) {
        this.registry = registry;
        this.webhooksInFlight = webhooksInFlight;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry target) {
        Gauge.builder("renkei.events.streams", registry.streams(), AtomicInteger::get)
                .description("Connected Server-Sent Event streams").register(target);
        Gauge.builder("renkei.events.polls", registry.polls(), AtomicInteger::get)
                .description("Long-polls waiting for an event").register(target);
        Gauge.builder("renkei.webhook.in_flight", webhooksInFlight, AtomicInteger::get)
                .description("Webhook calls in progress").register(target);
        this.meters = target;
        lags.clear();
        published.clear();
    }

    void published(String type) {
        published.computeIfAbsent(type, t -> Counter.builder("renkei.events.published")
                .description("Events committed and published to streams").tag("type", t).register(meters))
                .increment();
    }

    /**
     * One webhook attempt: {@code delivered}, {@code rejected} (non-2xx), {@code timeout}, {@code error}, or
     * {@code refused} (not called: the host is not a public address).
     */
    void attempt(String outcome) {
        Counter.builder("renkei.webhook.attempts").description("Webhook calls by outcome")
                .tag("outcome", outcome).register(meters).increment();
    }

    void deadLetter() {
        Counter.builder("renkei.webhook.dead_letters").description("Events that exhausted their webhook attempts")
                .register(meters).increment();
    }

    /** An event reached a client over {@code channel}: records the time since it committed. */
    void delivered(String channel, Instant committed) {
        long lag = clock.millis() - committed.toEpochMilli();
        lags.computeIfAbsent(channel, c -> Timer.builder("renkei.events.delivery.lag")
                .description("Time from an event's commit to its delivery").tag("channel", c)
                .publishPercentiles(0.5, 0.99).register(meters))
                .record(Math.max(0, lag), TimeUnit.MILLISECONDS);
    }
}
