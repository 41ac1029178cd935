package jp.renkei.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A gateway started for the bench as a child process: {@code java -jar renkei-gateway.jar demo} on a fresh data
 * directory (embedded SQLite store, durable commits, a free port), stopped with SIGTERM at the end. Its output goes
 * to {@code gateway.log} in the data directory.
 */
public final class GatewayProcess implements AutoCloseable {

    private static final long START_SECONDS = 180;

    private final Process process;
    private final Path dir;
    private final boolean keep;
    private final ExchangeBench.Target target;

    private GatewayProcess(Process process, Path dir, boolean keep, ExchangeBench.Target target) {
        this.process = process;
        this.dir = dir;
        this.keep = keep;
        this.target = target;
    }

    /** Starts the gateway and waits until it serves (its {@code demo.json} is written once it listens). */
    public static GatewayProcess start(Path jar, List<String> jvmOptions, boolean keep) throws IOException,
            InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " does not exist (build it: mvn -B -pl gateway -am package -DskipTests)");
        }
        Path dir = Files.createTempDirectory("renkei-bench-gateway");
        List<String> command = new ArrayList<>(List.of(javaBinary().toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "demo", "--dir", dir.toString(), "--port", "0"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("gateway.log").toFile()).start();
        try {
            ExchangeBench.Target target = awaitManifest(process, dir);
            return new GatewayProcess(process, dir, keep, new ExchangeBench.Target(target.base(), target.ca(),
                    target.operatorPkcs12(), target.operatorPassword(), process.toHandle()));
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    public ExchangeBench.Target target() {
        return target;
    }

    public long pid() {
        return process.pid();
    }

    public Path dataDirectory() {
        return dir;
    }

    /** The operator's credentials and the gateway's address, from a {@code demo.json}. */
    public static ExchangeBench.Target fromDemo(Path dir) throws IOException {
        JsonNode root = new ObjectMapper().readTree(dir.resolve("demo.json").toFile());
        JsonNode operator = root.path("operator");
        return new ExchangeBench.Target(URI.create(root.path("baseUrl").asText()),
                Path.of(root.path("caCertificate").asText()), Path.of(operator.path("pkcs12").asText()),
                operator.path("pkcs12Password").asText().toCharArray(), null);
    }

    private static ExchangeBench.Target awaitManifest(Process process, Path dir) throws IOException,
            InterruptedException {
        Path manifest = dir.resolve("demo.json");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (!Files.isRegularFile(manifest) || Files.size(manifest) == 0) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("the gateway did not start; see " + dir.resolve("gateway.log") + ":\n"
                        + tail(dir.resolve("gateway.log")));
            }
            Thread.sleep(100);
        }
        Thread.sleep(200); // written in one go, but let the writer close it
        return fromDemo(dir);
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** Stops the gateway (SIGTERM, then kill after 30 s) and removes its data directory unless asked to keep it. */
    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        if (!keep) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
