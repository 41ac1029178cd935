package jp.renkei.tools.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The JSON summary of a run: the settings, each phase's counts, rate and latencies, the uploads' rate as a share of
 * the floor measured in the same run, and each target of issue 8 with whether it was met.
 */
final class Summary {

    static final double UPLOADS_TARGET = 5000;
    static final double EXCHANGES_TARGET = 1000;
    static final double P99_TARGET_MILLIS = 50;
    static final double FLOOR_SHARE_TARGET = 1.0 / 8;

    private final ExchangeBench.Settings settings;
    private final int documentBytes;

    Summary(ExchangeBench.Settings settings, int documentBytes) {
        this.settings = settings;
        this.documentBytes = documentBytes;
    }

    ObjectNode json(Tally floor, Tally uploads, Tally rate, Tally exchanges) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("offices", settings.offices()).put("connections", settings.connections())
                .put("documentBytes", documentBytes).put("cores", Runtime.getRuntime().availableProcessors());
        phase(root.putObject("floor"), floor, false);
        ObjectNode up = phase(root.putObject("uploads"), uploads, true).put("ofFloor", round(uploads.perSecond()
                / floor.perSecond(), 3));
        if (uploads.gatewayCpuMicros() > 0) {
            up.put("ofFloorByCpu", round(cpu(floor) / cpu(uploads), 3));
        }
        if (rate != null) {
            phase(root.putObject("fixedRate").put("offeredPerSecond", settings.rate()), rate, true);
        }
        phase(root.putObject("exchanges"), exchanges, true);
        targets(root.putObject("targets"), floor, uploads, rate, exchanges);
        return root;
    }

    private static ObjectNode phase(ObjectNode node, Tally t, boolean latencies) {
        node.put("ok", t.ok.get()).put("alreadyThere", t.other.get()).put("failed", t.failed.get())
                .put("seconds", round(t.seconds(), 3)).put("perSecond", round(t.perSecond(), 1));
        node.putObject("cpuMicrosPerRequest").put("gateway", round(t.gatewayCpuMicros(), 1))
                .put("bench", round(t.benchCpuMicros(), 1));
        Map<String, Double> threads = t.gatewayThreadMicros();
        if (!threads.isEmpty()) {
            ObjectNode byThread = node.putObject("gatewayCpuMicrosByThread");
            threads.entrySet().stream().filter(e -> e.getValue() >= 0.5)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(e -> byThread.put(e.getKey(), round(e.getValue(), 0)));
        }
        if (latencies) {
            Latencies.Percentiles p = t.latencies.percentiles();
            node.putObject("latencyMillis").put("p50", p.p50()).put("p99", p.p99()).put("max", p.max());
        }
        if (t.firstFailure() != null) {
            node.put("firstFailure", t.firstFailure());
        }
        return node;
    }

    /** CPU time per request, gateway and bench together: what bounds the rate on a machine they share. */
    private static double cpu(Tally t) {
        return t.gatewayCpuMicros() + t.benchCpuMicros();
    }

    private static void targets(ObjectNode node, Tally floor, Tally uploads, Tally rate, Tally exchanges) {
        target(node, "uploadsPerSecond", uploads.perSecond(), UPLOADS_TARGET, true);
        target(node, "exchangesPerSecond", exchanges.perSecond(), EXCHANGES_TARGET, true);
        if (rate != null) {
            target(node, "fixedRateP99Millis", rate.latencies.percentiles().p99(), P99_TARGET_MILLIS, false);
        }
        target(node, "uploadsOfFloor", uploads.perSecond() / floor.perSecond(), FLOOR_SHARE_TARGET, true);
    }

    private static void target(ObjectNode node, String name, double value, double goal, boolean atLeast) {
        node.putObject(name).put("value", round(value, 3)).put("target", round(goal, 3))
                .put("met", atLeast ? value >= goal : value < goal);
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
