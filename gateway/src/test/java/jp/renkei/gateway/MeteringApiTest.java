package jp.renkei.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.renkei.gateway.mailbox.Office;
import jp.renkei.gateway.metering.Rollups;
import jp.renkei.gateway.store.Role;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.generate.CareplanGenerator;
import jp.renkei.protocol.generate.GeneratedFile;
import jp.renkei.protocol.generate.GeneratorConfig;
import jp.renkei.protocol.generate.SendingUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The metering API over real HTTPS: generated units uploaded file by file by their offices, then each office's
 * {@code /v1/usage}, the ministry's summary and CSV, the role checks, bad months and the Prometheus meters, compared
 * with what the test counted from the files it sent.
 */
class MeteringApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Charset MS932 = Charset.forName("windows-31j");
    /** The service month of the generated files: linked users and savings. */
    private static final String MONTH = "202505";
    /** Uploads happen now: documents, uploads and partners count in the current month (Japan time). */
    private static final String NOW = Rollups.month(Instant.now());

    @TempDir
    static Path dir;

    private static TestGateway gateway;
    private static final Map<String, HttpClient> clients = new TreeMap<>();
    private static final Map<String, Set<String>> careUsers = new TreeMap<>();
    private static final Map<String, Set<String>> serviceUsers = new TreeMap<>();
    private static final Map<String, Long> sent = new TreeMap<>();
    private static HttpClient ministry;
    private static String care;

    @BeforeAll
    static void start() throws Exception {
        gateway = TestGateway.start(dir);
        ministry = gateway.client(gateway.issue(Role.MINISTRY, "ministry"));
        List<SendingUnit> units = new CareplanGenerator(new GeneratorConfig(1, 3, 8, YearMonth.of(2025, 5), 3,
                CsvVersion.V202407)).generate();
        for (SendingUnit u : units) {
            register(u.sender(), u.senderKind());
            register(u.recipient(), u.recipientKind());
        }
        for (SendingUnit u : units) {
            for (GeneratedFile f : u.files()) {
                upload(u.sender(), f);
            }
        }
    }

    private static void register(String number, String kind) throws Exception {
        if (!clients.containsKey(number)) {
            String mode = kind.equals("43") ? "car" : "none";
            gateway.store.registry().registerOffice(new Office(number, "事業所" + number, List.of(kind), mode,
                    Clock.systemUTC().instant()));
            clients.put(number, gateway.client(gateway.issue(Role.OFFICE, number)));
            if (kind.equals("43")) {
                care = number;
            }
        }
    }

    private static void upload(String sender, GeneratedFile f) throws Exception {
        HttpResponse<String> r = clients.get(sender).send(HttpRequest.newBuilder(gateway.uri("/v1/documents"))
                .header("X-Renkei-File-Name", f.name()).header("User-Agent", "TestVendor/1.0")
                .POST(HttpRequest.BodyPublishers.ofByteArray(f.content())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(f.name() + " " + r.body()).isEqualTo(201);
        sent.merge(sender, 1L, Long::sum);
        String[] name = f.name().split("_");
        for (String line : new String(f.content(), MS932).split("\r\n")) {
            String[] fields = line.replace("\"", "").split(",", -1);
            String user = fields.length > 2 ? fields[1] + "/" + fields[2] : "";
            if (name[0].equals("UPPLAN")) {
                careUsers.computeIfAbsent(sender, k -> new TreeSet<>()).add(user);
                serviceUsers.computeIfAbsent(name[4], k -> new TreeSet<>()).add(user);
            } else if (name[0].equals("UPJSK")) {
                serviceUsers.computeIfAbsent(sender, k -> new TreeSet<>()).add(user);
            }
        }
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return gateway.get(client, path);
    }

    @Test
    void showsAnOfficeItsOwnDocumentsLinkedUsersAndEstimatedSavings() throws Exception {
        HttpResponse<String> r = get(clients.get(care), "/v1/usage?month=" + MONTH);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode usage = JSON.readTree(r.body());
        int users = careUsers.get(care).size();
        assertThat(usage.path("office").asText()).isEqualTo(care);
        JsonNode now = JSON.readTree(get(clients.get(care), "/v1/usage?month=" + NOW).body());
        assertThat(now.path("documents").path("sent").asLong()).isEqualTo(sent.get(care));
        assertThat(now.path("uploads").path("bySoftware").get(0).path("userAgent").asText())
                .isEqualTo("TestVendor/1.0");
        assertThat(usage.path("linkedUsers").path("careManagement").asInt()).isEqualTo(users);
        assertThat(usage.path("saved").path("hours").asDouble())
                .isEqualTo(Math.round(34.3 * users / 89 * 10) / 10.0);
        assertThat(usage.path("saved").path("travelMinutes").asDouble())
                .isEqualTo(Math.round(265.0 * users / 89 * 10) / 10.0);
        assertThat(usage.path("saved").path("yen").asLong()).isEqualTo(Math.round(68_368.0 * users / 89));
        assertThat(usage.path("estimate").asBoolean()).isTrue();
        assertThat(usage.path("note").asText()).contains("estimate");
        assertThat(usage.path("parameters").path("hoursBefore").asDouble()).isEqualTo(52.4);
    }

    @Test
    void givesTheMinistryNationalAndPrefectureFigures() throws Exception {
        HttpResponse<String> r = get(ministry, "/v1/metrics/summary?month=" + MONTH);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode summary = JSON.readTree(r.body());
        long users = careUsers.values().stream().mapToLong(Set::size).sum();
        assertThat(summary.path("national").path("linkedUsers").path("careManagement").asLong()).isEqualTo(users);
        long service = serviceUsers.values().stream().mapToLong(Set::size).sum();
        assertThat(summary.path("national").path("linkedUsers").path("service").asLong()).isEqualTo(service);
        assertThat(summary.path("national").path("saved").path("yen").asLong())
                .isEqualTo(Math.round(68_368.0 * (users + service) / 89));
        assertThat(summary.path("prefectures").findValuesAsText("prefecture")).contains(care.substring(0, 2));
        assertThat(summary.path("estimate").asBoolean()).isTrue();

        JsonNode national = JSON.readTree(get(ministry, "/v1/metrics/summary?month=" + NOW).body()).path("national");
        long documents = sent.values().stream().mapToLong(Long::longValue).sum();
        assertThat(national.path("documents").path("total").asLong()).isEqualTo(documents);
        long registered = national.path("offices").path("registered").path("careManagement").asLong()
                + national.path("offices").path("registered").path("service").asLong();
        assertThat(registered).isGreaterThanOrEqualTo(clients.size() + DemoCommand.OFFICES.size());
        assertThat(national.path("offices").path("active").path("service").asLong()
                + national.path("offices").path("active").path("careManagement").asLong()).isEqualTo(clients.size());
    }

    @Test
    void streamsTheMinistryOneCsvRowPerRegisteredOfficeWithABom() throws Exception {
        HttpResponse<byte[]> r = ministry.send(HttpRequest.newBuilder(gateway.uri(
                "/v1/metrics/offices.csv?month=" + NOW)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/csv; charset=UTF-8");
        assertThat(Arrays.copyOf(r.body(), 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String[] lines = new String(r.body(), StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("office,name,prefecture,role,delivery_mode");
        assertThat(lines.length).isGreaterThanOrEqualTo(1 + clients.size() + DemoCommand.OFFICES.size());
        String careRow = Arrays.stream(lines).filter(l -> l.startsWith(care)).findFirst().orElseThrow();
        assertThat(careRow).contains(",car,");
    }

    @Test
    void refusesTheMinistryFiguresToAnOfficeAndAnOfficesUsageToTheMinistry() throws Exception {
        for (String path : List.of("/v1/metrics/summary?month=" + MONTH, "/v1/metrics/offices.csv?month=" + MONTH)) {
            HttpResponse<String> r = get(clients.get(care), path);
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(JSON.readTree(r.body()).path("error").asText()).isEqualTo("forbidden_role");
        }
        assertThat(get(ministry, "/v1/usage?month=" + MONTH).statusCode()).isEqualTo(403);
    }

    @Test
    void answersABadMonthWith400AndAJsonError() throws Exception {
        List<String> paths = new ArrayList<>();
        for (String month : List.of("2025-05", "202513", "202500", "abc", "")) {
            paths.add("/v1/usage?month=" + month);
        }
        paths.add("/v1/usage");
        for (String path : paths) {
            HttpResponse<String> r = get(clients.get(care), path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).path("error").asText()).isEqualTo("invalid_month");
        }
        HttpResponse<String> r = get(ministry, "/v1/metrics/summary?month=2025");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(get(ministry, "/v1/metrics/offices.csv?month=1").statusCode()).isEqualTo(400);
    }

    @Test
    void exposesLiveMetersWithoutOfficeNumbers() throws Exception {
        HttpClient plain = HttpClient.newHttpClient();
        String metrics = plain.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + gateway.server.managementPort() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(metrics).contains("renkei_metering_documents_total{kind=\"UPPLAN\",outcome=\"accepted\"}")
                .contains("renkei_metering_linked_users_total{role=\"care\"}")
                .contains("renkei_metering_saved_hours_total{role=\"care\"}")
                .contains("renkei_metering_saved_yen_total");
        for (String office : clients.keySet()) {
            assertThat(metrics).doesNotContain(office);
        }
        long users = careUsers.values().stream().mapToLong(Set::size).sum();
        assertThat(metrics).contains("renkei_metering_linked_users_total{role=\"care\"} " + (double) users);
    }

    @Test
    void takesTheDeliveryModeFromTheOperatorsRegistrationAndFromOfficeAdd() throws Exception {
        HttpClient operator = gateway.client(gateway.issue(Role.OPERATOR, "operator"));
        HttpResponse<String> r = operator.send(HttpRequest.newBuilder(gateway.uri("/v1/admin/offices"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"number\":\"1330000043\",\"name\":\"新居宅\","
                        + "\"kinds\":[\"43\"],\"deliveryMode\":\"transit\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(gateway.store.registry().office("1330000043").orElseThrow().deliveryMode()).isEqualTo("transit");
        CommandLine line = GatewayCommand.commandLine();
        line.setOut(new PrintWriter(new StringWriter()));
        int status = line.execute("office", "add", "--dir", gateway.dir.toString(), "--number", "1340000043",
                "--name", "車の居宅", "--kinds", "43", "--delivery-mode", "car");
        assertThat(status).isZero();
        HttpClient added = gateway.client(gateway.issue(Role.OFFICE, "1340000043"));
        JsonNode usage = JSON.readTree(get(added, "/v1/usage?month=" + MONTH).body());
        assertThat(usage.path("deliveryMode").asText()).isEqualTo("car");
        assertThat(usage.path("saved").path("travelMinutes").asDouble()).isZero();
    }
}
