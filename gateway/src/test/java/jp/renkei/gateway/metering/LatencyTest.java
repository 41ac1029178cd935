package jp.renkei.gateway.metering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The elapsed-time histogram: bucket edges and quantiles against exact nearest-rank samples. */
class LatencyTest {

    @Test
    void putsTimesUnderOneSecondInBucketZeroAndFourBucketsInEachDoubling() {
        assertThat(Latency.bucket(0)).isZero();
        assertThat(Latency.bucket(999)).isZero();
        assertThat(Latency.bucket(1000)).isEqualTo(1);
        assertThat(Latency.bucket(2000)).isEqualTo(5);
        assertThat(Latency.bucket(4000)).isEqualTo(9);
        assertThat(Latency.bucket(-5)).isZero();
        assertThat(Latency.bucket(Long.MAX_VALUE)).isEqualTo(Latency.MAX_BUCKET);
    }

    @Test
    void answersMedianAndP90WithinNinePercentOfTheNearestRankSample() {
        Random random = new Random(42);
        for (int run = 0; run < 50; run++) {
            List<Long> samples = new ArrayList<>();
            Latency histogram = new Latency();
            int n = 1 + random.nextInt(500);
            for (int i = 0; i < n; i++) {
                long millis = 1000 + (long) Math.exp(random.nextDouble() * 15);
                samples.add(millis);
                histogram.add(Latency.bucket(millis), 1);
            }
            for (double q : new double[] {0.5, 0.9}) {
                double exact = Traffic.quantile(samples, q);
                assertThat(histogram.quantile(q)).isBetween(exact / 1.0906, exact * 1.0906);
            }
        }
    }

    @Test
    void hasNoQuantileWithoutSamples() {
        assertThat(new Latency().median()).isNull();
        assertThat(new Latency().count()).isZero();
    }
}
