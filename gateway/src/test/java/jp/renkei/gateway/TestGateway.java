package jp.renkei.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import jp.renkei.gateway.ca.CertificateAuthority;
import jp.renkei.gateway.ca.Credentials;
import jp.renkei.gateway.ca.Enrollment;
import jp.renkei.gateway.config.GatewayConfig;
import jp.renkei.gateway.config.HttpLimits;
import jp.renkei.gateway.config.ServerConfig;
import jp.renkei.gateway.http.GatewayServer;
import jp.renkei.gateway.mailbox.Office;
import jp.renkei.gateway.store.Role;
import jp.renkei.gateway.store.JdbcStore;

/**
 * A real gateway for one test: the embedded store in a temporary directory, the CA, HTTPS on a free port, and
 * certificates made here. Clients are JDK HttpClients holding a client certificate.
 */
final class TestGateway implements AutoCloseable {

    static final String KYOTAKU = "1310000043";
    static final String HOMON = "1310000011";
    static final String TSUSHO = "1310000015";

    final Path dir;
    final GatewayConfig config;
    final JdbcStore store;
    final Enrollment enrollment;
    final GatewayServer server;

    private TestGateway(Path dir, GatewayConfig config) throws IOException, InterruptedException {
        this.dir = dir;
        this.config = config;
        this.store = JdbcStore.open(config.store(), Clock.systemUTC());
        CertificateAuthority authority = CertificateAuthority.openOrCreate(dir, config.ca(), Clock.systemUTC());
        this.enrollment = new Enrollment(authority, store.registry());
        for (Office office : DemoCommand.OFFICES) {
            store.registry().registerOffice(new Office(office.number(), office.name(), office.kinds(),
                    office.deliveryMode(), Clock.systemUTC().instant()));
        }
        this.server = GatewayServer.start(config, store, enrollment, Clock.systemUTC());
    }

    static TestGateway start(Path dir) throws IOException, InterruptedException {
        return start(dir, limits -> limits);
    }

    static TestGateway start(Path dir, java.util.function.UnaryOperator<HttpLimits> limits)
            throws IOException, InterruptedException {
        return start(dir, limits, true);
    }

    static TestGateway start(Path dir, java.util.function.UnaryOperator<HttpLimits> limits, boolean openSsl)
            throws IOException, InterruptedException {
        GatewayConfig defaults = GatewayConfig.defaults(dir);
        GatewayConfig config = defaults
                .withServer(new ServerConfig("127.0.0.1", 0, List.of(), 1, 2, 1000, openSsl))
                .withHttp(limits.apply(defaults.http()))
                .withManagement(defaults.management().withPort(0));
        return new TestGateway(dir, config);
    }

    URI uri(String path) {
        return server.baseUri().resolve(path);
    }

    Credentials issue(Role role, String name) {
        return enrollment.issueKeyPair(role, name);
    }

    HttpClient client(Credentials credentials) throws GeneralSecurityException, IOException {
        return clientWith(sslContext(credentials, enrollment.authority().certificate()));
    }

    /** A client that offers no certificate but trusts the server. */
    HttpClient anonymousClient() throws GeneralSecurityException, IOException {
        return clientWith(sslContext(null, enrollment.authority().certificate()));
    }

    static HttpClient clientWith(SSLContext context) {
        return HttpClient.newBuilder().sslContext(context).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    static SSLContext sslContext(Credentials credentials, X509Certificate trusted)
            throws GeneralSecurityException, IOException {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        if (credentials != null) {
            keys.setKeyEntry("me", credentials.key(), new char[0], new Certificate[] {credentials.certificate()});
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, new char[0]);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", trusted);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return context;
    }

    HttpResponse<String> upload(HttpClient client, String name, byte[] body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri("/v1/documents")).header("X-Renkei-File-Name", name)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every document in the store, seen from each demo office's inbox and outbox: "nothing changed" compares it. */
    String snapshot() {
        StringBuilder all = new StringBuilder();
        for (Office office : DemoCommand.OFFICES) {
            store.exchange().inbox(office.number(), 0, 1000).forEach(d -> all.append(d.id()).append(d.state()));
            store.exchange().outbox(office.number(), 0, 1000).forEach(d -> all.append(d.id()).append(d.state()));
        }
        return all.toString();
    }

    static byte[] sample() {
        return DemoCommand.sampleContent();
    }

    static String sampleName(String sequence) {
        return "DLTPLAN_202505_" + KYOTAKU + "_43_" + HOMON + "_11_" + sequence + ".CSV";
    }

    /** The {@code n}th of a series of distinct valid uploads: its own name (SEQ from n) and a one-record body. */
    static SampleUpload sampleUpload(int n) {
        return new SampleUpload(sampleName(String.format("202505%08d", n)),
                String.format("202407,131001,%010d,202505\r\n", n).getBytes(StandardCharsets.US_ASCII));
    }

    record SampleUpload(String name, byte[] body) {
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }

    static Path temp(Path parent, String name) throws IOException {
        return Files.createDirectories(parent.resolve(name));
    }
}
