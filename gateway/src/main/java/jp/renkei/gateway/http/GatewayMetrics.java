package jp.renkei.gateway.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.renkei.protocol.validate.Finding;

/**
 * The gateway's own meters. Tags are few and low-cardinality: a file kind (a closed list), an outcome, a rule id,
 * a route template, a status; never an office number or document id. Thread-safe.
 */
final class GatewayMetrics {

    private final MeterRegistry registry;

    GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    MeterRegistry registry() {
        return registry;
    }

    /** One upload's outcome, e.g. {@code created}, {@code invalid}; kind {@code unknown} when not known. */
    void upload(String kind, String outcome) {
        Counter.builder("renkei.uploads").description("Uploads by file kind and outcome")
                .tag("kind", kind).tag("outcome", outcome).register(registry).increment();
        if (outcome.equals("created")) {
            Counter.builder("renkei.documents.accepted").description("Documents newly stored")
                    .tag("kind", kind).register(registry).increment();
        }
    }

    /** Counts each ERROR finding that rejected an upload. */
    void rejected(Iterable<Finding> findings) {
        for (Finding finding : findings) {
            if (finding.isError()) {
                Counter.builder("renkei.rejections").description("Rejecting findings by rule")
                        .tag("rule", finding.rule().id()).register(registry).increment();
            }
        }
    }

    /** A request refused before routing: body_too_large, request_timeout, malformed, connection_limit, busy. */
    void refused(String reason) {
        Counter.builder("renkei.http.refused").description("Requests refused before reaching an endpoint")
                .tag("reason", reason).register(registry).increment();
    }

    void request(String route, String method, int status, long nanos) {
        Timer.builder("renkei.http.requests").description("Request latency from full receipt to answer written")
                .tag("route", route).tag("method", method).tag("status", Integer.toString(status))
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    void gaugeConnections(AtomicInteger open) {
        Gauge.builder("renkei.http.connections", open, AtomicInteger::get).description("Open HTTPS connections")
                .register(registry);
    }
}
