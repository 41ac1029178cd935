package jp.renkei.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import jp.renkei.gateway.ca.CertificateAuthority;
import jp.renkei.gateway.ca.Credentials;
import jp.renkei.gateway.ca.Enrollment;
import jp.renkei.gateway.config.CaConfig;
import jp.renkei.gateway.store.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthenticationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static TestGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        gateway = TestGateway.start(dir.resolve("data"));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void answersRequestWithoutClientCertificateWith401JsonAndChangesNothing() throws Exception {
        String before = gateway.snapshot();
        HttpResponse<String> response = gateway.upload(gateway.anonymousClient(),
                TestGateway.sampleName("20250501090001"), TestGateway.sample());
        assertError(response, 401, "client_certificate_required");
        assertThat(gateway.snapshot()).isEqualTo(before);
    }

    @Test
    void failsTheHandshakeForCertificateFromAnotherCa() throws Exception {
        CertificateAuthority stranger = CertificateAuthority.openOrCreate(dir.resolve("stranger"),
                gateway.config.ca(), Clock.systemUTC());
        var pair = java.security.KeyPairGenerator.getInstance("EC").generateKeyPair();
        Credentials foreign = new Credentials(null, stranger.issue(pair.getPublic(), Role.OFFICE,
                TestGateway.KYOTAKU), pair.getPrivate());
        HttpClient client = TestGateway.clientWith(TestGateway.sslContext(foreign,
                gateway.enrollment.authority().certificate()));
        String before = gateway.snapshot();
        assertThatThrownBy(() -> gateway.upload(client, TestGateway.sampleName("20250501090002"),
                TestGateway.sample())).isInstanceOf(IOException.class);
        assertThat(gateway.snapshot()).isEqualTo(before);
    }

    @Test
    void answersRevokedCertificateWith401EvenOnAnAlreadyOpenConnection() throws Exception {
        Credentials credentials = gateway.issue(Role.OFFICE, TestGateway.KYOTAKU);
        HttpClient client = gateway.client(credentials);
        assertThat(gateway.get(client, "/v1/outbox").statusCode()).isEqualTo(200);
        gateway.enrollment.revoke(credentials.issued().serial());
        String before = gateway.snapshot();
        HttpResponse<String> response = gateway.upload(client, TestGateway.sampleName("20250501090003"),
                TestGateway.sample());
        assertError(response, 401, "certificate_revoked");
        assertThat(gateway.snapshot()).isEqualTo(before);
    }

    @Test
    void answersExpiredCertificateWith401() throws Exception {
        Clock lastYear = Clock.fixed(Instant.now().minus(Duration.ofDays(400)), ZoneOffset.UTC);
        CertificateAuthority past = CertificateAuthority.openOrCreate(dir.resolve("data"),
                new CaConfig(Duration.ofDays(3650), Duration.ofDays(30), Duration.ofDays(30)), lastYear);
        Credentials expired = new Enrollment(past, gateway.store.registry()).issueKeyPair(Role.OFFICE,
                TestGateway.KYOTAKU);
        String before = gateway.snapshot();
        HttpResponse<String> response = gateway.upload(gateway.client(expired),
                TestGateway.sampleName("20250501090004"), TestGateway.sample());
        assertError(response, 401, "certificate_expired");
        assertThat(gateway.snapshot()).isEqualTo(before);
    }

    @Test
    void answersOperatorCertificateOnAnOfficeEndpointWith403() throws Exception {
        HttpClient operator = gateway.client(gateway.issue(Role.OPERATOR, "operator"));
        assertError(gateway.get(operator, "/v1/inbox"), 403, "forbidden_role");
    }

    @Test
    void answersOfficeCertificateOnAnOperatorEndpointWith403AndRegistersNothing() throws Exception {
        HttpClient office = gateway.client(gateway.issue(Role.OFFICE, TestGateway.HOMON));
        var request = java.net.http.HttpRequest.newBuilder(gateway.uri("/v1/admin/offices"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"number\":\"1399999999\",\"name\":\"x\",\"kinds\":[\"11\"]}")).build();
        assertError(office.send(request, HttpResponse.BodyHandlers.ofString()), 403, "forbidden_role");
        assertThat(gateway.store.registry().office("1399999999")).isEmpty();
    }

    @Test
    void servesTheOpenApiDocumentWithoutAClientCertificate() throws Exception {
        HttpResponse<String> response = gateway.get(gateway.anonymousClient(), "/v1/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("openapi").asText()).startsWith("3.");
    }

    static JsonNode assertError(HttpResponse<String> response, int status, String code) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("error").asText()).isEqualTo(code);
        assertThat(body.path("message").asText()).isNotBlank();
        assertThat(body.path("findings").isArray()).isTrue();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return body;
    }
}
