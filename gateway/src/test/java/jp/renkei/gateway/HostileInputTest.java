package jp.renkei.gateway;

import static jp.renkei.gateway.AuthenticationTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import jp.renkei.gateway.ca.Credentials;
import jp.renkei.gateway.store.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input gets its precise status and error JSON, and changes nothing. Limits are small here. */
@Timeout(30)
class HostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 64 * 1024;

    @TempDir
    static Path dir;

    private static TestGateway gateway;
    private static Credentials credentials;
    private static SSLContext kyotakuTls;
    private HttpClient kyotaku;
    private String before;

    @BeforeAll
    static void start() throws Exception {
        gateway = TestGateway.start(dir, limits -> limits.withMaxBodyBytes(MAX_BODY)
                .withTimeouts(Duration.ofMillis(800), Duration.ofSeconds(3)));
        credentials = gateway.issue(Role.OFFICE, TestGateway.KYOTAKU);
        kyotakuTls = TestGateway.sslContext(credentials, gateway.enrollment.authority().certificate());
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    /** A new client per test: the idle timeout here is short, and a pooled connection could be closed under it. */
    @BeforeEach
    void remember() throws Exception {
        kyotaku = gateway.client(credentials);
        before = gateway.snapshot();
    }

    @AfterEach
    void nothingChanged() {
        assertThat(gateway.snapshot()).isEqualTo(before);
    }

    @Test
    void refusesASenderThatIsNotTheCallerWith403() throws Exception {
        String name = "DLTPLAN_202505_" + TestGateway.HOMON + "_11_" + TestGateway.KYOTAKU + "_43_20250501090000.CSV";
        assertError(gateway.upload(kyotaku, name, TestGateway.sample()), 403, "sender_mismatch");
    }

    @Test
    void refusesAnUnknownRecipientWith404() throws Exception {
        String name = "DLTPLAN_202505_" + TestGateway.KYOTAKU + "_43_1399999999_11_20250501090000.CSV";
        assertError(gateway.upload(kyotaku, name, TestGateway.sample()), 404, "unknown_recipient");
    }

    @Test
    void rejectsSenderEqualToRecipientWith422Name005() throws Exception {
        String name = "DLTPLAN_202505_" + TestGateway.KYOTAKU + "_43_" + TestGateway.KYOTAKU
                + "_11_20250501090000.CSV";
        JsonNode body = assertError(gateway.upload(kyotaku, name, TestGateway.sample()), 422, "invalid_document");
        assertThat(body.path("findings").findValuesAsText("rule")).contains("NAME-005");
    }

    @Test
    void refusesAFileNameWithASlashWith400() throws Exception {
        assertError(gateway.upload(kyotaku, "x/" + TestGateway.sampleName("20250501090000"),
                TestGateway.sample()), 400, "invalid_file_name");
    }

    @Test
    void refusesAFileNameWithDotDotWith400() throws Exception {
        assertError(gateway.upload(kyotaku, "..DLTPLAN_202505.CSV", TestGateway.sample()), 400, "invalid_file_name");
    }

    @Test
    void refusesAFileNameWithNulWith400() throws Exception {
        try (RawTls raw = new RawTls(kyotakuTls, gateway.server.port())) {
            String answer = raw.send("POST /v1/documents HTTP/1.1\r\nHost: localhost\r\nX-Renkei-File-Name: a\0b.CSV"
                    + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\nab").readUntilClosed();
            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).containsAnyOf("\"invalid_file_name\"", "\"malformed_request\"");
        }
    }

    @Test
    void answersABodyOverTheLimitWith413Json() throws Exception {
        assertError(gateway.upload(kyotaku, TestGateway.sampleName("20250501090000"), new byte[MAX_BODY + 1]),
                413, "body_too_large");
    }

    @Test
    void answersAnAnnouncedBodyOverTheLimitWith413BeforeItIsSent() throws Exception {
        // raw: the JDK 17 HttpClient hangs on a final answer to Expect: 100-continue (JDK-8286171)
        try (RawTls raw = new RawTls(kyotakuTls, gateway.server.port())) {
            String answer = raw.send("POST /v1/documents HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\n"
                    + "X-Renkei-File-Name: a.CSV\r\nContent-Length: " + MAX_BODY * 4 + "\r\n\r\n").readUntilClosed();
            assertThat(answer).startsWith("HTTP/1.1 413").contains("\"error\":\"body_too_large\"")
                    .doesNotContain("100 Continue");
        }
    }

    @Test
    void storesNothingFromATruncatedBody() throws Exception {
        try (RawTls raw = new RawTls(kyotakuTls, gateway.server.port())) {
            raw.send("POST /v1/documents HTTP/1.1\r\nHost: localhost\r\nX-Renkei-File-Name: "
                    + TestGateway.sampleName("20250501090000") + "\r\nContent-Length: 1000\r\n\r\n202407,131001");
        }
        Thread.sleep(300);
        assertThat(gateway.upload(kyotaku, "../probe", new byte[0]).statusCode()).isEqualTo(400);
    }

    @Test
    void answersATruncatedBodyLeftHangingWith408() throws Exception {
        try (RawTls raw = new RawTls(kyotakuTls, gateway.server.port())) {
            String answer = raw.send("POST /v1/documents HTTP/1.1\r\nHost: localhost\r\nX-Renkei-File-Name: "
                    + TestGateway.sampleName("20250501090000") + "\r\nContent-Length: 1000\r\n\r\n202407")
                    .readUntilClosed();
            assertThat(answer).startsWith("HTTP/1.1 408").contains("\"error\":\"request_timeout\"");
        }
    }

    @Test
    void answersMalformedHttpWith400Json() throws Exception {
        try (RawTls raw = new RawTls(kyotakuTls, gateway.server.port())) {
            String answer = raw.send("GET /v1/inbox HTTP/1.1\r\nHost: localhost\r\nthis is not a header\r\n\r\n")
                    .readUntilClosed();
            assertThat(answer).startsWith("HTTP/1.1 400").contains("\"error\":\"malformed_request\"")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void answersAnOverlongRequestLineWith400Json() throws Exception {
        try (RawTls raw = new RawTls(kyotakuTls, gateway.server.port())) {
            String answer = raw.send("GET /v1/" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\n\r\n")
                    .readUntilClosed();
            assertThat(answer).startsWith("HTTP/1.1 400").contains("\"error\":\"malformed_request\"");
        }
    }

    @Test
    void cutsOffAClientThatTricklesItsHeadersWith408() throws Exception {
        long start = System.nanoTime();
        try (RawTls raw = new RawTls(kyotakuTls, gateway.server.port())) {
            raw.send("GET /v1/inbox HTTP/1.1\r\n");
            for (int i = 0; i < 6; i++) {
                Thread.sleep(200);
                try {
                    raw.send("X-Slow-" + i + ": y\r\n");
                } catch (java.io.IOException closed) {
                    break;
                }
            }
            String answer = raw.readUntilClosed();
            assertThat(answer).startsWith("HTTP/1.1 408").contains("\"error\":\"request_timeout\"");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void closesAConnectionThatStaysIdle() throws Exception {
        try (RawTls raw = new RawTls(kyotakuTls, gateway.server.port())) {
            long start = System.nanoTime();
            assertThat(raw.readUntilClosed()).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofSeconds(2),
                    Duration.ofSeconds(6));
        }
    }

    @Test
    void keepsAKeepAliveConnectionUsableAfterA413() throws Exception {
        try (RawTls raw = new RawTls(kyotakuTls, gateway.server.port())) {
            String big = "x".repeat(MAX_BODY + 10);
            String first = raw.send("POST /v1/documents HTTP/1.1\r\nHost: localhost\r\nX-Renkei-File-Name: a.CSV\r\n"
                    + "Content-Length: " + big.length() + "\r\n\r\n" + big).readResponse();
            assertThat(first).startsWith("HTTP/1.1 413");
            String second = raw.send("GET /v1/openapi.json HTTP/1.1\r\nHost: localhost\r\n\r\n").readResponse();
            assertThat(second).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void rejectsAnInvalidCsvWith422ListingEveryFinding() throws Exception {
        byte[] invalid = ("202407,13100X,0000012345,202506\r\n" + "199901,,,\r\n").getBytes(StandardCharsets.US_ASCII);
        JsonNode body = assertError(gateway.upload(kyotaku, TestGateway.sampleName("20250501090000"), invalid),
                422, "invalid_document");
        assertThat(body.path("findings").size()).isGreaterThanOrEqualTo(3);
        for (JsonNode finding : body.path("findings")) {
            assertThat(finding.fieldNames()).toIterable().contains("rule", "severity", "line", "item", "name",
                    "message", "messageJa");
        }
    }

    @Test
    void answersAnUnknownPathWith404AndAWrongMethodWith405() throws Exception {
        assertError(gateway.get(kyotaku, "/v1/nothing"), 404, "not_found");
        assertError(gateway.get(kyotaku, "/v1/documents"), 405, "method_not_allowed");
    }

    @Test
    void answersAReceiptThatIsNotJsonWith400() throws Exception {
        HttpResponse<String> response = kyotaku.send(HttpRequest.newBuilder(gateway.uri("/v1/documents/x/receipt"))
                .POST(HttpRequest.BodyPublishers.ofString("imported")).build(), HttpResponse.BodyHandlers.ofString());
        assertError(response, 400, "invalid_json");
        assertThat(JSON.readTree(response.body()).path("findings").size()).isZero();
    }
}
