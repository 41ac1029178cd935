package jp.renkei.gateway.metering;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A compact histogram of elapsed times (upload to download, upload to receipt) kept per office-month as one row per
 * non-empty bucket, so that office-months, prefectures and the nation merge by adding counts. Bucket 0 holds times
 * under one second; bucket {@code i >= 1} holds [2^((i-1)/4), 2^(i/4)) seconds, four buckets per doubling. A quantile
 * is the geometric middle of the bucket holding the nearest-rank sample, hence within 9% (2^(1/8)) of that sample.
 * Not thread-safe.
 */
public final class Latency {

    /** The last bucket: about 34 years, far beyond any retention. */
    static final int MAX_BUCKET = 120;

    private final SortedMap<Integer, Long> counts = new TreeMap<>();
    private long total;

    /** The bucket of an elapsed time in milliseconds (negative times, from a clock step, count as 0). */
    public static int bucket(long millis) {
        if (millis < 1000) {
            return 0;
        }
        double seconds = millis / 1000.0;
        int bucket = 1 + (int) Math.floor(4 * Math.log(seconds) / Math.log(2));
        return Math.min(Math.max(bucket, 1), MAX_BUCKET);
    }

    /** The value a bucket stands for, in seconds. */
    public static double seconds(int bucket) {
        return bucket == 0 ? 0.5 : Math.pow(2, (bucket - 0.5) / 4);
    }

    public void add(int bucket, long count) {
        counts.merge(bucket, count, Long::sum);
        total += count;
    }

    public long count() {
        return total;
    }

    /** The nearest-rank quantile in seconds ({@code q} in (0, 1]), or null when the histogram is empty. */
    public Double quantile(double q) {
        if (total == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(q * total));
        long seen = 0;
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return seconds(e.getKey());
            }
        }
        return seconds(counts.lastKey());
    }

    public Double median() {
        return quantile(0.5);
    }

    public Double p90() {
        return quantile(0.9);
    }
}
