package jp.renkei.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.renkei.gateway.store.Role;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.generate.CareplanGenerator;
import jp.renkei.protocol.generate.GeneratedFile;
import jp.renkei.protocol.generate.GeneratorConfig;
import jp.renkei.protocol.generate.SendingUnit;
import jp.renkei.protocol.generate.UnitType;
import jp.renkei.protocol.record.CareplanCsv;
import jp.renkei.protocol.record.CareplanRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stored plan set read back as records (JSON) and as the printed 第3表 (PDF), over real HTTPS. */
class SheetEndpointsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static TestGateway gateway;
    private static HttpClient kyotaku;
    private static HttpClient homon;
    private static HttpClient tsusho;
    private static final Map<FileKind, String> IDS = new LinkedHashMap<>();
    private static final Map<FileKind, byte[]> FILES = new LinkedHashMap<>();

    @BeforeAll
    static void uploadAPlanSet() throws Exception {
        gateway = TestGateway.start(dir);
        kyotaku = gateway.client(gateway.issue(Role.OFFICE, TestGateway.KYOTAKU));
        homon = gateway.client(gateway.issue(Role.OFFICE, TestGateway.HOMON));
        tsusho = gateway.client(gateway.issue(Role.OFFICE, TestGateway.TSUSHO));
        SendingUnit plan = new CareplanGenerator(GeneratorConfig.defaults()).generate().stream()
                .filter(u -> u.type() == UnitType.PLAN).findFirst().orElseThrow();
        for (GeneratedFile file : plan.files()) {
            String name = file.name()
                    .replace(plan.sender() + "_" + plan.senderKind() + "_", TestGateway.KYOTAKU + "_43_")
                    .replace(plan.recipient() + "_" + plan.recipientKind() + "_", TestGateway.HOMON + "_11_");
            HttpResponse<String> created = gateway.upload(kyotaku, name, file.content());
            assertThat(created.statusCode()).as(name + " " + created.body()).isEqualTo(201);
            FileKind kind = FileKind.matchPrefix(name).orElseThrow();
            IDS.put(kind, JSON.readTree(created.body()).path("id").asText());
            FILES.put(kind, file.content());
        }
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void givesEveryRecordWithTheSpecsJapaneseItemNames() throws Exception {
        HttpResponse<String> response = gateway.get(homon, "/v1/documents/" + IDS.get(FileKind.UP1KYO) + "/records");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode records = JSON.readTree(response.body()).path("records");
        var expected = CareplanCsv.read(FILES.get(FileKind.UP1KYO), FileKind.UP1KYO);
        assertThat(records.size()).isEqualTo(expected.size());
        CareplanRecord first = expected.get(0);
        assertThat(records.get(0).path("居宅サービス計画作成（変更）日").asText()).isEqualTo(first.field("planDate"));
        assertThat(records.get(0).path("総合的な援助の方針").asText()).isNotEmpty();
    }

    @Test
    void namesTheRepeatedTimeItemsOfTheWeeklyScheduleByTheirNumber() throws Exception {
        JsonNode record = JSON.readTree(gateway.get(homon, "/v1/documents/" + IDS.get(FileKind.UP3KYO) + "/records")
                .body()).path("records").get(0);
        assertThat(record.has("開始時間")).isTrue();
        assertThat(record.has("開始時間（No.11）")).isTrue();
        assertThat(record.has("終了時間（No.12）")).isTrue();
    }

    @Test
    void rendersTheWeeklyScheduleWithTheUsersNameFromTheSupplement() throws Exception {
        HttpResponse<byte[]> pdf = pdf(homon, IDS.get(FileKind.UP3KYO));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text;
        try (var document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        String name = CareplanCsv.read(FILES.get(FileKind.UPHOSOKU), FileKind.UPHOSOKU).get(0).field("userName");
        assertThat(text).contains("週間サービス計画表").contains(name);
        assertThat(pdf(homon, IDS.get(FileKind.UP3KYO)).body()).as("cached and deterministic").isEqualTo(pdf.body());
    }

    @Test
    void refusesAPdfOfAnotherKindWith409() throws Exception {
        HttpResponse<byte[]> response = pdf(homon, IDS.get(FileKind.UP2KYO));
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("not_weekly_schedule");
    }

    @Test
    void hidesAnotherOfficesDocumentsBehind404() throws Exception {
        assertThat(pdf(tsusho, IDS.get(FileKind.UP3KYO)).statusCode()).isEqualTo(404);
        assertThat(gateway.get(tsusho, "/v1/documents/" + IDS.get(FileKind.UP1KYO) + "/records").statusCode())
                .isEqualTo(404);
    }

    @Test
    void countsTheRecipientsReadAsADownloadButNotTheSenders() throws Exception {
        String id = IDS.get(FileKind.UP2KYO);
        gateway.get(kyotaku, "/v1/documents/" + id + "/records");
        assertThat(state(id)).isEqualTo("ACCEPTED");
        gateway.get(homon, "/v1/documents/" + id + "/records");
        assertThat(state(id)).isEqualTo("DOWNLOADED");
    }

    private static String state(String id) throws Exception {
        return JSON.readTree(gateway.get(kyotaku, "/v1/documents/" + id).body()).path("state").asText();
    }

    private static HttpResponse<byte[]> pdf(HttpClient client, String id) throws Exception {
        return client.send(HttpRequest.newBuilder(gateway.uri("/v1/documents/" + id + "/pdf")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
