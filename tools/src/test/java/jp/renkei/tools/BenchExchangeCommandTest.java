package jp.renkei.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny {@code bench exchange} against the real gateway: the summary's shape, and counts that add up. */
class BenchExchangeCommandTest {

    @TempDir
    static Path root;
    static TestGateway gateway;
    static Path operator;

    @BeforeAll
    static void start() throws Exception {
        gateway = TestGateway.shared();
        operator = gateway.operator(root.resolve("operator"));
    }

    static String[] bench(String firstOffice, String connections, String... rest) {
        List<String> args = new ArrayList<>(List.of("bench", "exchange", "--url", gateway.url(),
                "--ca", gateway.caFile().toString(), "--operator-p12", operator.resolve("cert.p12").toString(),
                "--password", TestGateway.PASSWORD, "--first-office", firstOffice, "--offices", "2",
                "--connections", connections, "--warmup", "20", "--floor-seconds", "0.2"));
        args.addAll(List.of(rest));
        return args.toArray(String[]::new);
    }

    @Test
    void aTinyRunPrintsEveryPhaseWithCountsThatAddUp() throws Exception {
        Cli.Result result = Cli.run(bench("1391000001", "4", "--documents", "20", "--exchanges", "10",
                "--rate", "100", "--rate-seconds", "0.1"));
        assertThat(result.exit()).as(result.out() + result.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(result.out());
        assertThat(summary.path("offices").asInt()).isEqualTo(2);
        assertThat(summary.path("connections").asInt()).isEqualTo(4);
        assertThat(summary.path("documentBytes").asInt()).isBetween(8192, 8192 + 400);
        assertThat(summary.path("gatewayStarted").asBoolean()).isFalse();
        assertThat(summary.path("floor").path("ok").asLong()).isPositive();
        assertThat(summary.path("floor").path("failed").asLong()).isZero();
        assertPhase(summary.path("uploads"), 20);
        assertPhase(summary.path("fixedRate"), 10);
        assertPhase(summary.path("exchanges"), 10);
        assertThat(summary.path("uploads").path("ofFloor").asDouble()).isCloseTo(summary.path("uploads")
                .path("perSecond").asDouble() / summary.path("floor").path("perSecond").asDouble(),
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(summary.path("targets").fieldNames()).toIterable().containsExactly("uploadsPerSecond",
                "exchangesPerSecond", "fixedRateP99Millis", "uploadsOfFloor");
        summary.path("targets").forEach(t -> assertThat(t.path("met").isBoolean()).isTrue());
        assertThat(result.err()).contains("registering 2 offices").contains("20 uploads, 1 s of floor, 6 exchanges")
                .contains("exchanges: ");
    }

    private static void assertPhase(JsonNode phase, int count) {
        assertThat(phase.path("ok").asLong()).isEqualTo(count);
        assertThat(phase.path("alreadyThere").asLong() + phase.path("failed").asLong()).isZero();
        assertThat(phase.path("perSecond").asDouble()).isPositive();
        JsonNode latency = phase.path("latencyMillis");
        assertThat(latency.path("p50").asDouble()).isPositive().isLessThanOrEqualTo(latency.path("p99").asDouble());
        assertThat(latency.path("p99").asDouble()).isLessThanOrEqualTo(latency.path("max").asDouble());
    }

    @Test
    void moreOfficesThanConnectionsIsAUsageError() {
        Cli.Result result = Cli.run(bench("1391000101", "1"));
        assertThat(result.exit()).isEqualTo(RenkeiCommand.USAGE);
        assertThat(result.err()).contains("no more offices than connections");
    }

    @Test
    void anUnreachableGatewayExitsThree() {
        Cli.Result result = Cli.run("bench", "exchange", "--url", "https://localhost:1", "--ca",
                gateway.caFile().toString(), "--operator-p12", operator.resolve("cert.p12").toString(),
                "--password", TestGateway.PASSWORD);
        assertThat(result.exit()).isEqualTo(RenkeiCommand.IO);
        assertThat(result.err()).contains("renkei exchange:");
    }
}
