package jp.renkei.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import jp.renkei.gateway.ca.Credentials;
import jp.renkei.gateway.ca.Enrollment;
import jp.renkei.gateway.store.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The operator commands, run in-process as a user would type them. */
class CommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void demoRunTwiceOnOneDirectoryReusesEverything() throws Exception {
        Path demo = dir.resolve("demo");
        Result first = run("demo", "--dir", demo.toString(), "--port", "0", "--once");
        assertThat(first.status).as(first.err).isZero();
        assertThat(first.out).contains("curl --cacert").contains("X-Renkei-File-Name: DLTPLAN_202505_");
        JsonNode manifest = JSON.readTree(demo.resolve("demo.json").toFile());
        String caBefore = Files.readString(demo.resolve("ca/ca.crt.pem"));

        Result second = run("demo", "--dir", demo.toString(), "--port", "0", "--once");
        assertThat(second.status).as(second.err).isZero();
        JsonNode again = JSON.readTree(demo.resolve("demo.json").toFile());
        assertThat(again.path("offices")).isEqualTo(manifest.path("offices"));
        assertThat(again.path("operator")).isEqualTo(manifest.path("operator"));
        assertThat(Files.readString(demo.resolve("ca/ca.crt.pem"))).isEqualTo(caBefore);

        assertThat(manifest.path("offices").size()).isEqualTo(3);
        assertThat(manifest.path("offices").findValuesAsText("number"))
                .containsExactly(TestGateway.KYOTAKU, TestGateway.HOMON, TestGateway.TSUSHO);
        JsonNode kyotaku = manifest.path("offices").get(0);
        KeyStore p12 = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(Path.of(kyotaku.path("pkcs12").asText()))) {
            p12.load(in, kyotaku.path("pkcs12Password").asText().toCharArray());
        }
        assertThat(p12.isKeyEntry("renkei")).isTrue();
        assertThat(Path.of(manifest.path("sampleFile").asText())).exists();
    }

    @Test
    void officeAddRegistersAnOfficeWhoseCredentialsWorkAgainstTheRunningGateway() throws Exception {
        try (TestGateway gateway = TestGateway.start(dir.resolve("data"))) {
            Result added = run("office", "add", "--dir", gateway.dir.toString(), "--number", "1320000043",
                    "--name", "新規居宅", "--kinds", "43", "--delivery-mode", "car");
            assertThat(added.status).as(added.err).isZero();
            Path credentials = gateway.dir.resolve("offices/1320000043");
            String serial = Credentials.serialIn(credentials);
            Credentials read = Credentials.read(credentials,
                    gateway.store.registry().certificate(serial).orElseThrow());
            HttpClient client = gateway.client(read);
            String name = "DLTPLAN_202505_1320000043_43_" + TestGateway.HOMON + "_11_20250501090000.CSV";
            assertThat(gateway.upload(client, name, TestGateway.sample()).statusCode()).isEqualTo(201);

            Result again = run("office", "add", "--dir", gateway.dir.toString(), "--number", "1320000043",
                    "--name", "新規居宅", "--kinds", "43");
            assertThat(again.out).contains("already registered").contains("reused");
            assertThat(Credentials.serialIn(credentials)).isEqualTo(serial);
        }
    }

    @Test
    void officeAddRefusesABadNumberAsAUsageError() {
        Result result = run("office", "add", "--dir", dir.toString(), "--number", "123", "--name", "x", "--kinds",
                "43");
        assertThat(result.status).isEqualTo(2);
        assertThat(result.err).contains("10 digits");
    }

    @Test
    void aStoreUrlThatIsNotPostgresqlIsAUsageErrorAndAnUnreachableServerAClearFailure() {
        Result wrongScheme = run("office", "add", "--dir", dir.toString(), "--store", "mysql://db/renkei",
                "--number", "1320000043", "--name", "x", "--kinds", "43");
        assertThat(wrongScheme.status).isEqualTo(2);
        assertThat(wrongScheme.err).contains("--store: the store URL must start with postgresql://");

        Result unreachable = run("audit", "verify", "--dir", dir.toString(), "--store",
                "postgresql://renkei:secret@127.0.0.1:1/renkei");
        assertThat(unreachable.status).isEqualTo(3);
        assertThat(unreachable.err).contains("cannot connect to postgresql://renkei@127.0.0.1:1/renkei")
                .doesNotContain("secret").doesNotContain("\tat ");
        assertThat(dir.resolve("renkei.db")).doesNotExist();
    }

    @Test
    void auditVerifyExitsZeroOnAnIntactChain() throws Exception {
        try (TestGateway gateway = TestGateway.start(dir.resolve("audit"))) {
            new Enrollment(gateway.enrollment.authority(), gateway.store.registry()).issueKeyPair(Role.OFFICE,
                    TestGateway.HOMON);
        }
        Result result = run("audit", "verify", "--dir", dir.resolve("audit").toString());
        assertThat(result.status).as(result.err).isZero();
        assertThat(result.out).contains("intact");
    }

    @Test
    void serveReportsEveryInvalidSettingTogether() throws Exception {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "server.port=99999\nhttp.max-body-bytes=lots\nserver.colour=blue\n");
        Result result = run("serve", "--config", file.toString());
        assertThat(result.status).isEqualTo(2);
        assertThat(result.err).contains("data.dir").contains("server.port").contains("http.max-body-bytes")
                .contains("server.colour");
    }

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = GatewayCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int status = line.execute(args);
        return new Result(status, out.toString(), err.toString());
    }
}
