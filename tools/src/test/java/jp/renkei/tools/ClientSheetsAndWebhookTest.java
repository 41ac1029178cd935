package jp.renkei.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.generate.CareplanGenerator;
import jp.renkei.protocol.generate.GeneratorConfig;
import jp.renkei.protocol.generate.SendingUnit;
import jp.renkei.tools.client.ApiErrorException;
import jp.renkei.tools.client.DeadLetter;
import jp.renkei.tools.client.Document;
import jp.renkei.tools.client.NamedContent;
import jp.renkei.tools.client.Records;
import jp.renkei.tools.client.RenkeiClient;
import jp.renkei.tools.client.Webhook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client's records, PDF and webhook methods against a real gateway (public webhook addresses only). */
class ClientSheetsAndWebhookTest {

    static final String CARE = "1310000089";
    static final String SERVICE = "1310000097";
    private static final String SECRET = "whsec-0123456789abcdef";

    @TempDir
    static Path dir;
    static RenkeiClient care;
    static RenkeiClient service;
    static List<Document> plans;

    @BeforeAll
    static void start() throws Exception {
        TestGateway gateway = TestGateway.shared();
        care = gateway.client(gateway.office(CARE, "43", dir.resolve("care")));
        service = gateway.client(gateway.office(SERVICE, "11", dir.resolve("service")));
        GeneratorConfig config = new GeneratorConfig(1, 1, 3, YearMonth.of(2025, 5), 5, CsvVersion.V202407);
        SendingUnit planSet = new CareplanGenerator(config).generate(List.of(CARE, SERVICE)).get(0);
        plans = care.uploadSet(planSet.files().stream().map(f -> new NamedContent(f.name(), f.content())).toList())
                .documents();
    }

    private static String id(String kind) {
        return plans.stream().filter(d -> d.kind().equals(kind)).findFirst().orElseThrow().id();
    }

    @Test
    void recordsComeKeyedByTheSpecificationsItemNames() throws IOException {
        Records records = service.records(id("UP1KYO"));

        assertThat(records.kind()).isEqualTo("UP1KYO");
        assertThat(records.csvVersion()).isEqualTo("202407");
        assertThat(records.records()).hasSize(3);
        assertThat(records.records().get(0)).containsKey("被保険者番号");
        assertThatThrownBy(() -> service.records("doc_unknown")).isInstanceOf(ApiErrorException.class)
                .satisfies(e -> assertThat(((ApiErrorException) e).status()).isEqualTo(404));
    }

    @Test
    void theWeeklyScheduleComesAsAPdfAndAnotherKindIsRefused() throws IOException {
        byte[] pdf = service.pdf(id("UP3KYO"));

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThatThrownBy(() -> service.pdf(id("UP1KYO"))).isInstanceOf(ApiErrorException.class)
                .satisfies(e -> assertThat(((ApiErrorException) e).code()).isEqualTo("not_weekly_schedule"));
    }

    @Test
    void aWebhookIsSetShownRemovedAndItsDeadLettersListedAndResent() throws IOException {
        assertThat(care.webhook()).isEmpty();
        assertThatThrownBy(() -> care.setWebhook(URI.create("https://127.0.0.1:9/hook"), SECRET))
                .isInstanceOf(ApiErrorException.class).hasMessageContaining("public internet address")
                .satisfies(e -> assertThat(((ApiErrorException) e).code()).isEqualTo("invalid_webhook"));

        // a name that resolves nowhere: allowed (it may resolve later), and every call fails at once
        URI url = URI.create("https://renkei-receiver.invalid/hook");
        Webhook set = care.setWebhook(url, SECRET);
        assertThat(set.url()).isEqualTo(url);
        assertThat(care.webhook()).map(Webhook::url).contains(url);

        service.download(id("UP2KYO"), java.io.OutputStream.nullOutputStream()); // a document.downloaded for care
        assertThat(care.deleteWebhook()).isTrue();
        assertThat(care.deleteWebhook()).isFalse();
        assertThat(care.webhook()).isEmpty();

        List<DeadLetter> dead = care.deadLetters(0, 100);
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).type()).isEqualTo("document.downloaded");
        assertThat(dead.get(0).lastError()).isNotBlank();
        assertThat(dead.get(0).payload()).contains("\"type\":\"document.downloaded\"");
        assertThatThrownBy(() -> care.resendDeadLetter(dead.get(0).eventId())).isInstanceOf(ApiErrorException.class)
                .satisfies(e -> assertThat(((ApiErrorException) e).code()).isEqualTo("no_webhook"));

        care.setWebhook(url, SECRET);
        assertThatThrownBy(() -> care.resendDeadLetter(dead.get(0).eventId() + 1000))
                .satisfies(e -> assertThat(((ApiErrorException) e).code()).isEqualTo("dead_letter_not_found"));
        care.resendDeadLetter(dead.get(0).eventId());
        assertThat(care.deadLetters(0, 100)).isEmpty();
        Optional<Webhook> again = care.webhook();
        assertThat(again).isPresent();
        assertThat(again.get().pending()).isEqualTo(1);
        assertThat(care.deleteWebhook()).isTrue();
    }
}
