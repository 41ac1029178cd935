package jp.renkei.protocol.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.name.FileName;
import org.junit.jupiter.api.Test;

/** The tolerant-reader policy of spec §9: what is accepted (with which warning) and what is not. */
class TolerantReaderTest {

    private static final Validator VALIDATOR = new Validator();

    private static FileReport validate(Fixture f) {
        return VALIDATOR.validateFile(f.name(), f.bytes());
    }

    private static FileReport validate(Fixture f, String text) {
        return VALIDATOR.validateFile(f.name(), text.getBytes(Fixture.MS932));
    }

    private static List<Rule> rules(FileReport report) {
        return report.findings().stream().map(Finding::rule).toList();
    }

    @Test
    void previousMonthDaysUpToFiveDigitsAreAcceptedInBothGenerations() {
        assertThat(rules(validate(Fixture.of(FileKind.UPSIKYU).set("usedDaysToLastMonth", "12345")))).isEmpty();
        assertThat(rules(validate(Fixture.of(FileKind.UPSIKYU).v3().set("usedDaysToLastMonth", "12345")))).isEmpty();
        FileReport six = validate(Fixture.of(FileKind.UPSIKYU).v3().set("usedDaysToLastMonth", "123456"));
        assertThat(rules(six)).containsOnly(Rule.ITEM_012);
        assertThat(six.valid()).isTrue();
        assertThat(six.findings().get(0).item()).isEqualTo(27);
    }

    @Test
    void version202410IsReadAsV4WithAWarningNaming202407() {
        FileReport report = validate(Fixture.of(FileKind.UPPLAN).version("202410"));
        assertThat(rules(report)).containsExactly(Rule.VER_007);
        assertThat(report.findings().get(0).message()).contains("202407");
        assertThat(report.valid()).isTrue();
    }

    @Test
    void edition40ContentInAV41NameIsAccepted() {
        FileReport report = validate(Fixture.of(FileKind.UPPLAN).version("202504"));
        assertThat(rules(report)).containsExactly(Rule.VER_004);
        assertThat(report.valid()).isTrue();
    }

    @Test
    void imageExtensionInUpperCaseIsAcceptedWithoutWarning() {
        String name = UnitRuleTable.IMAGE.replace(".jpg", ".JPG");
        assertThat(VALIDATOR.validateFile(name, UnitRuleTable.JPEG).findings()).isEmpty();
    }

    @Test
    void sixDigitConsultationDateIsAWarningAndStillTheKey() {
        BatchReport report = VALIDATOR.validateBatch(UnitRuleTable.named(new Fixture[] {
            Fixture.of(FileKind.UPKIHON).set("consultationDate", "202401"),
            Fixture.of(FileKind.UPKIHON_SUB1).set("consultationDate", "202401"),
            Fixture.of(FileKind.UPKIHON_SUB2).set("consultationDate", "202401")}), null);
        assertThat(report.accepted()).isTrue();
        assertThat(report.units().get(0).findings()).isEmpty();
        report.files().forEach(f -> assertThat(rules(f)).containsOnly(Rule.ITEM_013));
    }

    @Test
    void displayValuesInTable3AreRejected() {
        assertThat(rules(validate(Fixture.of(FileKind.UP3KYO).set("weekday", "月")))).containsExactly(Rule.CODE_001);
        assertThat(rules(validate(Fixture.of(FileKind.UP3KYO).set("serviceStartTime", "12:00"))))
                .containsExactly(Rule.ITEM_002);
        assertThat(rules(validate(Fixture.of(FileKind.UP3KYO).set("serviceStartTime", "1260"))))
                .containsExactly(Rule.ITEM_003);
    }

    @Test
    void fullWidthMinusInTaisCodeIsAccepted() {
        Fixture f = Fixture.of(FileKind.UPPLAN).add("serviceCode", "171001", "taisCode", "00001－000010");
        assertThat(rules(validate(f))).isEmpty();
    }

