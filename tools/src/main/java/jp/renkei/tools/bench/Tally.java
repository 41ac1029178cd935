package jp.renkei.tools.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** What one phase counted: successes, failures (with the first failure's description) and its latencies. */
final class Tally {

    final AtomicLong ok = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong other = new AtomicLong();
    final Latencies latencies;
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    private long startNanos;
    private long endNanos;

    Tally(int capacity) {
        latencies = new Latencies(capacity);
    }

    void start() {
        startNanos = System.nanoTime();
    }

    void end() {
        endNanos = System.nanoTime();
    }

    double seconds() {
        return (endNanos - startNanos) / 1e9;
    }

    double perSecond() {
        return ok.get() / seconds();
    }

    void fail(String what) {
        failed.incrementAndGet();
        firstFailure.compareAndSet(null, what);
    }

    String firstFailure() {
        return firstFailure.get();
    }
}
