package jp.renkei.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.renkei.gateway.ca.CertificateAuthority;
import jp.renkei.gateway.ca.Credentials;
import jp.renkei.gateway.ca.Enrollment;
import jp.renkei.gateway.config.GatewayConfig;
import jp.renkei.gateway.mailbox.Office;
import jp.renkei.gateway.store.Role;
import jp.renkei.gateway.store.JdbcStore;
import jp.renkei.gateway.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the gateway process with SIGKILL while many clients upload, restarts it on the same directory, and checks
 * that every upload answered 201 is there byte for byte, and that nothing is there that was not sent.
 */
class DurabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLIENTS = 8;

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void keepsEveryAcknowledgedUploadAcrossASigkill() throws Exception {
        Credentials sender = prepare();
        HttpClient client = TestGateway.clientWith(TestGateway.sslContext(sender, caCertificate()));
        Map<String, byte[]> attempted = new ConcurrentHashMap<>();
        Map<String, byte[]> acknowledged = new ConcurrentHashMap<>();

        Process first = startGateway();
        String base = ChildGateway.baseUrl(first);
        uploadUntilKilled(client, base, first, attempted, acknowledged);
        assertThat(acknowledged).hasSizeGreaterThan(10);

        Process second = startGateway();
        String again = ChildGateway.baseUrl(second);
        Map<String, String> stored = outbox(client, again);
        assertThat(stored.keySet()).containsAll(acknowledged.keySet());
        assertThat(attempted.keySet()).containsAll(stored.keySet());
        for (Map.Entry<String, String> document : stored.entrySet()) {
            byte[] content = client.send(HttpRequest.newBuilder(java.net.URI.create(again + "/v1/documents/"
                    + document.getValue() + "/content")).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
            assertThat(content).as(document.getKey()).isEqualTo(attempted.get(document.getKey()));
        }
        second.destroyForcibly().waitFor();
        try (Store store = JdbcStore.open(GatewayConfig.defaults(dir).store(), Clock.systemUTC())) {
            assertThat(store.verifyAudit().intact()).isTrue();
        }
    }

    private void uploadUntilKilled(HttpClient client, String base, Process gateway, Map<String, byte[]> attempted,
            Map<String, byte[]> acknowledged) throws InterruptedException {
        AtomicInteger sequence = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(40);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.execute(() -> {
                while (gateway.isAlive()) {
                    TestGateway.SampleUpload next = TestGateway.sampleUpload(sequence.incrementAndGet());
                    String name = next.name();
                    byte[] body = next.body();
                    attempted.put(name, body);
                    try {
                        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(java.net.URI.create(
                                base + "/v1/documents")).header("X-Renkei-File-Name", name)
                                .timeout(Duration.ofSeconds(10))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() == 201) {
                            acknowledged.put(name, body);
                            enough.countDown();
                        }
                    } catch (IOException | InterruptedException e) {
                        return;
                    }
                }
            });
        }
        enough.await(60, TimeUnit.SECONDS);
        gateway.destroyForcibly().waitFor();
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.SECONDS);
    }

    private Map<String, String> outbox(HttpClient client, String base) throws Exception {
        Map<String, String> stored = new ConcurrentHashMap<>();
        long after = 0;
        while (true) {
            JsonNode page = JSON.readTree(client.send(HttpRequest.newBuilder(java.net.URI.create(
                    base + "/v1/outbox?limit=1000&after=" + after)).build(), HttpResponse.BodyHandlers.ofString())
                    .body());
            if (page.path("documents").isEmpty()) {
                return stored;
            }
            page.path("documents").forEach(d -> stored.put(d.path("fileName").asText(), d.path("id").asText()));
            after = page.path("next").asLong();
        }
    }

    private Credentials prepare() throws IOException {
        GatewayConfig config = GatewayConfig.defaults(dir);
        try (JdbcStore store = JdbcStore.open(config.store(), Clock.systemUTC())) {
            for (Office office : DemoCommand.OFFICES) {
                store.registry().registerOffice(new Office(office.number(), office.name(), office.kinds(),
                        office.deliveryMode(), Clock.systemUTC().instant()));
            }
            CertificateAuthority authority = CertificateAuthority.openOrCreate(dir, config.ca(), Clock.systemUTC());
            return new Enrollment(authority, store.registry()).issueKeyPair(Role.OFFICE, TestGateway.KYOTAKU);
        }
    }

    private java.security.cert.X509Certificate caCertificate() throws IOException {
        return CertificateAuthority.openOrCreate(dir, GatewayConfig.defaults(dir).ca(), Clock.systemUTC())
                .certificate();
    }

    private Process startGateway() throws IOException {
        Path properties = dir.resolve("gateway.properties");
        Files.writeString(properties, "data.dir=" + dir + "\nserver.host=127.0.0.1\nserver.port=0\n"
                + "management.enabled=false\ndb.threads=4\n");
        return ChildGateway.start(properties);
    }

}