    @Test
    void quotedCodesAndNumbersAreReadAsTheirValue() {
        Fixture f = Fixture.of(FileKind.UPPLAN);
        String text = f.text().replace(",111111,", ",\"111111\",").replace(",0,", ",\"0\",");
        assertThat(rules(validate(f, text))).isEmpty();
    }

    @Test
    void lineEndsHeaderAndTrailingEmptyLinesAreTolerated() {
        Fixture f = Fixture.of(FileKind.UPSIKYU);
        String text = "CSVバージョン,保険者番号\n" + f.text().replace("\r\n", "\n") + "\n\n";
        FileReport report = validate(f, text);
        assertThat(rules(report)).containsExactlyInAnyOrder(Rule.CSV_006, Rule.CSV_002);
        assertThat(report.records()).isEqualTo(2);
        assertThat(report.valid()).isTrue();
    }

    @Test
    void endOfDayAndMidnightCrossingAreValidTimes() {
        assertThat(rules(validate(Fixture.of(FileKind.UP3KYO).set("serviceStartTime", "2200")
                .set("serviceEndTime", "0200")))).isEmpty();
        assertThat(rules(validate(Fixture.of(FileKind.UP3KYO).set("serviceEndTime", "2400")))).isEmpty();
        assertThat(rules(validate(Fixture.of(FileKind.UPPLAN).set("startTime", "2200").set("endTime", "0100"))))
                .isEmpty();
    }

    @Test
    void equipmentAdditionWithoutItemCodeIsOnlyAWarning() {
        FileReport report = validate(Fixture.of(FileKind.UPPLAN).add("serviceCode", "176100"));
        assertThat(rules(report)).containsExactly(Rule.EQP_005);
        assertThat(report.valid()).isTrue();
    }

    @Test
    void nineDigitOfficesAndFifteenDigitSequencesAreNotNames() {
        String plan = Fixture.of(FileKind.UPPLAN).name();
        byte[] content = Fixture.of(FileKind.UPPLAN).bytes();
        assertThat(rules(VALIDATOR.validateFile(plan.replace("_1310000023_", "_131000023_"), content)))
                .contains(Rule.NAME_001);
        assertThat(rules(VALIDATOR.validateFile(plan.replace("170501", "1705010"), content))).contains(Rule.NAME_001);
    }

    @Test
    void insurerOfAnotherMunicipalityIsOnlyFormatChecked() {
        assertThat(rules(validate(Fixture.of(FileKind.UPPLAN).set("insurerNumber", "999999")))).isEmpty();
    }

    @Test
    void freeTextWithLineBreaksKeepsLineNumbersOfLaterRecords() {
        Fixture f = Fixture.of(FileKind.UPPLAN).set(0, "plannerName", "一行目\r\n二行目\r\n三行目")
                .add("serviceDate", "20250230");
        FileReport report = validate(f);
        assertThat(report.findings()).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo(Rule.ITEM_003);
            assertThat(x.record()).isEqualTo(2);
            assertThat(x.line()).isEqualTo(4);
        });
    }

    @Test
    void v3PlanSetNamesMayUseTheV4Form() {
        Fixture f = Fixture.of(FileKind.UPPLAN).v3();
        String v4Name = FileName.v4(FileKind.UPPLAN, "202412", Fixture.CARE, Fixture.CARE_KIND, Fixture.SERVICE,
                Fixture.SERVICE_KIND, Fixture.SEQ).format();
        assertThat(VALIDATOR.validateFile(v4Name, f.bytes()).findings()).isEmpty();
    }

    @Test
    void v4ShapedRecordInAV3FileIsPointedOut() {
        String v4Text = Fixture.of(FileKind.UPPLAN).month("202412").text().replace("202407", "202208");
        FileReport report = VALIDATOR.validateFile(Fixture.of(FileKind.UPPLAN).v3().name(),
                v4Text.getBytes(Fixture.MS932));
        assertThat(rules(report)).containsExactly(Rule.ROW_001);
        assertThat(report.findings().get(0).message()).contains("v4");
    }
}
