package jp.renkei.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.renkei.tools.client.RenkeiClient;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How the commands that talk to a gateway reach it: the URL, the office's credential (PKCS#12, or PEM certificate
 * and key) and the CA to trust, given one by one or taken from a demo directory's {@code demo.json}. Options given
 * explicitly win over the demo's values.
 */
final class ConnectionOptions {

    static final String PASSWORD_FILE = "pkcs12-password.txt";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", description = "The gateway, e.g. https://renkei.example:8443.")
    String url;

    @Option(names = "--p12", paramLabel = "FILE", description = "The office's PKCS#12 key and certificate.")
    Path p12;

    @Option(names = "--password", paramLabel = "PASSWORD", interactive = true, arity = "0..1",
            description = "The PKCS#12 password (default: read from pkcs12-password.txt beside the file).")
    char[] password;

    @Option(names = "--cert", paramLabel = "FILE", description = "The office's certificate (PEM), with --key.")
    Path cert;

    @Option(names = "--key", paramLabel = "FILE", description = "The office's private key (PEM, PKCS#8).")
    Path key;

    @Option(names = "--ca", paramLabel = "FILE", description = "The Renkei CA certificate (PEM) to trust.")
    Path ca;

    @Option(names = "--demo", paramLabel = "DIR", description = "Take URL, CA and credential from DIR/demo.json.")
    Path demo;

    @Option(names = "--office", paramLabel = "NUMBER",
            description = "With --demo: the office to act as (default: the demo's first office).")
    String office;

    /** The office number in use, when known (from --office or the demo), else null. */
    String officeNumber() {
        return office;
    }

    RenkeiClient client() throws IOException {
        if (demo != null) {
            applyDemo();
        }
        check();
        RenkeiClient.Builder builder = RenkeiClient.builder(URI.create(url)).trust(ca);
        if (p12 != null) {
            builder.pkcs12(p12, password != null ? password : passwordBeside(p12));
        } else {
            builder.pem(cert, key);
        }
        return builder.build();
    }

    private void check() {
        StringBuilder missing = new StringBuilder();
        if (url == null) {
            missing.append(" --url");
        }
        if (ca == null) {
            missing.append(" --ca");
        }
        if (p12 == null && (cert == null || key == null)) {
            missing.append(" --p12 (or --cert and --key)");
        }
        if (missing.length() > 0) {
            throw new ParameterException(spec.commandLine(), "missing" + missing + " (or --demo DIR)");
        }
    }

    private void applyDemo() throws IOException {
        Path manifest = demo.resolve("demo.json");
        if (!Files.isRegularFile(manifest)) {
            throw new ParameterException(spec.commandLine(), "--demo: " + manifest + " does not exist");
        }
        JsonNode root = new ObjectMapper().readTree(manifest.toFile());
        JsonNode holder = holder(root);
        url = url != null ? url : root.path("baseUrl").asText(null);
        ca = ca != null ? ca : path(root, "caCertificate");
        if (p12 == null && cert == null) {
            p12 = path(holder, "pkcs12");
            password = password != null ? password : holder.path("pkcs12Password").asText("").toCharArray();
        }
        office = holder.path("number").asText(office);
    }

    private JsonNode holder(JsonNode root) {
        for (JsonNode candidate : root.path("offices")) {
            if (office == null || office.equals(candidate.path("number").asText())) {
                return candidate;
            }
        }
        throw new ParameterException(spec.commandLine(), "--office " + office + " is not one of the demo's offices");
    }

    private static Path path(JsonNode node, String field) {
        return node.hasNonNull(field) ? Path.of(node.get(field).asText()) : null;
    }

    private char[] passwordBeside(Path file) throws IOException {
        Path beside = file.toAbsolutePath().resolveSibling(PASSWORD_FILE);
        if (!Files.isRegularFile(beside)) {
            throw new ParameterException(spec.commandLine(), "--password is required (no " + beside + ")");
        }
        return Files.readString(beside).strip().toCharArray();
    }
}
