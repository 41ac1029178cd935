package jp.renkei.gateway;

import static jp.renkei.gateway.NotifyGateway.HOMON;
import static jp.renkei.gateway.NotifyGateway.KYOTAKU;
import static jp.renkei.gateway.NotifyGateway.TSUSHO;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.renkei.gateway.notify.NotifyConfig;
import jp.renkei.gateway.notify.WebhookSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhooks end to end: a real gateway calling real receivers that succeed, fail, hang, and outlive a restart. */
class WebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "whsec-0123456789abcdef";

    /** Retries after 300 ms doubling to 1.2 s, 4 attempts; calls time out after 1 s. */
    private static final NotifyConfig FAST = NotifyConfig.defaults()
            .withRetries(Duration.ofMillis(300), Duration.ofMillis(1200), 4)
            .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1))
            .withPollInterval(Duration.ofMillis(100))
            .withPrivateWebhookAddresses(true); // the receivers listen on 127.0.0.1

    @TempDir
    Path dir;
    NotifyGateway gateway;
    WebhookReceiver receiver;
    HttpClient kyotaku;
    HttpClient homon;

    @BeforeEach
    void start() throws Exception {
        gateway = NotifyGateway.start(dir, FAST);
        receiver = new WebhookReceiver();
        kyotaku = gateway.client(KYOTAKU);
        homon = gateway.client(HOMON);
    }

    @AfterEach
    void stop() {
        receiver.close();
        gateway.close();
    }

    private void setWebhook(HttpClient client, String url) throws Exception {
        HttpResponse<String> put = gateway.send(client, "PUT", "/v1/webhook",
                "{\"url\":\"" + url + "\",\"secret\":\"" + SECRET + "\"}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    }

    @Test
    void eachEventIsPostedSignedToTheWebhookOfItsOfficeOnly() throws Exception {
        setWebhook(homon, receiver.url());
        try (WebhookReceiver other = new WebhookReceiver()) {
            setWebhook(gateway.client(TSUSHO), other.url());
            gateway.upload(kyotaku, HOMON, "20250415093001");

            WebhookReceiver.Call call = receiver.next(5000);
            JsonNode event = JSON.readTree(call.body());
            assertThat(event.path("type").asText()).isEqualTo("document.arrived");
            assertThat(call.eventId()).isEqualTo("1");
            assertThat(call.attempt()).isEqualTo("1");
            assertThat(WebhookSignature.verify(SECRET, call.signature(), call.body())).isTrue();
            Thread.sleep(500);
            assertThat(other.all).isEmpty();
        }
    }

    @Test
    void aTamperedBodyOrAWrongSecretFailsVerification() throws Exception {
        setWebhook(homon, receiver.url());
        gateway.upload(kyotaku, HOMON, "20250415093001");
        WebhookReceiver.Call call = receiver.next(5000);

        byte[] tampered = new String(call.body(), StandardCharsets.UTF_8).replace("arrived", "refused")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(Arrays.equals(tampered, call.body())).isFalse();
        assertThat(WebhookSignature.verify(SECRET, call.signature(), tampered)).isFalse();
        assertThat(WebhookSignature.verify("another-secret-of-length", call.signature(), call.body())).isFalse();
        assertThat(WebhookSignature.verify(SECRET, call.signature().replaceFirst("t=\\d+", "t=1"), call.body()))
                .isFalse();
    }

    @Test
    void aReceiverThatFailsIsRetriedWithGrowingDelaysUntilItAnswers() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        receiver.answer(() -> calls.incrementAndGet() < 3 ? 500 : 204);
        setWebhook(homon, receiver.url());
        gateway.upload(kyotaku, HOMON, "20250415093001");

        WebhookReceiver.Call first = receiver.next(5000);
        WebhookReceiver.Call second = receiver.next(5000);
        WebhookReceiver.Call third = receiver.next(5000);
        assertThat(third.attempt()).isEqualTo("3");
        assertThat(second.at() - first.at()).isGreaterThanOrEqualTo(300);
        assertThat(third.at() - second.at()).isGreaterThanOrEqualTo(600);
        Thread.sleep(1500);
        assertThat(receiver.all).hasSize(3);
        JsonNode webhook = JSON.readTree(gateway.send(homon, "GET", "/v1/webhook", null).body());
        assertThat(webhook.path("pending").asLong()).isZero();
        assertThat(webhook.path("deadLetters").asLong()).isZero();
        assertThat(webhook.has("secret")).isFalse();
    }

    @Test
    void aHangingReceiverTimesOutIsRetriedAndDoesNotHoldUpAnotherOffice() throws Exception {
        receiver.answer(() -> WebhookReceiver.HANG);
        setWebhook(homon, receiver.url());
        try (WebhookReceiver healthy = new WebhookReceiver()) {
            setWebhook(kyotaku, healthy.url());
            for (int i = 1; i <= 3; i++) {
                gateway.upload(kyotaku, HOMON, "2025041509300" + i);
            }
            String id = JSON.readTree(gateway.send(homon, "GET", "/v1/inbox", null).body())
                    .path("documents").get(0).path("id").asText();
            gateway.send(homon, "GET", "/v1/documents/" + id + "/content", null);

            assertThat(JSON.readTree(healthy.next(3000).body()).path("type").asText())
                    .isEqualTo("document.downloaded");
            receiver.next(3000);
            receiver.answer(() -> 200);
            long deadline = System.currentTimeMillis() + 10_000;
            while (receiver.all.stream().filter(c -> c.eventId().equals("3")).count() < 2
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(receiver.all.stream().map(WebhookReceiver.Call::eventId)).contains("1", "2", "3");
            assertThat(receiver.all.stream().filter(c -> !c.attempt().equals("1"))).isNotEmpty();
        }
    }

    @Test
    void retriesGoOnAfterTheGatewayRestarts() throws Exception {
        receiver.answer(() -> 503);
        setWebhook(homon, receiver.url());
        gateway.upload(kyotaku, HOMON, "20250415093001");
        receiver.next(5000);
        gateway.stop();
        receiver.answer(() -> 200);
        gateway.restart();

        WebhookReceiver.Call resumed = receiver.next(5000);
        assertThat(resumed.eventId()).isEqualTo("1");
        assertThat(Integer.parseInt(resumed.attempt())).isGreaterThan(1);
    }

    @Test
    void anEventWhoseAttemptsAllFailIsADeadLetterThatCanBeSentAgain() throws Exception {
        receiver.answer(() -> 500);
        setWebhook(homon, receiver.url());
        gateway.upload(kyotaku, HOMON, "20250415093001");
        for (int i = 0; i < 4; i++) {
            receiver.next(5000);
        }
        JsonNode dead = awaitDeadLetter();
        assertThat(dead.path("eventId").asLong()).isEqualTo(1);
        assertThat(dead.path("attempts").asInt()).isEqualTo(4);
        assertThat(dead.path("lastStatus").asInt()).isEqualTo(500);
        assertThat(dead.path("type").asText()).isEqualTo("document.arrived");

        receiver.answer(() -> 200);
        HttpResponse<String> retry = gateway.send(homon, "POST", "/v1/webhook/dead-letters/1/retry", null);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(202);
        assertThat(receiver.next(5000).attempt()).isEqualTo("1");
        assertThat(gateway.send(homon, "POST", "/v1/webhook/dead-letters/1/retry", null).statusCode())
                .isEqualTo(404);
    }

    private JsonNode awaitDeadLetter() throws Exception {
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode letters = JSON.readTree(gateway.send(homon, "GET", "/v1/webhook/dead-letters", null).body())
                    .path("deadLetters");
            if (letters.size() > 0) {
                return letters.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no dead letter");
    }

    @Test
    void anInvalidWebhookIsRefusedWithEveryProblem() throws Exception {
        HttpResponse<String> bad = gateway.send(homon, "PUT", "/v1/webhook",
                "{\"url\":\"ftp://user:pw@example.test/x\",\"secret\":\"short\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("http or https").contains("credentials").contains("secret must be");
        assertThat(gateway.send(homon, "GET", "/v1/webhook", null).statusCode()).isEqualTo(404);
        assertThat(gateway.send(homon, "DELETE", "/v1/webhook", null).statusCode()).isEqualTo(404);
    }

    @Test
    void removingTheWebhookTurnsItsPendingDeliveriesIntoDeadLetters() throws Exception {
        receiver.answer(() -> 500);
        setWebhook(homon, receiver.url());
        gateway.upload(kyotaku, HOMON, "20250415093001");
        receiver.next(5000);
        assertThat(gateway.send(homon, "DELETE", "/v1/webhook", null).statusCode()).isEqualTo(204);

        JsonNode dead = awaitDeadLetter();
        assertThat(dead.path("lastError").asText()).isEqualTo("the webhook was removed");
        assertThat(gateway.send(homon, "POST", "/v1/webhook/dead-letters/1/retry", null).statusCode())
                .isEqualTo(409);
    }

    @Test
    void aNonPublicAddressIsRefusedWhenSetAndNeverCalledOnceTheOperatorForbidsIt() throws Exception {
        setWebhook(homon, receiver.url()); // allowed so far, as on a closed network
        gateway.stop();
        gateway.restart(FAST.withPrivateWebhookAddresses(false));

        for (String url : List.of(receiver.url(), "https://localhost/hook", "https://169.254.169.254/latest",
                "https://[::1]:8443/hook", "https://10.0.0.8/hook")) {
            HttpResponse<String> put = gateway.send(homon, "PUT", "/v1/webhook",
                    "{\"url\":\"" + url + "\",\"secret\":\"" + SECRET + "\"}");
            assertThat(put.statusCode()).as(url).isEqualTo(400);
            assertThat(put.body()).as(url).contains("url must point to a public internet address");
        }
        assertThat(gateway.send(homon, "GET", "/v1/webhook", null).body()).as("the earlier webhook stays")
                .contains(receiver.url());

        gateway.upload(kyotaku, HOMON, "20250415093001");
        JsonNode dead = awaitDeadLetter();
        assertThat(dead.path("attempts").asInt()).isEqualTo(4);
        assertThat(dead.path("lastError").asText()).startsWith("not called: the host 127.0.0.1 is a loopback address");
        assertThat(receiver.all).as("the receiver was never called").isEmpty();
    }
}
