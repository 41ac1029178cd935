package jp.renkei.tools.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every latency of a phase, in nanoseconds, kept whole (a phase has at most some hundred thousand) and sorted once
 * at the end: exact percentiles without a histogram library. Thread-safe for recording.
 */
final class Latencies {

    /** Milliseconds at the 50th and 99th percentile and the largest. */
    record Percentiles(double p50, double p99, double max) {
    }

    private final long[] samples;
    private final AtomicInteger count = new AtomicInteger();

    Latencies(int capacity) {
        samples = new long[capacity];
    }

    void record(long nanos) {
        int i = count.getAndIncrement();
        if (i < samples.length) {
            samples[i] = nanos;
        }
    }

    int count() {
        return Math.min(count.get(), samples.length);
    }

    Percentiles percentiles() {
        long[] sorted = Arrays.copyOf(samples, count());
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return new Percentiles(0, 0, 0);
        }
        return new Percentiles(millis(at(sorted, 0.50)), millis(at(sorted, 0.99)), millis(sorted[sorted.length - 1]));
    }

    /** The nearest-rank percentile: the smallest sample with at least {@code q} of all at or below it. */
    private static long at(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
