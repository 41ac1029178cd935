package jp.renkei.tools.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How idempotent calls (GETs and uploads) are retried on connection failures and 503: up to {@code attempts} tries
 * in all, waiting {@code initialDelay} doubled after each failure up to {@code maxDelay}, with up to 20% jitter so
 * that many clients do not retry in step. Never applied to a 4xx.
 */
public record RetryPolicy(int attempts, Duration initialDelay, Duration maxDelay) {

    /** Five tries over about six seconds. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(5));
    /** One try: the caller handles every failure. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        if (attempts < 1 || initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("attempts >= 1 and 0 <= initialDelay <= maxDelay are required");
        }
    }

    /** The wait before try {@code attempt + 1}, after {@code attempt} (from 1) failed. */
    public Duration delay(int attempt) {
        long base = initialDelay.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, maxDelay.toMillis());
        long jitter = capped <= 0 ? 0 : ThreadLocalRandom.current().nextLong(capped / 5 + 1);
        return Duration.ofMillis(capped - jitter);
    }
}
