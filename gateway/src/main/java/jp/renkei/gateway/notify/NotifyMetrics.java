package jp.renkei.gateway.notify;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The notifications' meters: connected streams and waiting long-polls, events published (by type), webhook
 * attempts (by outcome) and the delivery lag from an event's commit to its delivery (by channel: {@code sse},
 * {@code poll}, {@code webhook}). Tags are closed lists, never an office or an event id. Thread-safe.
 */
public final class NotifyMetrics implements MeterBinder {

    private final StreamRegistry registry;
    private final AtomicInteger webhooksInFlight;
    private final Clock clock;
    private volatile MeterRegistry meters = new CompositeMeterRegistry();

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
    }

    void published(String type) {
        Counter.builder("renkei.events.published").description("Events committed and published to streams")
                .tag("type", type).register(meters).increment();
    }

    /** One webhook attempt: {@code delivered}, {@code rejected} (non-2xx), {@code timeout}, {@code error}. */
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
        Duration lag = Duration.between(committed, clock.instant());
        Timer.builder("renkei.events.delivery.lag").description("Time from an event's commit to its delivery")
                .tag("channel", channel).publishPercentiles(0.5, 0.99).register(meters)
                .record(lag.isNegative() ? Duration.ZERO : lag);
    }
}
