package jp.renkei.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.renkei.gateway.ca.Credentials;
import jp.renkei.gateway.store.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gateway driven by curl, as the demo tells a newcomer to: PEM credentials, upload, inbox, download. */
class CurlTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void uploadsWithCurlAndDownloadsTheSameBytesWithCurl() throws Exception {
        assumeTrue(curlPresent(), "curl is not installed: skipping the curl test (apt-get install curl)");
        try (TestGateway gateway = TestGateway.start(dir.resolve("data"))) {
            Path ca = gateway.enrollment.authority().certificateFile();
            Path sender = write(gateway, Role.OFFICE, TestGateway.KYOTAKU);
            Path recipient = write(gateway, Role.OFFICE, TestGateway.HOMON);
            String name = TestGateway.sampleName("20250701090000");
            Path file = Files.write(dir.resolve(name), TestGateway.sample());

            String created = curl(ca, sender, "-w", "\n%{http_code}", "-H", "X-Renkei-File-Name: " + name,
                    "--data-binary", "@" + file, gateway.uri("/v1/documents").toString());
            assertThat(created).endsWith("\n201");
            String id = JSON.readTree(created.substring(0, created.lastIndexOf('\n'))).path("id").asText();

            Path downloaded = dir.resolve("downloaded.csv");
            curl(ca, recipient, "-o", downloaded.toString(),
                    gateway.uri("/v1/documents/" + id + "/content").toString());
            assertThat(Files.readAllBytes(downloaded)).isEqualTo(TestGateway.sample());

            String noCert = run(List.of("curl", "-s", "--cacert", ca.toString(), "-w", "\n%{http_code}",
                    gateway.uri("/v1/inbox").toString()));
            assertThat(noCert).contains("client_certificate_required").endsWith("\n401");
        }
    }

    private static Path write(TestGateway gateway, Role role, String name) throws IOException {
        Credentials credentials = gateway.issue(role, name);
        Path dir = gateway.dir.resolve("offices").resolve(name);
        credentials.write(dir, gateway.enrollment.authority().certificate(), "secret");
        return dir;
    }

    private static String curl(Path ca, Path credentials, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("curl", "-s", "--cacert", ca.toString(), "--cert",
                credentials.resolve("cert.pem").toString(), "--key", credentials.resolve("key.pem").toString()));
        command.addAll(List.of(args));
        return run(command);
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private static boolean curlPresent() {
        try {
            return new ProcessBuilder("curl", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
