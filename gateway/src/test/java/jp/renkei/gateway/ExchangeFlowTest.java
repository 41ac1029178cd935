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
import java.security.MessageDigest;
import java.util.HexFormat;
import jp.renkei.gateway.store.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The happy path and its neighbours, over real HTTPS: upload, re-upload, conflict, inbox, download, receipt. */
class ExchangeFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static TestGateway gateway;
    private static HttpClient kyotaku;
    private static HttpClient homon;
    private static HttpClient tsusho;

    @BeforeAll
    static void start() throws Exception {
        gateway = TestGateway.start(dir);
        kyotaku = gateway.client(gateway.issue(Role.OFFICE, TestGateway.KYOTAKU));
        homon = gateway.client(gateway.issue(Role.OFFICE, TestGateway.HOMON));
        tsusho = gateway.client(gateway.issue(Role.OFFICE, TestGateway.TSUSHO));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void deliversAnUploadToTheRecipientByteForByteAndRecordsItsReceipt() throws Exception {
        String name = TestGateway.sampleName("20250601090000");
        HttpResponse<String> created = gateway.upload(kyotaku, name, TestGateway.sample());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).path("id").asText();
        assertThat(created.headers().firstValue("Location")).hasValue("/v1/documents/" + id);

        JsonNode inbox = JSON.readTree(gateway.get(homon, "/v1/inbox").body());
        assertThat(inbox.path("documents").findValuesAsText("id")).contains(id);

        HttpResponse<byte[]> content = homon.send(HttpRequest.newBuilder(
                gateway.uri("/v1/documents/" + id + "/content")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(TestGateway.sample());
        assertThat(content.headers().firstValue("Content-Type")).hasValue("text/csv; charset=Shift_JIS");
        assertThat(content.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"" + name + "\"");
        assertThat(content.headers().firstValue("ETag")).hasValue("\"" + sha256(TestGateway.sample()) + "\"");

        HttpResponse<String> receipt = homon.send(HttpRequest.newBuilder(
                gateway.uri("/v1/documents/" + id + "/receipt"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"outcome\":\"imported\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(200);
        JsonNode outbox = JSON.readTree(gateway.get(kyotaku, "/v1/outbox").body());
        JsonNode sent = find(outbox.path("documents"), id);
        assertThat(sent.path("state").asText()).isEqualTo("RECEIPTED");
        assertThat(sent.path("history").findValuesAsText("state"))
                .containsExactly("ACCEPTED", "DOWNLOADED", "RECEIPTED");
    }

    @Test
    void answersAnIdenticalReUploadWith200AndDifferentBytesWith409() throws Exception {
        String name = TestGateway.sampleName("20250602090000");
        HttpResponse<String> first = gateway.upload(kyotaku, name, TestGateway.sample());
        assertThat(first.statusCode()).isEqualTo(201);
        HttpResponse<String> again = gateway.upload(kyotaku, name, TestGateway.sample());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).path("id")).isEqualTo(JSON.readTree(first.body()).path("id"));
        byte[] other = "202407,131001,0000099999,202505\r\n".getBytes(StandardCharsets.US_ASCII);
        assertError(gateway.upload(kyotaku, name, other), 409, "conflict");
    }

    @Test
    void hidesAnotherOfficesDocumentAs404() throws Exception {
        HttpResponse<String> created = gateway.upload(kyotaku, TestGateway.sampleName("20250603090000"),
                TestGateway.sample());
        String id = JSON.readTree(created.body()).path("id").asText();
        assertError(gateway.get(tsusho, "/v1/documents/" + id), 404, "document_not_found");
        assertError(gateway.get(tsusho, "/v1/documents/" + id + "/content"), 404, "document_not_found");
    }

    @Test
    void pagesTheOutboxWithTheNextCursor() throws Exception {
        for (int i = 0; i < 3; i++) {
            gateway.upload(kyotaku, TestGateway.sampleName("2025060409000" + i), TestGateway.sample());
        }
        JsonNode first = JSON.readTree(gateway.get(kyotaku, "/v1/outbox?limit=2").body());
        assertThat(first.path("documents").size()).isEqualTo(2);
        long next = first.path("next").asLong();
        JsonNode second = JSON.readTree(gateway.get(kyotaku, "/v1/outbox?limit=2&after=" + next).body());
        assertThat(second.path("documents").get(0).path("cursor").asLong()).isGreaterThan(next);
        assertError(gateway.get(kyotaku, "/v1/outbox?limit=0"), 400, "invalid_parameter");
    }

    @Test
    void storesASetAtomicallyFromMultipart() throws Exception {
        String boundary = "renkei-test-boundary";
        String a = TestGateway.sampleName("20250605090000");
        String body = part(boundary, a) + "--" + boundary + "--\r\n";
        HttpResponse<String> response = kyotaku.send(HttpRequest.newBuilder(gateway.uri("/v1/sets"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(JSON.readTree(response.body()).path("documents").findValuesAsText("fileName")).containsExactly(a);
    }

    @Test
    void looksUpARegisteredOffice() throws Exception {
        JsonNode office = JSON.readTree(gateway.get(kyotaku, "/v1/offices/" + TestGateway.HOMON).body());
        assertThat(office.path("kinds").get(0).asText()).isEqualTo("11");
        assertError(gateway.get(kyotaku, "/v1/offices/1399999999"), 404, "unknown_office");
    }

    @Test
    void validatesWithoutStoring() throws Exception {
        String before = gateway.snapshot();
        HttpResponse<String> response = kyotaku.send(HttpRequest.newBuilder(gateway.uri("/v1/validate"))
                .header("X-Renkei-File-Name", TestGateway.sampleName("20250606090000"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(TestGateway.sample())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("valid").asBoolean()).isTrue();
        assertThat(gateway.snapshot()).isEqualTo(before);
    }

    private static String part(String boundary, String name) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + new String(TestGateway.sample(), StandardCharsets.US_ASCII)
                + "\r\n";
    }

    private static JsonNode find(JsonNode documents, String id) {
        for (JsonNode d : documents) {
            if (d.path("id").asText().equals(id)) {
                return d;
            }
        }
        throw new AssertionError("no document " + id + " in " + documents);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
