package jp.renkei.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import jp.renkei.tools.bench.Enroller;
import jp.renkei.tools.bench.ExchangeBench;
import jp.renkei.tools.bench.GatewayProcess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code renkei bench exchange}: uploads per second and their latency, uploads at a fixed offered rate, and full
 * exchanges per second, beside the floor (trivial authenticated requests) measured over the same connections in the
 * same run. Starts the gateway jar as a child process on a fresh data directory unless pointed at a running one.
 * The JSON summary goes to stdout, progress to stderr; exit 3 when any request failed.
 */
@Command(name = "exchange", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Uploads/s, upload latency, exchanges/s and the floor (GET /v1/offices/{n}/s) of a gateway.")
final class BenchExchangeCommand implements Callable<Integer> {

    @Option(names = "--offices", defaultValue = "16", description = "Virtual offices N (default: ${DEFAULT-VALUE}).")
    int offices;

    @Option(names = "--documents", defaultValue = "20000",
            description = "Uploads M in the closed-loop phase (default: ${DEFAULT-VALUE}).")
    int documents;

    @Option(names = "--connections", defaultValue = "32",
            description = "Keep-alive connections C, office i%%N on connection i (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--exchanges", defaultValue = "10000", description = "Full exchanges (default: ${DEFAULT-VALUE}).")
    int exchanges;

    @Option(names = "--window", description = "Exchanges under way at once (default: 4 per connection).")
    Integer window;

    @Option(names = "--rate", defaultValue = "2000",
            description = "Offered uploads/s of the fixed-rate phase, 0 for none (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--rate-seconds", defaultValue = "5", description = "Its length (default: ${DEFAULT-VALUE}).")
    double rateSeconds;

    @Option(names = "--floor-seconds", defaultValue = "3", description = "Floor length (default: ${DEFAULT-VALUE}).")
    double floorSeconds;

    @Option(names = "--warmup", defaultValue = "30000", description = "Warm-up uploads, followed by a third as many"
            + " exchanges, so the JIT has compiled what each phase runs (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--bytes", defaultValue = "8192", description = "Document size (default: ${DEFAULT-VALUE}).")
    int bytes;

    @Option(names = "--first-office", defaultValue = "1390000001",
            description = "First virtual office number (default: ${DEFAULT-VALUE}).")
    String firstOffice;

    @Option(names = "--gateway-jar", defaultValue = "gateway/target/renkei-gateway.jar",
            description = "The gateway to start (default: ${DEFAULT-VALUE}).")
    Path gatewayJar;

    @Option(names = "--gateway-jvm", split = " ", defaultValue = "-XX:ThreadPriorityPolicy=1",
            description = "JVM options of the started gateway (default: ${DEFAULT-VALUE}, which gives the store"
                    + " writer its priority where the process may raise one, as in production).")
    List<String> gatewayJvm;

    @Option(names = "--keep-data", description = "Keep the started gateway's data directory (and its gateway.log).")
    boolean keepData;

    @Option(names = "--demo", paramLabel = "DIR", description = "A running gateway: URL, CA, operator from demo.json.")
    Path demo;

    @Option(names = "--url", description = "A running gateway's URL (with --ca and --operator-p12).")
    URI url;

    @Option(names = "--ca", description = "Its CA certificate (PEM).")
    Path ca;

    @Option(names = "--operator-p12", description = "The operator's PKCS#12 credential.")
    Path operatorP12;

    @Option(names = "--password", description = "Its password (default: pkcs12-password.txt beside it).")
    char[] password;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ExchangeBench.Settings settings = settings();
        PrintWriter err = spec.commandLine().getErr();
        ObjectNode summary;
        if (demo == null && url == null) {
            try (GatewayProcess gateway = GatewayProcess.start(gatewayJar, gatewayJvm, keepData)) {
                err.printf("gateway pid %d, data %s%n", gateway.pid(), gateway.dataDirectory());
                summary = bench(settings, gateway.target(), err).put("gatewayStarted", true);
            }
        } else {
            summary = bench(settings, target(), err).put("gatewayStarted", false);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(summary));
        out.flush();
        return failures(summary) == 0 ? 0 : RenkeiCommand.IO;
    }

    private ObjectNode bench(ExchangeBench.Settings settings, ExchangeBench.Target target, PrintWriter err)
            throws IOException, InterruptedException {
        Enroller enroller = number -> {
            EnrollCommand.Request r = EnrollCommand.request(number);
            return new Enroller.Request(r.pair().getPrivate(), r.csrPem());
        };
        return new ExchangeBench(settings, target, enroller, err).run();
    }

    private ExchangeBench.Settings settings() {
        if (!firstOffice.matches("[0-9]{10}")) {
            throw new ParameterException(spec.commandLine(), "--first-office must have 10 digits");
        }
        try {
            return new ExchangeBench.Settings(offices, documents, connections, exchanges, rate, rateSeconds,
                    floorSeconds, warmup, bytes, firstOffice, window != null ? window : 4 * connections);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private ExchangeBench.Target target() throws IOException {
        if (demo != null) {
            return GatewayProcess.fromDemo(demo);
        }
        if (ca == null || operatorP12 == null) {
            throw new ParameterException(spec.commandLine(), "--url needs --ca and --operator-p12");
        }
        char[] secret = password != null ? password : Files.readString(operatorP12.toAbsolutePath()
                .resolveSibling(ConnectionOptions.PASSWORD_FILE)).strip().toCharArray();
        return new ExchangeBench.Target(url, ca, operatorP12, secret, null);
    }

    private static long failures(ObjectNode summary) {
        return summary.path("floor").path("failed").asLong() + summary.path("uploads").path("failed").asLong()
                + summary.path("fixedRate").path("failed").asLong() + summary.path("exchanges").path("failed").asLong();
    }
}
