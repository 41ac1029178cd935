package jp.renkei.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.renkei.protocol.validate.Validator;
import jp.renkei.tools.client.DocumentState;
import jp.renkei.tools.client.NamedContent;
import jp.renkei.tools.client.Receipt;
import jp.renkei.tools.client.RenkeiClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** receive, status and enroll through picocli against the real gateway. */
class ReceiveCommandTest {

    static final String CARE = "1310000015";
    static final String SERVICE = "1310000023";
    static final String OTHER = "1310000031";

    @TempDir
    static Path root;
    static TestGateway gateway;
    static Path care;
    static Path service;
    static RenkeiClient careClient;
    static int sequence;

    @BeforeAll
    static void start() throws Exception {
        gateway = TestGateway.shared();
        care = gateway.office(CARE, "43", root.resolve("care"));
        service = gateway.office(SERVICE, "11", root.resolve("service"));
        gateway.office(OTHER, "11", root.resolve("other"));
        careClient = gateway.client(care);
    }

    static NamedContent sendPlan(String to) throws IOException {
        Validator.Named plan = Generated.plan(CARE, to, String.format("202506020900%02d", ++sequence), 1);
        NamedContent file = new NamedContent(plan.name(), plan.content());
        careClient.upload(file);
        return file;
    }

    @Test
    void receivesEachNewDocumentOnceWholeAndRemembersItsCursor(@TempDir Path to) throws IOException {
        NamedContent a = sendPlan(OTHER);
        NamedContent b = sendPlan(OTHER);
        Path other = root.resolve("other");
        Cli.Result first = Cli.run(Cli.as(gateway, other, "receive", "--to", to.toString()));
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("summary: 2 received");
        assertThat(Files.readAllBytes(to.resolve(a.name()))).isEqualTo(a.content());
        assertThat(Files.readAllBytes(to.resolve(b.name()))).isEqualTo(b.content());
        try (Stream<Path> files = Files.list(to)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        assertThat(Cli.run(Cli.as(gateway, other, "receive", "--to", to.toString())).out())
                .contains("summary: 0 received");
        NamedContent c = sendPlan(OTHER);
        Cli.Result third = Cli.run(Cli.as(gateway, other, "receive", "--to", to.toString()));
        assertThat(third.out()).contains("received " + c.name()).contains("summary: 1 received");
        Map<?, ?> state = new ObjectMapper().readValue(to.resolve(MirrorState.FILE).toFile(), Map.class);
        assertThat(state.get("office")).isEqualTo(OTHER);
    }

    @Test
    void receiptsArePostedWhenAskedAndTheSenderSeesThemInStatus(@TempDir Path to) throws IOException {
        NamedContent file = sendPlan(SERVICE);
        String id = careClient.outbox(0, 1000).documents().stream().filter(d -> d.fileName().equals(file.name()))
                .findFirst().orElseThrow().id();
        Cli.Result result = Cli.run(Cli.as(gateway, service, "receive", "--to", to.toString(),
                "--receipt", "imported"));
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(careClient.document(id).state()).isEqualTo(DocumentState.RECEIPTED);
        Cli.Result status = Cli.run(Cli.as(gateway, care, "status", id));
        assertThat(status.exit()).isZero();
        assertThat(status.out()).contains(file.name()).contains("state: RECEIPTED").contains("DOWNLOADED")
                .contains("receipt: imported at");
    }

    @Test
    void statusShowsARefusalsReasonAndAnUnknownIdExitsThree() throws IOException {
        NamedContent file = sendPlan(SERVICE);
        RenkeiClient serviceClient = gateway.client(service);
        String id = careClient.outbox(0, 1000).documents().stream().filter(d -> d.fileName().equals(file.name()))
                .findFirst().orElseThrow().id();
        serviceClient.download(id, java.io.OutputStream.nullOutputStream());
        serviceClient.receipt(id, Receipt.refused("利用者が未登録です"));
        assertThat(Cli.run(Cli.as(gateway, care, "status", id)).out()).contains("receipt: refused at")
                .contains("利用者が未登録です");
        Cli.Result unknown = Cli.run(Cli.as(gateway, care, "status", "doc_unknown"));
        assertThat(unknown.exit()).isEqualTo(RenkeiCommand.IO);
        assertThat(unknown.err()).contains("404 document_not_found");
    }

    @Test
    void statusFindsADocumentByItsFileNameForTheSenderAndTheRecipient() throws IOException {
        NamedContent file = sendPlan(SERVICE);
        String id = careClient.outbox(0, 1000).documents().stream().filter(d -> d.fileName().equals(file.name()))
                .findFirst().orElseThrow().id();

        Cli.Result sender = Cli.run(Cli.as(gateway, care, "status", file.name()));
        assertThat(sender.exit()).as(sender.err()).isZero();
        assertThat(sender.out()).startsWith(id + "  " + file.name()).contains("state: ");
        Cli.Result recipient = Cli.run(Cli.as(gateway, service, "status", file.name()));
        assertThat(recipient.exit()).as(recipient.err()).isZero();
        assertThat(recipient.out()).startsWith(id + "  " + file.name());

        Cli.Result unknown = Cli.run(Cli.as(gateway, care, "status", "UP1KYO_NO_SUCH_FILE.CSV"));
        assertThat(unknown.exit()).isEqualTo(RenkeiCommand.INVALID);
        assertThat(unknown.err())
                .contains("no document named UP1KYO_NO_SUCH_FILE.CSV in this office's outbox or inbox");
    }

    @Test
    void aLocalFileWithOtherContentIsNeverOverwritten(@TempDir Path to) throws IOException {
        Path solo = root.resolve("solo");
        gateway.office("1310000049", "11", solo);
        Validator.Named plan = Generated.plan(CARE, "1310000049", "20250603090001", 1);
        careClient.upload(new NamedContent(plan.name(), plan.content()));
        Files.writeString(to.resolve(plan.name()), "mine");
        Cli.Result result = Cli.run(Cli.as(gateway, solo, "receive", "--to", to.toString()));
        assertThat(result.exit()).isEqualTo(RenkeiCommand.IO);
        assertThat(result.err()).contains("exists with other content");
        assertThat(Files.readString(to.resolve(plan.name()))).isEqualTo("mine");
    }

    @Test
    void aDemoDirectoryProvidesTheConnection(@TempDir Path demo, @TempDir Path to) throws IOException {
        sendPlan(OTHER);
        Map<String, Object> office = Map.of("number", OTHER, "pkcs12", root.resolve("other/cert.p12").toString(),
                "pkcs12Password", TestGateway.PASSWORD);
        new ObjectMapper().writeValue(demo.resolve("demo.json").toFile(), Map.of("baseUrl", gateway.url(),
                "caCertificate", gateway.caFile().toString(), "offices", List.of(office)));
        Cli.Result result = Cli.run("receive", "--demo", demo.toString(), "--office", OTHER, "--to", to.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("summary: [1-9][0-9]* received");
        assertThat(Cli.run("receive", "--demo", demo.toString(), "--office", "1399999999", "--to", to.toString())
                .exit()).isEqualTo(RenkeiCommand.USAGE);
    }

    @Test
    void enrollMakesAKeyAndARequestTheCaSignsAndTheClientUses(@TempDir Path out) throws Exception {
        String number = "1310000056";
        Cli.Result result = Cli.run("enroll", "--number", number, "--out", out.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Files.readString(out.resolve("key.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
        Path cert = gateway.signCsr(number, "11", Files.readString(out.resolve("csr.pem")), out.resolve("cert.pem"));
        RenkeiClient enrolled = RenkeiClient.builder(java.net.URI.create(gateway.url()))
                .pem(cert, out.resolve("key.pem")).trust(gateway.caFile()).build();
        assertThat(enrolled.office(number)).isPresent();
        assertThat(Cli.run("enroll", "--number", number, "--out", out.toString()).exit())
                .isEqualTo(RenkeiCommand.IO);
        assertThat(Cli.run("enroll", "--number", "12", "--out", out.toString()).exit())
                .isEqualTo(RenkeiCommand.USAGE);
    }
}
