package jp.renkei.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import jp.renkei.protocol.validate.Validator;
import jp.renkei.tools.client.ApiErrorException;
import jp.renkei.tools.client.Document;
import jp.renkei.tools.client.DocumentPage;
import jp.renkei.tools.client.DocumentState;
import jp.renkei.tools.client.NamedContent;
import jp.renkei.tools.client.Receipt;
import jp.renkei.tools.client.RenkeiClient;
import jp.renkei.tools.client.RetryPolicy;
import jp.renkei.tools.client.Upload;
import jp.renkei.tools.client.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library against the real gateway: real TLS, real store, real validator. */
class RenkeiClientTest {

    static final String CARE = "1310000015";
    static final String SERVICE = "1310000023";

    @TempDir
    static Path dir;
    static TestGateway gateway;
    static RenkeiClient care;
    static RenkeiClient service;
    static int sequence;

    @BeforeAll
    static void start() throws Exception {
        gateway = TestGateway.shared();
        care = gateway.client(gateway.office(CARE, "43", dir.resolve("care")));
        service = gateway.client(gateway.office(SERVICE, "11", dir.resolve("service")));
    }

    static synchronized String nextSequence() {
        return String.format("202505011200%02d", ++sequence);
    }

    static NamedContent plan(String seq) {
        Validator.Named file = Generated.plan(CARE, SERVICE, seq, 12345);
        return new NamedContent(file.name(), file.content());
    }

