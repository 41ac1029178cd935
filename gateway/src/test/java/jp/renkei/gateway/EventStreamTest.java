package jp.renkei.gateway;

import static jp.renkei.gateway.NotifyGateway.HOMON;
import static jp.renkei.gateway.NotifyGateway.KYOTAKU;
import static jp.renkei.gateway.NotifyGateway.TSUSHO;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jp.renkei.gateway.SseClient.SseEvent;
import jp.renkei.gateway.notify.NotifyConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /v1/events} over real mutual TLS: streams with the JDK client, long-polls, and their resumption. */
class EventStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    NotifyGateway gateway;
    HttpClient kyotaku;
    HttpClient homon;
    HttpClient tsusho;

    @BeforeEach
    void start() throws Exception {
        gateway = NotifyGateway.start(dir, NotifyConfig.defaults().withHeartbeat(Duration.ofMillis(300)));
        kyotaku = gateway.client(KYOTAKU);
        homon = gateway.client(HOMON);
        tsusho = gateway.client(TSUSHO);
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    private SseClient stream(HttpClient client, String lastEventId) throws Exception {
        return SseClient.open(client, gateway.uri("/v1/events"), lastEventId);
    }

    @Test
    void arrivalDownloadReceiptAndRefusalEventsReachOnlyTheOfficeTheyAreFor() throws Exception {
        try (SseClient sender = stream(kyotaku, null); SseClient recipient = stream(homon, null);
                SseClient bystander = stream(tsusho, null)) {
            assertThat(recipient.response.headers().firstValue("content-type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("text/event-stream"));
            String first = gateway.upload(kyotaku, HOMON, "20250415093001");
            String second = gateway.upload(kyotaku, HOMON, "20250415093002");
            assertThat(recipient.take(2, 5000)).extracting(SseEvent::type, SseEvent::id)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("document.arrived", 1L),
                            org.assertj.core.groups.Tuple.tuple("document.arrived", 2L));

            gateway.send(homon, "GET", "/v1/documents/" + first + "/content", null);
            gateway.send(homon, "GET", "/v1/documents/" + second + "/content", null);
            gateway.send(homon, "POST", "/v1/documents/" + first + "/receipt", "{\"outcome\":\"imported\"}");
            gateway.send(homon, "POST", "/v1/documents/" + second + "/receipt",
                    "{\"outcome\":\"refused\",\"reason\":\"利用者が見つからない\"}");

            var events = sender.take(4, 5000);
            assertThat(events).extracting(SseEvent::type).containsExactly("document.downloaded",
                    "document.downloaded", "document.receipted", "document.refused");
            assertThat(events).extracting(SseEvent::id).containsExactly(1L, 2L, 3L, 4L);
            JsonNode refused = JSON.readTree(events.get(3).data());
            assertThat(refused.path("documentId").asText()).isEqualTo(second);
            assertThat(refused.path("fileName").asText()).contains(HOMON);
            assertThat(refused.path("id").asLong()).isEqualTo(4);

            Thread.sleep(300);
            assertThat(bystander.events).isEmpty();
            assertThat(recipient.events).isEmpty();
        }
    }

    @Test
    void aClientThatReconnectsWithLastEventIdGetsEveryMissedEventOnceAndInOrder() throws Exception {
        try (SseClient first = stream(homon, null)) {
            gateway.upload(kyotaku, HOMON, "20250415093001");
            assertThat(first.take(1, 5000).get(0).id()).isEqualTo(1);
        }
        for (int i = 2; i <= 6; i++) {
            gateway.upload(kyotaku, HOMON, "2025041509300" + i);
        }
        try (SseClient resumed = stream(homon, "1")) {
            gateway.upload(kyotaku, HOMON, "20250415093007");
            assertThat(resumed.take(6, 5000)).extracting(SseEvent::id).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
            Thread.sleep(300);
            assertThat(resumed.events).isEmpty();
        }
        try (SseClient fromQuery = SseClient.open(homon, gateway.uri("/v1/events?after=5"), null)) {
            assertThat(fromQuery.take(2, 5000)).extracting(SseEvent::id).containsExactly(6L, 7L);
        }
    }

    @Test
    void aStreamSurvivesAGatewayRestartByResumingFromItsLastEvent() throws Exception {
        long last;
        try (SseClient before = stream(homon, null)) {
            gateway.upload(kyotaku, HOMON, "20250415093001");
            last = before.take(1, 5000).get(0).id();
        }
        gateway.stop();
        gateway.restart();
        gateway.upload(kyotaku, HOMON, "20250415093002");
        try (SseClient after = stream(gateway.client(HOMON), Long.toString(last))) {
            assertThat(after.take(1, 5000)).extracting(SseEvent::id).containsExactly(2L);
        }
    }

    @Test
    void curlFollowsTheStreamAsEventsCommit() throws Exception {
        Path creds = dir.resolve("curl");
        gateway.credentials(HOMON).write(creds, gateway.enrollment.authority().certificate(), "unused-password");
        Process curl = new ProcessBuilder("curl", "-N", "-s", "--max-time", "20",
                "--cert", creds.resolve("cert.pem").toString(), "--key", creds.resolve("key.pem").toString(),
                "--cacert", gateway.enrollment.authority().certificateFile().toString(),
                gateway.uri("/v1/events").toString()).redirectErrorStream(true).start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(curl.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("retry: 3000");
            gateway.upload(kyotaku, HOMON, "20250415093001");
            java.util.List<String> frame = new java.util.ArrayList<>();
            for (String line = lines.readLine(); line != null && frame.size() < 3; line = lines.readLine()) {
                if (!line.isEmpty() && !line.startsWith(":")) {
                    frame.add(line);
                }
            }
            assertThat(frame).hasSize(3);
            assertThat(frame.get(0)).isEqualTo("id: 1");
            assertThat(frame.get(1)).isEqualTo("event: document.arrived");
            assertThat(frame.get(2)).startsWith("data: {\"id\":1,\"type\":\"document.arrived\"");
        } finally {
            curl.destroy();
        }
    }

    @Test
    void anIdleStreamGetsHeartbeatComments() throws Exception {
        try (SseClient idle = stream(homon, null)) {
            assertThat(idle.comments.poll(3, TimeUnit.SECONDS)).isEqualTo(": keep-alive");
        }
    }

    @Test
    void aLongPollWaitsForTheNextEventAndAnswersWithTheBatch() throws Exception {
        CompletableFuture<HttpResponse<String>> poll = homon.sendAsync(HttpRequest.newBuilder(
                gateway.uri("/v1/events?after=0&wait=10")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        assertThat(poll).isNotDone();
        long start = System.nanoTime();
        gateway.upload(kyotaku, HOMON, "20250415093001");
        HttpResponse<String> answer = poll.get(5, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("events").get(0).path("type").asText()).isEqualTo("document.arrived");
        assertThat(body.path("next").asLong()).isEqualTo(1);

        HttpResponse<String> empty = homon.send(HttpRequest.newBuilder(gateway.uri("/v1/events?after=1&wait=1"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(JSON.readTree(empty.body()).path("events")).isEmpty();
        assertThat(JSON.readTree(empty.body()).path("next").asLong()).isEqualTo(1);
    }

    @Test
    void anInvalidResumePointIsABadRequest() throws Exception {
        HttpResponse<String> bad = homon.send(HttpRequest.newBuilder(gateway.uri("/v1/events"))
                .header("Last-Event-ID", "yesterday").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        HttpResponse<String> wait = homon.send(HttpRequest.newBuilder(gateway.uri("/v1/events?wait=3600"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wait.statusCode()).isEqualTo(400);
    }
}
