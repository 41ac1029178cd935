package jp.renkei.gateway;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import jp.renkei.gateway.config.GatewayConfig;
import jp.renkei.gateway.config.ServerConfig;
import jp.renkei.gateway.http.GatewayServer;
import jp.renkei.gateway.mailbox.Office;
import jp.renkei.gateway.store.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo --dir DIR}: a gateway with three demo offices, their credentials, a sample file and a ready-to-paste
 * {@code curl} upload. Everything made on the first run is reused by the next on the same directory.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start a demo gateway on the embedded store in DIR with three offices (居宅 kind 43,"
                + " 訪問介護 kind 11, 通所介護 kind 15), write DIR/demo.json and print a curl upload.")
final class DemoCommand implements Callable<Integer> {

    static final List<Office> OFFICES = List.of(
            new Office("1310000043", "連携デモ居宅介護支援事業所", List.of("43"), "car", null),
            new Office("1310000011", "連携デモ訪問介護事業所", List.of("11"), "transit", null),
            new Office("1310000015", "連携デモ通所介護事業所", List.of("15"), "none", null));

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The demo's data directory.")
    Path dir;

    @Option(names = "--port", defaultValue = "8443", description = "The HTTPS port (default 8443; 0 picks one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "The address to bind (default 127.0.0.1).")
    String host;

    @Option(names = "--management-port", defaultValue = "0",
            description = "The loopback management port (default 0: a free one, printed).")
    int managementPort;

    @Mixin
    StoreOption store;

    @Option(names = "--once", description = "Set up and start, print, then stop at once (a smoke test).")
    boolean once;

    @Override
    public Integer call() throws Exception {
        GatewayConfig defaults = GatewayConfig.defaults(dir);
        GatewayConfig config = store.apply(defaults)
                .withServer(new ServerConfig(host, port, List.of(), 1, 0, 1000, true))
                .withManagement(defaults.management().withPort(managementPort))
                // a trial runs on one machine: its webhook receiver is usually on localhost too
                .withNotifications(defaults.notifications().withPrivateWebhookAddresses(true));
        Clock clock = Clock.systemUTC();
        GatewayHome home = GatewayHome.open(config, clock);
        GatewayServer server;
        try {
            List<DemoManifest.Holder> holders = prepare(home, clock);
            server = GatewayServer.start(config, home.store(), home.enrollment(), clock);
            DemoManifest manifest = new DemoManifest(dir, server.baseUri().toString(), home.caCertificate(), holders);
            manifest.write();
            announce(server, manifest);
        } catch (Exception e) {
            home.close();
            throw e;
        }
        if (once) {
            server.close();
            home.close();
        } else {
            Serving.untilShutdown(server, home);
        }
        return 0;
    }

    private static List<DemoManifest.Holder> prepare(GatewayHome home, Clock clock) throws IOException {
        List<DemoManifest.Holder> holders = new ArrayList<>();
        for (Office office : OFFICES) {
            Office registered = home.registerOffice(new Office(office.number(), office.name(), office.kinds(),
                    office.deliveryMode(), clock.instant()));
            holders.add(new DemoManifest.Holder(registered, home.officeCredentials(office.number())));
        }
        holders.add(new DemoManifest.Holder(null, home.roleCredentials(Role.OPERATOR)));
        return holders;
    }

    private void announce(GatewayServer server, DemoManifest manifest) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Serving.announce(out, server);
        out.println("demo offices, credentials and URLs: " + manifest.file());
        out.println();
        out.println("Upload the sample plan deletion from the 居宅 to the 訪問介護 office:");
        out.println("  " + manifest.uploadCurl());
        out.println("Read the 訪問介護 office's inbox:");
        out.println("  " + manifest.inboxCurl());
        out.flush();
    }

    static String sample(String from, String to) {
        return "DLTPLAN_202505_" + from + "_43_" + to + "_11_20250501090000.CSV";
    }

    static byte[] sampleContent() {
        return "202407,131001,0000012345,202505\r\n".getBytes(StandardCharsets.US_ASCII);
    }

    static Path writeSample(Path dir) throws IOException {
        Path file = dir.resolve(sample(OFFICES.get(0).number(), OFFICES.get(1).number()));
        Files.write(file, sampleContent());
        return file;
    }
}
