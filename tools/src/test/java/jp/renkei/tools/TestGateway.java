package jp.renkei.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import jp.renkei.gateway.ca.CertificateAuthority;
import jp.renkei.gateway.ca.Credentials;
import jp.renkei.gateway.ca.Enrollment;
import jp.renkei.gateway.config.GatewayConfig;
import jp.renkei.gateway.config.ManagementConfig;
import jp.renkei.gateway.http.GatewayServer;
import jp.renkei.gateway.mailbox.Office;
import jp.renkei.gateway.store.Role;
import jp.renkei.gateway.store.JdbcStore;
import jp.renkei.tools.client.RenkeiClient;
import jp.renkei.tools.client.RetryPolicy;

/**
 * The real gateway, in-process on a free loopback port, with its store and CA in a test directory. It can be
 * stopped and started again on the same port and data (a restart), and mints office credentials into directories
 * the way {@code office add} does.
 */
public final class TestGateway implements AutoCloseable {

    public static final String PASSWORD = "test-password";

    private final Path dataDir;
    private final Clock clock = Clock.systemUTC();
    private GatewayConfig config;
    private JdbcStore store;
    private Enrollment enrollment;
    private GatewayServer server;

    private TestGateway(Path dataDir) {
        this.dataDir = dataDir;
        GatewayConfig defaults = GatewayConfig.defaults(dataDir);
        this.config = defaults.withServer(defaults.server().withPort(0))
                .withManagement(new ManagementConfig(false, "127.0.0.1", 0));
    }

    private static TestGateway shared;

    /**
     * One gateway for every test class that needs no restart of its own, started once per test JVM: starting one
     * (CA, store, TLS, validator tables) costs seconds on a loaded machine. Classes use distinct sequences.
     */
    public static synchronized TestGateway shared() throws IOException, InterruptedException {
        if (shared == null) {
            Path dir = java.nio.file.Files.createTempDirectory("renkei-tools-test");
            shared = start(dir);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    public static TestGateway start(Path dataDir) throws IOException, InterruptedException {
        TestGateway gateway = new TestGateway(dataDir);
        gateway.open();
        gateway.config = gateway.config.withServer(gateway.config.server().withPort(gateway.server.port()));
        return gateway;
    }

    private void open() throws IOException, InterruptedException {
        store = JdbcStore.open(config.store(), clock);
        enrollment = new Enrollment(CertificateAuthority.openOrCreate(dataDir, config.ca(), clock), store.registry());
        server = GatewayServer.start(config, store, enrollment, clock);
    }

    /** Stops the server and its store, as a crash-free shutdown would; {@link #restart} brings them back. */
    public void stop() {
        if (server != null) {
            server.close();
            store.close();
            server = null;
        }
    }

    /** Starts again on the same port with the same data. */
    public void restart() throws IOException, InterruptedException {
        stop();
        open();
    }

    public int port() {
        return config.server().port();
    }

    public String url() {
        return "https://localhost:" + port();
    }

    public Path caFile() {
        return enrollment.authority().certificateFile();
    }

    /** Registers an office and writes its credentials (cert.pem, key.pem, cert.p12) into {@code dir}. */
    public Path office(String number, String kind, Path dir) throws IOException {
        store.registry().registerOffice(new Office(number, "事業所" + number, List.of(kind), "car", clock.instant()));
        Credentials credentials = enrollment.issueKeyPair(Role.OFFICE, number);
        credentials.write(dir, enrollment.authority().certificate(), PASSWORD);
        return dir;
    }

    /** Writes operator credentials (cert.p12 and the rest, as for an office) into {@code dir}. */
    public Path operator(Path dir) throws IOException {
        Credentials credentials = enrollment.issueKeyPair(Role.OPERATOR, "operator");
        credentials.write(dir, enrollment.authority().certificate(), PASSWORD);
        return dir;
    }

    /** Registers an office and signs its CSR as the operator API does; writes the certificate to {@code out}. */
    public Path signCsr(String number, String kind, String csrPem, Path out) throws Exception {
        // The gateway reads a CSR's key through the JCA by OID, which finds EC only with Bouncy Castle registered
        // (reported: Enrollment should use JcaPEMKeyConverter). Until fixed, register it as a gateway would need to.
        java.security.Security.addProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider());
        store.registry().registerOffice(new Office(number, "事業所" + number, List.of(kind), "none", clock.instant()));
        java.nio.file.Files.writeString(out, enrollment.issueFromCsr(Role.OFFICE, number, csrPem).pem());
        return out;
    }

    /** A client for the office whose credentials are in {@code dir}, with quick retries for tests. */
    public RenkeiClient client(Path dir) throws IOException {
        return client(dir, url());
    }

    /** A client for the office whose credentials are in {@code dir}, reaching the gateway at {@code url}. */
    public RenkeiClient client(Path dir, String url) throws IOException {
        return RenkeiClient.builder(java.net.URI.create(url))
                .pkcs12(dir.resolve(Credentials.PKCS12), PASSWORD.toCharArray()).trust(caFile())
                .retry(new RetryPolicy(4, java.time.Duration.ofMillis(50), java.time.Duration.ofMillis(400)))
                .build();
    }

    @Override
    public void close() {
        stop();
    }
}
