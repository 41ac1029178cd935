package jp.renkei.gateway.metering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.renkei.gateway.mailbox.Office;
import jp.renkei.gateway.mailbox.UploadOutcome;
import jp.renkei.gateway.store.TestDatabase;
import jp.renkei.protocol.generate.GeneratedFile;
import jp.renkei.protocol.generate.SendingUnit;
import jp.renkei.protocol.generate.UnitType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated month through a real store: every figure of every office, the ministry's summary and the CSV are
 * compared with the test's own count (see {@link Traffic}), including a re-sent unit, refused uploads, downloads and
 * receipts at known delays.
 *
 * <p>Part of the store's contract: runs on the embedded SQLite store and on PostgreSQL.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class MeteredTrafficTest {

    @TempDir
    static Path dir;

    @Parameter
    TestDatabase database;
    private static TestDatabase ranOn;

    private static Traffic traffic;
    private static Metering metering;
    private static String resender;
    private static long careUsersBeforeResend;
    private static long sentBeforeResend;

    /** The traffic runs once per database, before that database's first test. */
    @BeforeEach
    void runOnce() {
        if (ranOn != database) {
            if (traffic != null) {
                traffic.close();
            }
            run(database);
            ranOn = database;
        }
    }

    private static void run(TestDatabase database) {
        traffic = new Traffic(database.config(dir), 2, 7, 20, 1);
        metering = new Metering(traffic.store.transactions(), MeteringConfig.defaults());
        traffic.uploadAll();
        traffic.clock.advance(Duration.ofMinutes(5));
        resend();
        refuse();
        traffic.downloadAndReceipt();
    }

    /** The first 利用票 set again under a later ファイル連番: the same users, new documents. */
    private static void resend() {
        SendingUnit unit = traffic.units(UnitType.SERVICE_USE).get(0);
        resender = unit.sender();
        OfficeMonth before = metering.officeMonth(resender, Traffic.MONTH).orElseThrow();
        careUsersBeforeResend = before.counts().careUsers();
        sentBeforeResend = before.counts().documentsSent();
        List<GeneratedFile> renamed = unit.files().stream().map(f -> new GeneratedFile(
                f.name().replace(unit.sequence(), "20250701000000"), f.content())).toList();
        UploadOutcome outcome = traffic.upload(unit.sender(), renamed, Traffic.AGENTS[0]);
        assertThat(outcome).isInstanceOf(UploadOutcome.Created.class);
    }

    /** A plan that starts with a UTF-8 byte-order mark (invalid), and a known name with other bytes (conflict). */
    private static void refuse() {
        SendingUnit unit = traffic.units(UnitType.SERVICE_USE).get(1);
        GeneratedFile plan = unit.files().get(0);
        String text = new String(plan.content(), Traffic.MS932);
        byte[] broken = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        List<GeneratedFile> invalid = new ArrayList<>(unit.files());
        invalid.set(0, new GeneratedFile(plan.name().replace(unit.sequence(), "20250701000001"),
                broken));
        for (int i = 1; i < invalid.size(); i++) {
            invalid.set(i, new GeneratedFile(invalid.get(i).name().replace(unit.sequence(), "20250701000001"),
                    invalid.get(i).content()));
        }
        assertThat(traffic.upload(unit.sender(), invalid, Traffic.AGENTS[1]))
                .isInstanceOf(UploadOutcome.Invalid.class);
        GeneratedFile other = new GeneratedFile(plan.name(), (text + " ").getBytes(Traffic.MS932));
        assertThat(traffic.upload(unit.sender(), List.of(other), Traffic.AGENTS[1]))
                .isInstanceOf(UploadOutcome.Conflict.class);
    }

    @AfterAll
    static void close() {
        traffic.close();
    }

    private static OfficeMonth figures(String office) {
        return metering.officeMonth(office, Traffic.MONTH).orElseThrow();
    }

    private static long get(Map<String, Long> counts, String office) {
        return counts.getOrDefault(office, 0L);
    }

    @Test
    void countsEachOfficesDocumentsBytesAndKindsAsTheTestCountedThem() {
        for (String office : traffic.offices.keySet()) {
            OfficeMonth.Counts c = figures(office).counts();
            assertThat(c.documentsSent()).as(office).isEqualTo(get(traffic.expected.sent, office));
            assertThat(c.documentsReceived()).as(office).isEqualTo(get(traffic.expected.received, office));
            assertThat(c.bytesSent()).as(office).isEqualTo(get(traffic.expected.bytesSent, office));
            assertThat(c.bytesReceived()).as(office).isEqualTo(get(traffic.expected.bytesReceived, office));
            Map<String, Long> kinds = new TreeMap<>();
            figures(office).kinds().forEach((k, v) -> {
                if (v.sent() > 0) {
                    kinds.put(k, v.sent());
                }
            });
            assertThat(kinds).as(office).isEqualTo(traffic.expected.kindsSent.getOrDefault(office, Map.of()));
        }
        assertThat(traffic.expected.sent.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(50);
    }

    @Test
    void countsDistinctLinkedUsersPerRoleFromThePlansAndActuals() {
        long total = 0;
        for (String office : traffic.offices.keySet()) {
            OfficeMonth.Counts c = figures(office).counts();
            assertThat(c.careUsers()).as(office)
                    .isEqualTo(traffic.expected.careUsers.getOrDefault(office, Set.of()).size());
            assertThat(c.serviceUsers()).as(office)
                    .isEqualTo(traffic.expected.serviceUsers.getOrDefault(office, Set.of()).size());
            total += c.careUsers();
        }
        assertThat(total).isEqualTo(20);
    }

    @Test
    void doesNotCountReSentUsersTwiceButCountsTheReSentDocuments() {
        OfficeMonth after = figures(resender);
        assertThat(careUsersBeforeResend).isPositive();
        assertThat(after.counts().careUsers()).isEqualTo(careUsersBeforeResend);
        assertThat(after.counts().documentsSent()).isEqualTo(sentBeforeResend + 3);
    }

    @Test
    void countsDistinctPartnersAndTheFivePartnerFlag() {
        int withFive = 0;
        for (String office : traffic.offices.keySet()) {
            int partners = traffic.expected.partners.getOrDefault(office, Set.of()).size();
            assertThat(figures(office).counts().partners()).as(office).isEqualTo(partners);
            assertThat(figures(office).fivePartners()).as(office).isEqualTo(partners >= 5);
            withFive += partners >= 5 ? 1 : 0;
        }
        assertThat(withFive).isPositive();
    }

    @Test
    void countsUploadsAndRejectionsBySoftwareAndByRule() {
        for (String office : traffic.offices.keySet()) {
            OfficeMonth o = figures(office);
            assertThat(o.counts().uploads()).as(office).isEqualTo(get(traffic.expected.uploads, office));
            assertThat(o.counts().rejected()).as(office).isEqualTo(get(traffic.expected.rejected, office));
            assertThat(new TreeMap<>(o.rejections())).as(office)
                    .isEqualTo(traffic.expected.rules.getOrDefault(office, Map.of()));
            Map<String, List<Long>> software = new TreeMap<>();
            o.software().forEach((agent, s) -> software.put(agent, List.of(s.uploads(), s.rejected())));
            Map<String, List<Long>> expected = new TreeMap<>();
            traffic.expected.software.getOrDefault(office, Map.of())
                    .forEach((agent, s) -> expected.put(agent, Arrays.stream(s).boxed().toList()));
            assertThat(software).as(office).isEqualTo(expected);
        }
        assertThat(traffic.expected.rules.get(resender)).containsKey("conflict");
    }

    @Test
    void reportsElapsedTimesWithinNinePercentOfTheExactNearestRankSample() {
        for (String office : traffic.expected.toDownload.keySet()) {
            OfficeMonth o = figures(office);
            check(o.toDownload(), traffic.expected.toDownload.get(office));
            check(o.toReceipt(), traffic.expected.toReceipt.getOrDefault(office, List.of()));
            assertThat(o.counts().refused()).isEqualTo(get(traffic.expected.refused, office));
        }
    }

    private static void check(Latency histogram, List<Long> exact) {
        assertThat(histogram.count()).isEqualTo(exact.size());
        if (!exact.isEmpty()) {
            for (double q : new double[] {0.5, 0.9}) {
                double sample = Traffic.quantile(exact, q);
                assertThat(histogram.quantile(q)).isBetween(sample / 1.091, sample * 1.091);
            }
        }
    }

    @Test
    void recordsTheDateOfEachOfficesFirstLinkage() {
        for (Office office : traffic.offices.values()) {
            OfficeMonth o = figures(office.number());
            assertThat(o.firstLinkage()).isEqualTo(traffic.expected.firstLinkage.get(office.number()));
        }
    }

    @Test
    void scalesSavingsToLinkedUsersAndTheOfficesDeliveryMode() {
        for (Office office : traffic.offices.values()) {
            OfficeMonth o = figures(office.number());
            long users = o.counts().careUsers() + o.counts().serviceUsers();
            double minutes = office.deliveryMode().equals("car") ? 265 : office.deliveryMode().equals("transit")
                    ? 77.5 : 0;
            Savings s = o.savings(MeteringConfig.defaults());
            assertThat(s.hours()).isCloseTo(34.3 * users / 89, within(1e-9));
            assertThat(s.travelMinutes()).isCloseTo(minutes * users / 89, within(1e-9));
            assertThat(s.yen()).isCloseTo(68_368.0 * users / 89, within(1e-6));
        }
    }

    @Test
    void summarisesTheNationAndEachPrefectureAsTheTestCountedThem() {
        JsonNode summary = metering.summary(Traffic.MONTH);
        Map<String, long[]> regions = new TreeMap<>();
        for (Office office : traffic.offices.values()) {
            String n = office.number();
            long[] r = regions.computeIfAbsent(n.substring(0, 2), k -> new long[5]);
            r[office.kinds().contains("43") ? 0 : 1]++;
            r[2] += traffic.expected.careUsers.getOrDefault(n, Set.of()).size();
            r[3] += get(traffic.expected.sent, n);
            r[4] += traffic.expected.partners.getOrDefault(n, Set.of()).size() >= 5 ? 1 : 0;
        }
        long[] nation = new long[5];
        regions.values().forEach(r -> Arrays.setAll(nation, i -> nation[i] + r[i]));
        assertRegion(summary.path("national"), nation);
        assertThat(summary.path("prefectures")).hasSize(regions.size());
        for (JsonNode p : summary.path("prefectures")) {
            assertRegion(p, regions.get(p.path("prefecture").asText()));
        }
        assertThat(summary.path("estimate").asBoolean()).isTrue();
        assertThat(summary.path("parameters").path("referenceUsers").asDouble()).isEqualTo(89);
    }

    private static void assertRegion(JsonNode figures, long[] expected) {
        assertThat(figures.path("offices").path("registered").path("careManagement").asLong()).isEqualTo(expected[0]);
        assertThat(figures.path("offices").path("registered").path("service").asLong()).isEqualTo(expected[1]);
        assertThat(figures.path("linkedUsers").path("careManagement").asLong()).isEqualTo(expected[2]);
        assertThat(figures.path("documents").path("total").asLong()).isEqualTo(expected[3]);
        assertThat(figures.path("offices").path("withFiveOrMorePartners").asLong()).isEqualTo(expected[4]);
    }

    @Test
    void summarisesRejectionRatesBySoftwareAndRule() {
        JsonNode rejections = metering.summary(Traffic.MONTH).path("national").path("rejections");
        Map<String, long[]> bySoftware = new HashMap<>();
        traffic.expected.software.values().forEach(m -> m.forEach((agent, c) -> {
            long[] sum = bySoftware.computeIfAbsent(agent, k -> new long[2]);
            sum[0] += c[0];
            sum[1] += c[1];
        }));
        for (JsonNode s : rejections.path("bySoftware")) {
            long[] expected = bySoftware.get(s.path("userAgent").asText());
            assertThat(s.path("uploads").asLong()).isEqualTo(expected[0]);
            assertThat(s.path("rejected").asLong()).isEqualTo(expected[1]);
            assertThat(s.path("rate").asDouble()).isCloseTo((double) expected[1] / expected[0], within(1e-4));
        }
        assertThat(rejections.path("bySoftware")).hasSize(bySoftware.size());
        assertThat(rejections.path("byRule").findValuesAsText("rule")).contains("conflict");
    }

    @Test
    void exportsOneCsvRowPerOfficeWithBomAndTheSameFigures() {
        OfficesCsv csv = metering.officesCsv(Traffic.MONTH);
        StringBuilder all = new StringBuilder();
        List<byte[]> chunks = new ArrayList<>();
        for (byte[] chunk = csv.next(); chunk != null; chunk = csv.next()) {
            chunks.add(chunk);
        }
        assertThat(Arrays.copyOf(chunks.get(0), 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        chunks.forEach(c -> all.append(new String(c, StandardCharsets.UTF_8)));
        String[] lines = all.substring(1).split("\r\n");
        assertThat(lines[0]).isEqualTo(String.join(",", OfficesCsv.columns()));
        assertThat(lines).hasSize(traffic.offices.size() + 1);
        List<String> columns = OfficesCsv.columns();
        for (int i = 1; i < lines.length; i++) {
            List<String> row = Traffic.fields(lines[i]);
            String office = row.get(0);
            assertThat(row).hasSize(columns.size());
            assertThat(row.get(columns.indexOf("documents_sent"))).isEqualTo(
                    String.valueOf(get(traffic.expected.sent, office)));
            assertThat(row.get(columns.indexOf("linked_users_service"))).isEqualTo(
                    String.valueOf(traffic.expected.serviceUsers.getOrDefault(office, Set.of()).size()));
            assertThat(row.get(columns.indexOf("first_linkage"))).isEqualTo(LocalDate.ofInstant(
                    traffic.expected.firstLinkage.get(office), ZoneId.of("Asia/Tokyo")).toString());
        }
    }
}
