package jp.renkei.gateway.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import jp.renkei.gateway.ca.CertificateAuthority;
import jp.renkei.gateway.ca.Enrollment;
import jp.renkei.gateway.config.GatewayConfig;
import jp.renkei.gateway.metering.Metering;
import jp.renkei.gateway.notify.Notifications;
import jp.renkei.gateway.store.JdbcStore;
import jp.renkei.protocol.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document and the route table describe the same API: nothing routed is undocumented, and back. */
class OpenApiTest {

    @TempDir
    Path dir;

    @Test
    void documentsEveryRouteAndRoutesEveryDocumentedOperation() throws Exception {
        GatewayConfig config = GatewayConfig.defaults(dir);
        Set<String> routed = new HashSet<>();
        try (JdbcStore store = JdbcStore.open(config.store(), Clock.systemUTC());
             Notifications notifications = Notifications.start(config.notifications(), store,
                     config.store().retention(), Clock.systemUTC(), new SimpleMeterRegistry())) {
            Enrollment enrollment = new Enrollment(CertificateAuthority.openOrCreate(dir, config.ca(),
                    Clock.systemUTC()), store.registry());
            Routes routes = GatewayRoutes.build(store, enrollment, new Validator(),
                    new GatewayMetrics(new SimpleMeterRegistry()), notifications,
                    new MeteringEndpoints(new Metering(store.transactions(), config.metering()), Runnable::run));
            routes.all().forEach(r -> routed.add(r.method().name() + " " + r.template()));
        }
        JsonNode paths = new ObjectMapper().readTree(GatewayRoutes.openApi()).path("paths");
        Set<String> documented = new HashSet<>();
        paths.fieldNames().forEachRemaining(path -> paths.path(path).fieldNames().forEachRemaining(
                method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        assertThat(documented).isEqualTo(routed);
    }

    @Test
    void documentsTheErrorShapeEveryErrorAnswerUses() throws Exception {
        JsonNode error = new ObjectMapper().readTree(GatewayRoutes.openApi()).path("components").path("schemas")
                .path("Error");
        assertThat(error.path("required").toString()).contains("error", "message", "findings");
        assertThat(error.path("properties").has("error")).isTrue();
        assertThat(error.path("properties").has("findings")).isTrue();
    }
}
