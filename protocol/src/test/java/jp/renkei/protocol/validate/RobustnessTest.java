package jp.renkei.protocol.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import jp.renkei.protocol.FileKind;
import org.junit.jupiter.api.Test;

/** Hostile and broken input: every case gives a report with findings, never an exception or a hang. */
class RobustnessTest {

    private static final Validator VALIDATOR = new Validator();
    private static final String PLAN = Fixture.of(FileKind.UPPLAN).name();

    private static FileReport validate(byte[] content) {
        return VALIDATOR.validateFile(PLAN, content);
    }

    private static List<Rule> rules(FileReport report) {
        return report.findings().stream().map(Finding::rule).toList();
    }

    @Test
    void undecodableBytesAreReportedWithTheirOffset() {
        byte[] content = Fixture.of(FileKind.UPPLAN).bytes();
        content[10] = (byte) 0xFF;
        FileReport report = validate(content);
        assertThat(report.valid()).isFalse();
        assertThat(report.findings()).anyMatch(f -> f.rule() == Rule.ENC_001 && f.byteOffset() == 10);
    }

    @Test
    void gaijiStopsTheFileAfterTheScan() {
        byte[] content = FileRuleTable.insert(Fixture.of(FileKind.UPPLAN).bytes(), 0xF5, 0x80);
        assertThat(rules(validate(content))).containsExactly(Rule.ENC_003);
    }

    @Test
    void utf8FileIsRejectedWithoutRecordFindings() {
        byte[] content = Fixture.of(FileKind.UPPLAN).text().getBytes(StandardCharsets.UTF_8);
        assertThat(rules(validate(content))).containsExactly(Rule.ENC_004);
    }

    @Test
    void truncatedQuoteStopsTheFile() {
        String text = Fixture.of(FileKind.UPPLAN).add("serviceDate", "20250502").text();
        byte[] content = text.substring(0, text.lastIndexOf('"')).getBytes(Fixture.MS932);
        FileReport report = validate(content);
        assertThat(rules(report)).contains(Rule.CSV_001).doesNotContain(Rule.ROW_001, Rule.T6_005);
    }

    @Test
    void emptyFileHasNoRecordsAndIsValid() {
        FileReport report = validate(new byte[0]);
        assertThat(rules(report)).containsExactly(Rule.ROW_002);
        assertThat(report.valid()).isTrue();
        assertThat(report.csvVersion()).isNull();
    }

    @Test
    void jpegUnderACsvNameIsRejected() {
        byte[] jpeg = new byte[4096];
        new Random(1).nextBytes(jpeg);
        System.arraycopy(UnitRuleTable.JPEG, 0, jpeg, 0, UnitRuleTable.JPEG.length);
        FileReport report = validate(jpeg);
        assertThat(report.valid()).isFalse();
        assertThat(rules(report)).contains(Rule.ENC_001);
    }

    @Test
    void findingsBeyondTheLimitAreCounted() {
        Fixture f = Fixture.of(FileKind.UPPLAN);
        for (int i = 0; i < 1500; i++) {
            f.add("serviceDate", "2025053" + (i % 2 == 0 ? "2" : "3"), "satelliteNo", Integer.toString(i % 100));
        }
        FileReport report = validate(f.bytes());
        assertThat(report.findings()).hasSize(Findings.LIMIT);
        assertThat(report.omitted()).isGreaterThan(0);
        assertThat(report.valid()).isFalse();
    }

    @Test
    void findingsNeverQuoteInsuredNumbersOrFreeText() {
        Fixture f = Fixture.of(FileKind.UPPLAN).set("insuredNumber", "X12345678Z").set("plannerName", "秘密の氏名")
                .set("serviceDate", "20259999");
        String text = f.text().replace("\"秘密の氏名\"", "秘密の氏名");
        FileReport report = validate(text.getBytes(Fixture.MS932));
        assertThat(rules(report)).contains(Rule.ITEM_003, Rule.CSV_005);
        assertThat(report.findings()).allSatisfy(finding -> {
            assertThat(finding.message() + finding.messageJa()).doesNotContain("X12345678Z", "秘密");
        });
        assertThat(report.findings()).anyMatch(x -> x.message().contains("20259999"));
    }

    @Test
    void randomBytesAlwaysGiveAReport() {
        Random random = new Random(42);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 300; i++) {
                byte[] content = new byte[random.nextInt(2048)];
                random.nextBytes(content);
                assertThat(validate(content)).isNotNull();
            }
        });
    }

    @Test
    void mutatedValidFilesAlwaysGiveAReport() {
        Random random = new Random(7);
        byte[][] seeds = Arrays.stream(FileKind.values()).filter(k -> !k.image())
                .map(k -> Fixture.of(k).add().bytes()).toArray(byte[][]::new);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int i = 0; i < 1500; i++) {
                int seed = random.nextInt(seeds.length);
                byte[] content = mutate(seeds[seed], random);
                FileKind kind = FileKind.values()[seed >= FileKind.UPKIHON_IMAGE.ordinal() ? seed + 1 : seed];
                assertThat(VALIDATOR.validateFile(Fixture.of(kind).name(), content)).isNotNull();
            }
        });
    }

    @Test
    void mutatedBatchesAlwaysGiveAReport() {
        Random random = new Random(11);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 100; i++) {
                List<Validator.Named> files = UnitRuleTable.named(Case.serviceUseSet()).stream()
                        .map(n -> new Validator.Named(n.name(), mutate(n.content(), random))).toList();
                assertThat(VALIDATOR.validateBatch(files, "20250101000000").units()).isNotEmpty();
            }
        });
    }

    @Test
    void arbitraryNamesAlwaysGiveAReport() {
        for (String name : List.of("", "_", "UPPLAN_", "UPKIHON_IMAGE_x.jpg", "../../etc/passwd", "UPPLAN_202505.CSV",
                "ＵＰＰＬＡＮ_202505_1310000015_43_1310000023_11_20250420170501.CSV")) {
            assertThat(VALIDATOR.validateFile(name, Fixture.of(FileKind.UPPLAN).bytes()).valid()).as(name).isFalse();
        }
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] b = seed.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(4)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b[at] = (byte) "\",\r\n 0".charAt(random.nextInt(6));
                case 2 -> b = FileRuleTable.concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, at + 1, b.length));
                default -> b = Arrays.copyOf(b, at);
            }
        }
        return b;
    }
}
