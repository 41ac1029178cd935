package jp.renkei.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import jp.renkei.gateway.store.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManagementPortTest {

    @TempDir
    Path dir;

    @Test
    void reportsHealthAndPrometheusMetricsWithLowCardinalityTags() throws Exception {
        try (TestGateway gateway = TestGateway.start(dir)) {
            HttpClient plain = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + gateway.server.managementPort();
            HttpResponse<String> health = plain.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"up\"").contains("\"store\":\"up\"");

            HttpClient office = gateway.client(gateway.issue(Role.OFFICE, TestGateway.KYOTAKU));
            gateway.upload(office, TestGateway.sampleName("20250801090000"), TestGateway.sample());
            gateway.upload(office, TestGateway.sampleName("20250801090001"),
                    "202407,13100X,0000012345,202505\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

            String metrics = plain.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(metrics).contains("renkei_documents_accepted_total{kind=\"DLTPLAN\"} 1.0")
                    .contains("renkei_uploads_total{kind=\"DLTPLAN\",outcome=\"invalid\"}")
                    .contains("renkei_rejections_total{rule=")
                    .contains("renkei_http_requests_seconds_count{method=\"POST\",route=\"/v1/documents\"")
                    .contains("renkei_executor_completed_tasks_total{name=\"db\"}").contains("jvm_memory_used_bytes");
            assertThat(metrics).doesNotContain(TestGateway.KYOTAKU).doesNotContain(TestGateway.HOMON);
        }
    }
}
