package jp.renkei.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import jp.renkei.gateway.ca.CertificateAuthority;
import jp.renkei.gateway.ca.Credentials;
import jp.renkei.gateway.ca.Enrollment;
import jp.renkei.gateway.config.CaConfig;
import jp.renkei.gateway.config.GatewayConfig;
import jp.renkei.gateway.mailbox.Office;
import jp.renkei.gateway.store.DatabaseUrl;
import jp.renkei.gateway.store.JdbcStore;
import jp.renkei.gateway.store.Role;
import jp.renkei.gateway.store.Store;
import jp.renkei.gateway.store.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several gateway processes ({@code serve --config}, each its own JVM) on one PostgreSQL database and one data
 * directory (the CA and the payload key shared): events and downloads across nodes, revocation and registration
 * seen by every node, racing duplicate uploads, one node killed with SIGKILL under load, and periodic jobs
 * (webhook deliveries, certificate notices) done once however many nodes run them. Skipped where no PostgreSQL
 * server is reachable (a failure in CI).
 */
class MultiNodeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private DatabaseUrl url;
    private X509Certificate ca;
    private Credentials kyotaku;
    private Credentials homon;
    private Credentials tsusho;
    private Credentials operator;
    private final List<Process> nodes = new ArrayList<>();

    @BeforeEach
    void prepare() throws IOException {
        TestDatabase.POSTGRESQL.assumeAvailable();
        url = TestDatabase.freshSchema();
        GatewayConfig config = config();
        try (JdbcStore store = JdbcStore.open(config.store(), Clock.systemUTC())) {
            for (Office office : DemoCommand.OFFICES) {
                store.registry().registerOffice(new Office(office.number(), office.name(), office.kinds(),
                        office.deliveryMode(), Clock.systemUTC().instant()));
            }
            CertificateAuthority authority = CertificateAuthority.openOrCreate(dir, config.ca(), Clock.systemUTC());
            Enrollment enrollment = new Enrollment(authority, store.registry());
            ca = authority.certificate();
            kyotaku = enrollment.issueKeyPair(Role.OFFICE, TestGateway.KYOTAKU);
            homon = enrollment.issueKeyPair(Role.OFFICE, TestGateway.HOMON);
            operator = enrollment.issueKeyPair(Role.OPERATOR, "operator");
            // valid for a day only: every node's notice job finds it inside the 7-day warning
            CaConfig shortLived = new CaConfig(config.ca().caValidity(), config.ca().serverValidity(),
                    Duration.ofDays(1));
            tsusho = new Enrollment(CertificateAuthority.openOrCreate(dir, shortLived, Clock.systemUTC()),
                    store.registry()).issueKeyPair(Role.OFFICE, TestGateway.TSUSHO);
        }
    }

    @AfterEach
    void stopNodes() throws InterruptedException {
        for (Process node : nodes) {
            node.destroyForcibly().waitFor();
        }
    }

    private GatewayConfig config() {
        GatewayConfig defaults = GatewayConfig.defaults(dir);
        return defaults.withStore(defaults.store().withUrl(Optional.of(url)));
    }

    @Test
    @Timeout(120)
    void eventsDownloadsRevocationAndRegistrationCrossNodes() throws Exception {
        List<String> urls = startNodes(2);
        String a = urls.get(0);
        String b = urls.get(1);
        HttpClient sender = client(kyotaku);
        HttpClient recipient = client(homon);

        try (SseClient arrivals = SseClient.open(recipient, URI.create(b + "/v1/events"), null);
             SseClient receipts = SseClient.open(sender, URI.create(a + "/v1/events"), null)) {
            long sent = System.nanoTime();
            HttpResponse<String> upload = upload(sender, a, TestGateway.sampleName("20250501090000"),
                    TestGateway.sample());
            assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
            String id = JSON.readTree(upload.body()).path("id").asText();

            SseClient.SseEvent arrived = arrivals.take(1, 10_000).get(0);
            long millis = (System.nanoTime() - sent) / 1_000_000;
            System.out.println("upload on node A to arrival event on node B: " + millis + " ms");
            assertThat(arrived.type()).isEqualTo("document.arrived");
            assertThat(JSON.readTree(arrived.data()).path("documentId").asText()).isEqualTo(id);

            HttpResponse<byte[]> content = recipient.send(HttpRequest.newBuilder(
                    URI.create(b + "/v1/documents/" + id + "/content")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(content.statusCode()).isEqualTo(200);
            assertThat(content.body()).isEqualTo(TestGateway.sample());
            HttpResponse<String> receipt = send(recipient, "POST", b + "/v1/documents/" + id + "/receipt",
                    "{\"outcome\":\"imported\"}");
            assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(200);

            assertThat(receipts.take(2, 10_000)).extracting(SseClient.SseEvent::type)
                    .containsExactly("document.downloaded", "document.receipted");
        }

        HttpClient office = client(tsusho);
        assertThat(send(office, "GET", b + "/v1/inbox", null).statusCode()).isEqualTo(200);
        HttpResponse<String> revoked = send(client(operator), "DELETE", a + "/v1/admin/offices/" + TestGateway.TSUSHO
                + "/certificates/" + tsusho.issued().serial(), null);
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        HttpResponse<String> refused = send(office, "GET", b + "/v1/inbox", null);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("certificate_revoked");

        HttpResponse<String> registered = send(client(operator), "POST", a + "/v1/admin/offices",
                "{\"number\":\"1330000011\",\"name\":\"新しい訪問介護\",\"kinds\":[\"11\"],\"deliveryMode\":\"car\"}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        HttpResponse<String> found = send(sender, "GET", b + "/v1/offices/1330000011", null);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(found.body()).contains("新しい訪問介護");
    }

    @Test
    @Timeout(120)
    void streamsOnEitherNodeGetEveryEventOnceAndAboutAsSoon() throws Exception {
        List<String> urls = startNodes(2);
        HttpClient sender = client(kyotaku);
        HttpClient recipient = client(homon);
        int documents = 60;
        try (SseClient sameNode = SseClient.open(recipient, URI.create(urls.get(0) + "/v1/events"), null);
             SseClient otherNode = SseClient.open(recipient, URI.create(urls.get(1) + "/v1/events"), null)) {
            long[] same = new long[documents];
            long[] other = new long[documents];
            for (int n = 0; n < documents; n++) {
                HttpResponse<String> r = upload(sender, urls.get(0),
                        TestGateway.sampleName(String.format("202505%08d", n)), TestGateway.sample());
                assertThat(r.statusCode()).isEqualTo(201);
                same[n] = lag(sameNode.take(1, 10_000).get(0), n + 1);
                other[n] = lag(otherNode.take(1, 10_000).get(0), n + 1);
                Thread.sleep(20);
            }
            assertThat(sameNode.events.poll(1, TimeUnit.SECONDS)).as("nothing more on node A").isNull();
            assertThat(otherNode.events).as("nothing more on node B").isEmpty();
            java.util.Arrays.sort(same);
            java.util.Arrays.sort(other);
            System.out.printf("event time to arrival, %d events: stream on the uploading node p50 %d ms, p99 %d ms;"
                    + " stream on the other node p50 %d ms, p99 %d ms%n", documents, same[documents / 2],
                    same[documents * 99 / 100], other[documents / 2], other[documents * 99 / 100]);
        }
    }

    /** Milliseconds from the event's time (taken before its transaction) to its arrival; checks it is the one due. */
    private static long lag(SseClient.SseEvent event, long expectedId) throws IOException {
        long arrived = event.receivedAt();
        assertThat(event.id()).isEqualTo(expectedId);
        assertThat(event.type()).isEqualTo("document.arrived");
        return arrived - java.time.Instant.parse(JSON.readTree(event.data()).path("time").asText()).toEpochMilli();
    }

    @Test
    @Timeout(120)
    void racingDuplicateUploadsOnTwoNodesMakeOneDocument() throws Exception {
        List<String> urls = startNodes(2);
        HttpClient sender = client(kyotaku);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<String, Set<String>> idsByName = new HashMap<>();
        List<Integer> statuses = new ArrayList<>();
        try {
            for (int n = 0; n < 25; n++) {
                String name = TestGateway.sampleName(String.format("202505%08d", n));
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (String node : urls) {
                    answers.add(pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return upload(sender, node, name, TestGateway.sample());
                    }));
                }
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> r = answer.get(30, TimeUnit.SECONDS);
                    statuses.add(r.statusCode());
                    idsByName.computeIfAbsent(name, k -> new HashSet<>())
                            .add(JSON.readTree(r.body()).path("id").asText());
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses).containsOnly(200, 201);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(25);
        assertThat(idsByName.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        assertThat(outbox(sender, urls.get(1))).hasSize(25);
    }

    @Test
    @Timeout(180)
    void aNodeKilledUnderLoadLosesNoAcknowledgedUploadAndTheOthersKeepServing() throws Exception {
        List<String> urls = startNodes(3);
        HttpClient sender = client(kyotaku);
        Map<String, byte[]> attempted = new ConcurrentHashMap<>();
        Map<String, byte[]> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger afterKill = new AtomicInteger();
        AtomicInteger sequence = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        Process victim = nodes.get(1);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        for (int c = 0; c < 6; c++) {
            String node = urls.get(c % 3);
            clients.execute(() -> {
                while (!stop.get()) {
                    TestGateway.SampleUpload next = TestGateway.sampleUpload(sequence.incrementAndGet());
                    String name = next.name();
                    byte[] body = next.body();
                    attempted.put(name, body);
                    try {
                        HttpResponse<String> answer = upload(sender, node, name, body);
                        if (answer.statusCode() == 201) {
                            acknowledged.put(name, body);
                            if (!victim.isAlive()) {
                                afterKill.incrementAndGet();
                            }
                        }
                    } catch (IOException e) {
                        if (victim.isAlive()) {
                            throw new IllegalStateException("a live node failed a request", e);
                        }
                        return;  // this client spoke to the killed node
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        awaitCount(acknowledged, 30);
        victim.destroyForcibly().waitFor();
        awaitCount(acknowledged, acknowledged.size() + 30);
        stop.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(afterKill.get()).as("uploads accepted by the surviving nodes after the kill").isPositive();
        // a new client for the checks: the loaders' client has been through the killed node's broken connections
        HttpClient checker = client(kyotaku);
        Map<String, String> stored = outbox(checker, urls.get(0));
        assertThat(stored.keySet()).containsAll(acknowledged.keySet());
        assertThat(attempted.keySet()).containsAll(stored.keySet());
        for (Map.Entry<String, String> document : stored.entrySet()) {
            HttpResponse<byte[]> content = checker.send(HttpRequest.newBuilder(URI.create(urls.get(2)
                    + "/v1/documents/" + document.getValue() + "/content")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(content.body()).as(document.getKey()).isEqualTo(attempted.get(document.getKey()));
        }
        System.out.println("SIGKILL test: " + acknowledged.size() + " uploads acknowledged, " + afterKill.get()
                + " of them after the kill; " + stored.size() + " stored");
        try (Store store = JdbcStore.open(config().store(), Clock.systemUTC())) {
            assertThat(store.verifyAudit().intact()).isTrue();
        }
    }

    @Test
    @Timeout(120)
    void periodicJobsRunOnceWhicheverNodeRunsThem() throws Exception {
        List<String> urls = startNodes(2);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            HttpClient recipient = client(homon);
            HttpResponse<String> put = send(recipient, "PUT", urls.get(0) + "/v1/webhook",
                    "{\"url\":\"" + receiver.url() + "\",\"secret\":\"" + "s".repeat(32) + "\"}");
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
            HttpClient sender = client(kyotaku);
            int documents = 30;
            for (int n = 0; n < documents; n++) {
                HttpResponse<String> r = upload(sender, urls.get(n % 2),
                        TestGateway.sampleName(String.format("202505%08d", n)), TestGateway.sample());
                assertThat(r.statusCode()).isEqualTo(201);
            }
            Set<String> delivered = new HashSet<>();
            while (delivered.size() < documents) {
                delivered.add(receiver.next(15_000).eventId());
            }
            Thread.sleep(2000);  // both nodes' schedulers poll every second: a second delivery would come by now
            assertThat(receiver.all).hasSize(documents);
        }

        JsonNode events = JSON.readTree(send(client(tsusho), "GET", urls.get(1) + "/v1/events?after=0",
                null, "application/json").body());
        List<String> notices = new ArrayList<>();
        events.path("events").forEach(e -> notices.add(e.path("type").asText()));
        assertThat(notices).as("both nodes ran the notice job at start").containsExactly("certificate.expiring");
    }

    private static void awaitCount(Map<String, byte[]> map, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (map.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(map).as("uploads acknowledged in time").hasSizeGreaterThanOrEqualTo(count);
    }

    private List<String> startNodes(int count) throws IOException {
        List<Process> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            started.add(startNode(i));
        }
        nodes.addAll(started);
        List<String> urls = new ArrayList<>();
        for (Process node : started) {
            urls.add(ChildGateway.baseUrl(node));
        }
        return urls;
    }

    private Process startNode(int i) throws IOException {
        Path properties = dir.resolve("node-" + i + ".properties");
        Files.writeString(properties, "data.dir=" + dir + "\nserver.host=127.0.0.1\nserver.port=0\n"
                + "management.enabled=false\ndb.threads=4\nnotify.webhook-private-addresses=true\nstore.url=" + url
                + "\n");
        return ChildGateway.start(properties);
    }

    private HttpClient client(Credentials credentials) throws Exception {
        return TestGateway.clientWith(TestGateway.sslContext(credentials, ca));
    }

    private static HttpResponse<String> upload(HttpClient client, String node, String name, byte[] body)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(node + "/v1/documents"))
                .header("X-Renkei-File-Name", name).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(HttpClient client, String method, String uri, String body)
            throws IOException, InterruptedException {
        return send(client, method, uri, body, "*/*");
    }

    private static HttpResponse<String> send(HttpClient client, String method, String uri, String body,
            String accept) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", accept)
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every document the sender sent, file name to id, read page by page. */
    private static Map<String, String> outbox(HttpClient client, String node) throws Exception {
        Map<String, String> stored = new HashMap<>();
        long after = 0;
        while (true) {
            JsonNode page = JSON.readTree(send(client, "GET", node + "/v1/outbox?limit=1000&after=" + after, null)
                    .body());
            if (page.path("documents").isEmpty()) {
                return stored;
            }
            page.path("documents").forEach(d -> stored.put(d.path("fileName").asText(), d.path("id").asText()));
            after = page.path("next").asLong();
        }
    }
}