    @Test
    void anUploadIsCreatedOnceAndARepeatFindsTheSameDocument() throws IOException {
        NamedContent file = plan(nextSequence());
        Upload first = care.upload(file);
        Upload again = care.upload(file);
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.document().id()).isEqualTo(first.document().id());
        assertThat(first.document().state()).isEqualTo(DocumentState.ACCEPTED);
        assertThat(first.document().recipient()).isEqualTo(SERVICE);
    }

    @Test
    void theSameNameWithOtherBytesIsAConflict() throws IOException {
        NamedContent file = plan(nextSequence());
        care.upload(file);
        byte[] changed = file.content().clone();
        changed[changed.length - 3] = (byte) '2';
        assertThatThrownBy(() -> care.upload(new NamedContent(file.name(), changed)))
                .isInstanceOfSatisfying(ApiErrorException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("conflict");
                });
    }

    @Test
    void anInvalidFileIsRefusedWithEveryFinding() throws IOException {
        NamedContent file = plan(nextSequence());
        assertThatThrownBy(() -> care.upload(broken(file)))
                .isInstanceOfSatisfying(ApiErrorException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo("invalid_document");
                    assertThat(e.findings()).hasSizeGreaterThan(1).allSatisfy(f -> assertThat(f.rule()).isNotBlank());
                });
    }

    @Test
    void aFileForAnUnknownRecipientIsRefused() {
        Validator.Named file = Generated.plan(CARE, "1399999999", nextSequence(), 12345);
        assertThatThrownBy(() -> care.upload(new NamedContent(file.name(), file.content())))
                .isInstanceOfSatisfying(ApiErrorException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.code()).isEqualTo("unknown_recipient");
                });
    }

    @Test
    void aSetIsStoredTogetherAndAppearsInTheRecipientsInbox() throws IOException {
        DocumentPage before = lastPage(service);
        List<NamedContent> set = Generated.serviceUseSet(CARE, SERVICE, nextSequence(), 54321)
                .stream().map(f -> new NamedContent(f.name(), f.content())).toList();
        Upload upload = care.uploadSet(set);
        assertThat(upload.created()).isTrue();
        assertThat(upload.documents()).hasSize(3).extracting(Document::setId).containsOnly(
                upload.documents().get(0).setId()).doesNotContainNull();
        DocumentPage page = service.inbox(before.next(), 2);
        assertThat(page.documents()).hasSize(2);
        DocumentPage rest = service.inbox(page.next(), 100);
        assertThat(rest.documents()).extracting(Document::fileName).contains(set.get(2).name());
        assertThat(care.uploadSet(set).created()).isFalse();
    }

    @Test
    void theRecipientDownloadsTheExactBytesAndReceiptsThem(@TempDir Path to) throws IOException {
        NamedContent file = plan(nextSequence());
        String id = care.upload(file).document().id();
        Path target = to.resolve(file.name());
        service.download(id, target);
        assertThat(Files.readAllBytes(target)).isEqualTo(file.content());
        assertThat(service.document(id).state()).isEqualTo(DocumentState.DOWNLOADED);
        Document receipted = service.receipt(id, Receipt.imported());
        assertThat(receipted.state()).isEqualTo(DocumentState.RECEIPTED);
        assertThat(care.document(id).history()).extracting(Document.Change::state)
                .containsExactly(DocumentState.ACCEPTED, DocumentState.DOWNLOADED, DocumentState.RECEIPTED);
        assertThatThrownBy(() -> service.receipt(id, Receipt.imported()))
                .isInstanceOfSatisfying(ApiErrorException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(Files.list(to)).containsExactly(target);
    }

    @Test
    void aRefusalCarriesItsReasonToTheSender() throws IOException {
        NamedContent file = plan(nextSequence());
        String id = care.upload(file).document().id();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(service.download(id, out)).isEqualTo(file.content().length);
        service.receipt(id, Receipt.refused("利用者が見つかりません"));
        Document seen = care.document(id);
        assertThat(seen.state()).isEqualTo(DocumentState.REFUSED);
        assertThat(seen.history().get(seen.history().size() - 1).reason()).isEqualTo("利用者が見つかりません");
    }

    @Test
    void anotherOfficesDocumentDoesNotExistForTheCaller() {
        assertThatThrownBy(() -> care.document("no-such-document"))
                .isInstanceOfSatisfying(ApiErrorException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.code()).isEqualTo("document_not_found");
                });
    }

    @Test
    void officesAreLookedUpByNumber() throws IOException {
        assertThat(care.office(SERVICE)).hasValueSatisfying(o -> assertThat(o.kinds()).containsExactly("11"));
        assertThat(care.office("1399999998")).isEmpty();
    }

    @Test
    void theSandboxValidatesWithoutSending() throws IOException {
        NamedContent file = plan(nextSequence());
        ValidationReport report = care.validate(file);
        assertThat(report.accepted()).isTrue();
        long lines = new String(file.content(), Charset.forName("windows-31j")).lines().count();
        assertThat(report.files()).singleElement().satisfies(f -> assertThat(f.records()).isEqualTo(lines));
        NamedContent broken = broken(file);
        ValidationReport refused = care.validate(broken);
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.files().get(0).findings()).anySatisfy(f -> assertThat(f.isError()).isTrue());
        assertThat(care.outbox(0, 1000).documents()).extracting(Document::fileName).doesNotContain(file.name());
    }

    @Test
    void aPemCredentialWorksLikeThePkcs12One() throws IOException {
        RenkeiClient pem = RenkeiClient.builder(URI.create(gateway.url() + "/v1/"))
                .pem(dir.resolve("care/cert.pem"), dir.resolve("care/key.pem")).trust(gateway.caFile()).build();
        assertThat(pem.office(CARE)).isPresent();
    }

    @Test
    void connectionFailuresAreRetriedUntilTheGatewayIsBack() throws Exception {
        gateway.stop();
        CompletableFuture<Void> back = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(700);
                gateway.restart();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        RenkeiClient patient = RenkeiClient.builder(URI.create(gateway.url()))
                .pkcs12(dir.resolve("care/cert.p12"), TestGateway.PASSWORD.toCharArray()).trust(gateway.caFile())
                .retry(new RetryPolicy(30, Duration.ofMillis(100), Duration.ofMillis(200))).build();
        assertThat(patient.upload(plan(nextSequence())).created()).isTrue();
        back.join();
    }

    @Test
    void withoutRetriesAConnectionFailureIsAnIoErrorNotAnApiError() throws Exception {
        RenkeiClient hasty = RenkeiClient.builder(URI.create("https://localhost:1"))
                .pkcs12(dir.resolve("care/cert.p12"), TestGateway.PASSWORD.toCharArray()).trust(gateway.caFile())
                .retry(RetryPolicy.NONE).build();
        assertThatThrownBy(() -> hasty.inbox(0, 10)).isInstanceOf(ConnectException.class);
    }

    /** The file with every month of its content made invalid: many findings. */
    static NamedContent broken(NamedContent file) {
        Charset ms932 = Charset.forName("windows-31j");
        String text = new String(file.content(), ms932).replace(",202505", ",2025XX");
        return new NamedContent(file.name(), text.getBytes(ms932));
    }

    private static DocumentPage lastPage(RenkeiClient client) throws IOException {
        DocumentPage page = client.inbox(0, 1000);
        while (!page.documents().isEmpty()) {
            DocumentPage next = client.inbox(page.next(), 1000);
            if (next.documents().isEmpty()) {
                return page;
            }
            page = next;
        }
        return page;
    }
}
