package jp.renkei.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.generate.CareplanGenerator;
import jp.renkei.protocol.generate.GeneratedFile;
import jp.renkei.protocol.generate.GeneratorConfig;
import jp.renkei.protocol.generate.SendingUnit;
import jp.renkei.protocol.validate.Validator;
import jp.renkei.tools.client.Document;
import jp.renkei.tools.client.NamedContent;
import jp.renkei.tools.client.RenkeiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendCommandTest {

    static final String CARE = "1310000015";
    static final String SERVICE = "1310000023";

    @TempDir
    static Path root;
    static TestGateway gateway;
    static Path care;
    static RenkeiClient careClient;

    @BeforeAll
    static void start() throws Exception {
        gateway = TestGateway.shared();
        care = gateway.office(CARE, "43", root.resolve("care"));
        gateway.office(SERVICE, "11", root.resolve("service"));
        careClient = gateway.client(care);
    }

    static Path write(Path dir, List<Validator.Named> files) throws IOException {
        Files.createDirectories(dir);
        for (Validator.Named f : files) {
            Files.write(dir.resolve(f.name()), f.content());
        }
        return dir;
    }

    @Test
    void sendsADirectoryAsOneSetAndOneLoneFileThenReRunsAsAlreadyThere(@TempDir Path dir) throws IOException {
        write(dir, Generated.serviceUseSet(CARE, SERVICE, "20250601090001", 1));
        write(dir, List.of(Generated.plan(CARE, SERVICE, "20250601090002", 2)));
        Cli.Result first = Cli.run(Cli.as(gateway, care, "send", "--progress", "lines", dir.toString()));
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out())
                .contains("summary: 4 sent, 0 already there, 0 invalid (not sent), 0 another office's (not sent),"
                        + " 0 rejected, 0 failed");
        List<Document> sent = careClient.outbox(0, 1000).documents().stream()
                .filter(d -> d.sequence().startsWith("2025060109000")).toList();
        assertThat(sent).as(sent.toString()).hasSize(4);
        List<String> setIds = sent.stream().filter(d -> d.sequence().endsWith("1")).map(Document::setId).toList();
        assertThat(setIds).hasSize(3).doesNotContainNull().containsOnly(setIds.get(0));
        assertThat(sent).as(sent.toString()).filteredOn(d -> d.sequence().endsWith("2")).extracting(Document::setId)
                .containsOnlyNulls();

        Cli.Result again = Cli.run(Cli.as(gateway, care, "send", "--progress", "lines", dir.toString()));
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("summary: 0 sent, 4 already there");
    }

    @Test
    void anInvalidFileIsShownAndNotSentWhileTheValidOnesGo(@TempDir Path dir) throws IOException {
        Validator.Named good = Generated.plan(CARE, SERVICE, "20250601090003", 3);
        Validator.Named plan = Generated.plan(CARE, SERVICE, "20250601090004", 4);
        NamedContent bad = RenkeiClientTest.broken(new NamedContent(plan.name(), plan.content()));
        write(dir, List.of(good, new Validator.Named(bad.name(), bad.content())));
        Cli.Result result = Cli.run(Cli.as(gateway, care, "send", "--progress", "lines", dir.toString()));
        assertThat(result.exit()).isEqualTo(RenkeiCommand.INVALID);
        assertThat(result.out()).contains(bad.name() + ":1 ").contains("ERROR").contains("not sent (invalid): "
                + bad.name()).contains("summary: 1 sent, 0 already there, 1 invalid (not sent)");
        assertThat(careClient.outbox(0, 1000).documents()).extracting(Document::fileName)
                .contains(good.name()).doesNotContain(bad.name());
    }

    @Test
    void anotherOfficesFilesAreReportedAndNotSentWhileThisOfficesGo(@TempDir Path dir) throws IOException {
        Validator.Named own = Generated.plan(CARE, SERVICE, "20250601090009", 9);
        Validator.Named other = Generated.plan("1310000099", SERVICE, "20250601090010", 10);
        write(dir, List.of(own, other));
        Cli.Result result = Cli.run(Cli.as(gateway, care, "send", "--progress", "lines", dir.toString()));

        assertThat(result.exit()).isEqualTo(RenkeiCommand.INVALID);
        assertThat(result.out()).contains("not sent (from office 1310000099, not this office " + CARE + "): "
                + other.name()).contains("summary: 1 sent, 0 already there, 0 invalid (not sent), 1 another office's");
        assertThat(result.out()).as("nothing of the other office's reached the gateway (it answers 403)")
                .doesNotContain("403").contains(", 0 failed");
        assertThat(careClient.outbox(0, 1000).documents()).extracting(Document::fileName).contains(own.name());
    }

    @Test
    void theUnitsOfOneAddressArriveInSequenceOrderWhateverTheirNames(@TempDir Path dir) throws IOException {
        String care = "1310000063";
        String service = "1310000071";
        Path credentials = gateway.office(care, "43", root.resolve("ordered-care"));
        gateway.office(service, "11", root.resolve("ordered-service"));
        // a plan set, a 利用票 set and, later, a deletion (DLT1KYO), whose name sorts first
        GeneratorConfig config = new GeneratorConfig(1, 1, 6, YearMonth.of(2025, 5), 3, CsvVersion.V202407);
        List<SendingUnit> units = new CareplanGenerator(config).generate(List.of(care, service));
        for (SendingUnit unit : units) {
            for (GeneratedFile f : unit.files()) {
                Files.write(dir.resolve(f.name()), f.content());
            }
        }
        Cli.Result result = Cli.run(Cli.as(gateway, credentials, "send", "--progress", "lines", dir.toString()));
        assertThat(result.out()).contains("summary: 8 sent");

        List<Document> sent = gateway.client(credentials).outbox(0, 1000).documents();
        assertThat(sent).extracting(Document::fileName).anyMatch(n -> n.startsWith("DLT1KYO_"));
        assertThat(sent).as("in the order the gateway stored them").extracting(Document::sequence).isSorted();
        assertThat(sent).allSatisfy(d -> assertThat(d.warnings()).as(d.fileName())
                .noneMatch(w -> w.rule().equals("SEQ-001")));
    }

    @Test
    void forcedInvalidFilesAreRejectedByTheGatewayWithItsFindings(@TempDir Path dir) throws IOException {
        Validator.Named plan = Generated.plan(CARE, SERVICE, "20250601090005", 5);
        NamedContent bad = RenkeiClientTest.broken(new NamedContent(plan.name(), plan.content()));
        write(dir, List.of(new Validator.Named(bad.name(), bad.content())));
        Cli.Result result = Cli.run(Cli.as(gateway, care, "send", "--force", "--progress", "lines",
                dir.resolve(bad.name()).toString()));
        assertThat(result.exit()).isEqualTo(RenkeiCommand.INVALID);
        assertThat(result.out()).contains("rejected: 422 invalid_document").contains("1 rejected");
    }

    @Test
    void aProgressBarIsDrawnWhenAsked(@TempDir Path dir) throws IOException {
        write(dir, Generated.serviceUseSet(CARE, SERVICE, "20250601090006", 6));
        Cli.Result result = Cli.run(Cli.as(gateway, care, "send", "--progress", "bar", dir.toString()));
        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("\r[" + "#".repeat(30) + "] 3/3").doesNotContain("sent: ");
    }

    @Test
    void anUnreachableGatewayExitsThreeWithTheFailureCounted(@TempDir Path dir) throws IOException {
        Validator.Named first = Generated.plan(CARE, SERVICE, "20250601090007", 7);
        Validator.Named next = Generated.plan(CARE, SERVICE, "20250601090008", 7);
        write(dir, List.of(next, first));
        Cli.Result result = Cli.run("send", "--url", "https://localhost:1", "--ca", gateway.caFile().toString(),
                "--p12", care.resolve("cert.p12").toString(), "--progress", "lines", dir.toString());
        assertThat(result.exit()).isEqualTo(RenkeiCommand.IO);
        assertThat(result.out()).contains("failed: ").contains("2 failed")
                .contains("failed: not sent after an earlier unit of its address failed: " + next.name())
                .doesNotContain("failed: not sent after an earlier unit of its address failed: " + first.name());
    }

    @Test
    void missingConnectionOptionsAreAUsageError(@TempDir Path dir) throws IOException {
        write(dir, List.of(Generated.plan(CARE, SERVICE, "20250601090008", 8)));
        Cli.Result result = Cli.run("send", dir.toString());
        assertThat(result.exit()).isEqualTo(RenkeiCommand.USAGE);
        assertThat(result.err()).contains("missing --url --ca --p12");
    }

    @Test
    void aMissingInputIsAnIoError() {
        Cli.Result result = Cli.run(Cli.as(gateway, care, "send", "/no/such/dir"));
        assertThat(result.exit()).isEqualTo(RenkeiCommand.IO);
        assertThat(result.err()).contains("/no/such/dir");
    }
}
