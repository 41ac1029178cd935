package jp.renkei.gateway.metering;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** The live meters follow the store's commits until their server closes; the store may outlive it (tests, restarts). */
class MeteringMetricsTest {

    @Test
    void committedTalliesAreCountedUntilTheBinderCloses() {
        Rollups rollups = new Rollups();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MeteringMetrics metrics = new MeteringMetrics(rollups, MeteringConfig.defaults());
        metrics.bindTo(registry);
        Tally tally = new Tally();
        tally.document("DLTPLAN", "accepted");

        rollups.committed(tally);
        rollups.committed(tally);
        assertThat(accepted(registry)).isEqualTo(2);

        metrics.close();
        rollups.committed(tally);
        assertThat(accepted(registry)).as("not counted after close").isEqualTo(2);
    }

    private static double accepted(SimpleMeterRegistry registry) {
        return registry.get("renkei.metering.documents").tag("kind", "DLTPLAN").tag("outcome", "accepted").counter()
                .count();
    }
}
