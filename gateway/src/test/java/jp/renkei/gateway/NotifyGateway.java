package jp.renkei.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.renkei.gateway.ca.CertificateAuthority;
import jp.renkei.gateway.ca.Credentials;
import jp.renkei.gateway.ca.Enrollment;
import jp.renkei.gateway.config.GatewayConfig;
import jp.renkei.gateway.config.ServerConfig;
import jp.renkei.gateway.http.GatewayServer;
import jp.renkei.gateway.mailbox.Office;
import jp.renkei.gateway.notify.NotifyConfig;
import jp.renkei.gateway.store.Role;
import jp.renkei.gateway.store.JdbcStore;

/**
 * A real gateway for the notification tests, with its own notify settings (short heartbeats and retries), that can
 * be stopped and started again on the same data directory. Clients hold real client certificates.
 */
final class NotifyGateway implements AutoCloseable {

    static final String KYOTAKU = TestGateway.KYOTAKU;
    static final String HOMON = TestGateway.HOMON;
    static final String TSUSHO = TestGateway.TSUSHO;

    final Path dir;
    GatewayConfig config;
    private final Map<String, Credentials> credentials = new HashMap<>();
    JdbcStore store;
    Enrollment enrollment;
    GatewayServer server;
    private int port;

    private NotifyGateway(Path dir, NotifyConfig notify) {
        this.dir = dir;
        GatewayConfig defaults = GatewayConfig.defaults(dir);
        this.config = defaults.withServer(new ServerConfig("127.0.0.1", 0, List.of(), 1, 2, 20_000, true))
                .withManagement(defaults.management().withPort(0)).withNotifications(notify);
    }

    static NotifyGateway start(Path dir, NotifyConfig notify) throws IOException, InterruptedException {
        NotifyGateway gateway = new NotifyGateway(dir, notify);
        gateway.open();
        for (Office office : DemoCommand.OFFICES) {
            gateway.store.registry().registerOffice(new Office(office.number(), office.name(), office.kinds(),
                    office.deliveryMode(), Clock.systemUTC().instant()));
        }
        return gateway;
    }

    /** Stops the server and the store, as a process exit would (the data directory stays). */
    void stop() {
        server.close();
        store.close();
    }

    /** Starts again on the same directory and the same port, so clients keep their URIs. */
    void restart() throws IOException, InterruptedException {
        open();
    }

    /** Starts again as {@link #restart()} does, with other notify settings (an operator's change). */
    void restart(NotifyConfig notify) throws IOException, InterruptedException {
        config = config.withNotifications(notify);
        open();
    }

    private void open() throws IOException, InterruptedException {
        store = JdbcStore.open(config.store(), Clock.systemUTC());
        CertificateAuthority authority = CertificateAuthority.openOrCreate(dir, config.ca(), Clock.systemUTC());
        enrollment = new Enrollment(authority, store.registry());
        GatewayConfig c = port == 0 ? config
                : config.withServer(new ServerConfig("127.0.0.1", port, List.of(), 1, 2, 20_000, true));
        server = GatewayServer.start(c, store, enrollment, Clock.systemUTC());
        port = server.port();
    }

    URI uri(String path) {
        return server.baseUri().resolve(path);
    }

    Credentials credentials(String office) {
        return credentials.computeIfAbsent(office, o -> enrollment.issueKeyPair(Role.OFFICE, o));
    }

    HttpClient client(String office) throws GeneralSecurityException, IOException {
        return TestGateway.clientWith(TestGateway.sslContext(credentials(office),
                enrollment.authority().certificate()));
    }

    /** Uploads a plan from the care-management office to {@code recipient}; returns the document id. */
    String upload(HttpClient sender, String recipient, String sequence) throws IOException, InterruptedException {
        String kind = recipient.equals(HOMON) ? "11" : "15";
        String name = "DLTPLAN_202505_" + KYOTAKU + "_43_" + recipient + "_" + kind + "_" + sequence + ".CSV";
        HttpResponse<String> r = sender.send(HttpRequest.newBuilder(uri("/v1/documents"))
                .header("X-Renkei-File-Name", name).POST(HttpRequest.BodyPublishers.ofByteArray(TestGateway.sample()))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("upload answered " + r.statusCode() + ": " + r.body());
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).path("id").asText();
    }

    HttpResponse<String> send(HttpClient client, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return client.send(HttpRequest.newBuilder(uri(path)).method(method, publisher)
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        stop();
    }
}
