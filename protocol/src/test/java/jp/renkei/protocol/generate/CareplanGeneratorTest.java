package jp.renkei.protocol.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.layout.ServiceKinds;
import jp.renkei.protocol.name.FileNames;
import jp.renkei.protocol.record.CareplanCsv;
import jp.renkei.protocol.record.CareplanRecord;
import jp.renkei.protocol.record.UpPlan;
import jp.renkei.protocol.record.UpSikyu;
import jp.renkei.protocol.validate.Validator;
import org.junit.jupiter.api.Test;

class CareplanGeneratorTest {

    private static final List<SendingUnit> V4 = new CareplanGenerator(GeneratorConfig.defaults()).generate();

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherData() {
        assertThat(new CareplanGenerator(GeneratorConfig.defaults()).generate()).isEqualTo(V4);
        GeneratorConfig other = new GeneratorConfig(2, 7, 20, YearMonth.of(2025, 5), 2, CsvVersion.V202407);
        assertThat(new CareplanGenerator(other).generate()).isNotEqualTo(V4);
    }

    @Test
    void everyUnitTypeOccursAndDeletionsTravelAlone() {
        Map<UnitType, Long> types = V4.stream().collect(Collectors.groupingBy(SendingUnit::type,
                Collectors.counting()));
        assertThat(types).containsKeys(UnitType.values());
        V4.stream().filter(u -> u.type().name().endsWith("DELETION"))
                .forEach(u -> assertThat(u.files()).hasSize(1));
        assertThat(V4.stream().filter(u -> u.type() == UnitType.PLAN))
                .allSatisfy(u -> assertThat(u.files()).extracting(f -> f.name().split("_")[0])
                        .containsExactly("UP1KYO", "UP2KYO", "UP3KYO", "UPHOSOKU"));
        assertThat(V4).extracting(SendingUnit::sequence).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void v3PlanSetsHaveNoWeeklySheetAndUseTheV3NameForm() {
        List<SendingUnit> v3 = new CareplanGenerator(new GeneratorConfig(1, 7, 10, YearMonth.of(2024, 12), 5,
                CsvVersion.V202208)).generate();
        assertThat(v3).flatExtracting(SendingUnit::files).extracting(GeneratedFile::name)
                .noneMatch(n -> n.startsWith("UP3KYO"))
                .allMatch(n -> n.matches("[A-Z0-9]+(_[0-9]{6})?_[0-9]{10}_[0-9]{10}_[0-9]{14}\\.CSV"));
        assertThat(v3).flatExtracting(SendingUnit::files).allSatisfy(f -> assertThat(
                new String(f.content(), CareplanCsv.MS932)).startsWith("202208,"));
    }

    @Test
    void theGrandTotalOfEachUserMonthIsTheSumOfTheOfficeSubtotals() throws IOException {
        for (SendingUnit unit : V4) {
            for (GeneratedFile f : unit.files()) {
                if (f.name().startsWith("UPSIKYU")) {
                    checkTotals(CareplanCsv.read(f.content(), FileKind.UPSIKYU));
                }
            }
        }
    }

    @Test
    void rentalRowsCarryAnItemCodeAndTheirDetailNumber() throws IOException {
        List<UpPlan> rentals = V4.stream().flatMap(u -> u.files().stream()).filter(f -> f.name().startsWith("UPPLAN"))
                .flatMap(f -> read(f, FileKind.UPPLAN).stream()).map(UpPlan.class::cast)
                .filter(p -> p.serviceCode().startsWith("17")).toList();
        assertThat(rentals).isNotEmpty().allSatisfy(p -> {
            assertThat(p.taisCode().isEmpty()).isNotEqualTo(p.equipmentNotificationCode().isEmpty());
            assertThat(p.detailNo()).matches("[1-9]");
            assertThat(p.startTime()).isEqualTo("9999");
        });
    }

    @Test
    void fileNamesParseAndEveryFileReadsBackAsRecordsOfItsKind() {
        for (SendingUnit unit : V4) {
            for (GeneratedFile f : unit.files()) {
                FileKind kind = FileKind.matchPrefix(f.name()).orElseThrow();
                assertThat(FileNames.parse(f.name(), ServiceKinds.defaults()).findings()).isEmpty();
                assertThat(read(f, kind)).isNotEmpty();
            }
        }
    }

    @Test
    void sizedFilesReachTheSizeAskedForWithinOneRecord() throws IOException {
        for (long size : List.of(1024L, 100 * 1024L)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long written = new SizedPlanFile(9).writeTo(out, size);
            assertThat(written).isEqualTo(out.size()).isBetween(size, size + 400);
            assertThat(CareplanCsv.read(out.toByteArray(), FileKind.UPPLAN)).isNotEmpty();
        }
        assertThat(new SizedPlanFile(9).fileName()).matches("UPPLAN_202505_[0-9]{10}_43_[0-9]{10}_11_[0-9]{14}\\.CSV");
    }

    @Test
    void aSizedFileForAChosenAddressIsValidThereWithNoFinding() {
        SizedPlanFile plan = new SizedPlanFile(4, "1390000001", "1390000002");
        String name = plan.fileName("20250601093000");
        byte[] content = plan.bytes(8 * 1024);
        assertThat(name).isEqualTo("UPPLAN_202505_1390000001_43_1390000002_11_20250601093000.CSV");
        assertThat(content.length).isBetween(8 * 1024, 8 * 1024 + 400);
        assertThat(new Validator().validateFile(name, content).findings()).isEmpty();
        assertThat(new SizedPlanFile(4, "1390000001", "1390000002").bytes(8 * 1024)).isEqualTo(content);
    }

    @Test
    void aServiceUseUnitForAChosenAddressIsAnAcceptedSetWithNoFinding() {
        GeneratorConfig config = new GeneratorConfig(1, 1, 3, YearMonth.of(2025, 5), 8, CsvVersion.V202407);
        SendingUnit unit = new CareplanGenerator(config).serviceUseUnit("1390000001", "1390000002",
                java.time.LocalDateTime.of(2025, 9, 1, 9, 0, 1));
        assertThat(unit.files()).extracting(GeneratedFile::name).containsExactly(
                "UPPLAN_202505_1390000001_43_1390000002_11_20250901090001.CSV",
                "UPSIKYU_202505_1390000001_43_1390000002_11_20250901090001.CSV",
                "UPHOSOKU_202505_1390000001_43_1390000002_11_20250901090001.CSV");
        var report = new Validator().validateBatch(unit.files().stream()
                .map(f -> new Validator.Named(f.name(), f.content())).toList(), null);
        assertThat(report.files()).allSatisfy(f -> assertThat(f.findings()).isEmpty());
        assertThat(report.units()).singleElement().satisfies(u -> assertThat(u.findings()).isEmpty());
    }

    @Test
    void configsOutsideTheVersionsMonthsAreRefused() {
        assertThatThrownBy(() -> new GeneratorConfig(1, 1, 1, YearMonth.of(2025, 3), 1, CsvVersion.V202407))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeneratorConfig(1, 1, 1, YearMonth.of(2025, 4), 1, CsvVersion.V202208))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeneratorConfig(1, 1, 1, YearMonth.of(2025, 5), 1, CsvVersion.V202504))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeneratorConfig(0, 1, 1, YearMonth.of(2025, 5), 1, CsvVersion.V202407))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void checkTotals(List<CareplanRecord> rows) {
        Map<String, List<UpSikyu>> byUser = rows.stream().map(UpSikyu.class::cast)
                .collect(Collectors.groupingBy(UpSikyu::insuredNumber));
        byUser.values().forEach(user -> {
            List<UpSikyu> subtotals = user.stream().filter(r -> r.serviceCode().endsWith("AAAA")).toList();
            UpSikyu total = user.stream().filter(r -> r.serviceCode().equals("999999")).findFirst().orElseThrow();
            for (Function<UpSikyu, String> amount : List.<Function<UpSikyu, String>>of(UpSikyu::serviceUnitAmount,
                    UpSikyu::totalCost, UpSikyu::insuranceClaim, UpSikyu::userCopay)) {
                assertThat(subtotals.stream().mapToLong(r -> Long.parseLong(amount.apply(r))).sum())
                        .isEqualTo(Long.parseLong(amount.apply(total)));
            }
            long details = user.stream().filter(r -> r.serviceCode().matches("[0-9]{6}")
                    && !r.serviceCode().equals("999999")).mapToLong(r -> Long.parseLong(r.serviceUnitAmount())).sum();
            assertThat(details).isEqualTo(Long.parseLong(total.serviceUnitAmount()));
        });
    }

    private static List<CareplanRecord> read(GeneratedFile f, FileKind kind) {
        try {
            return CareplanCsv.read(f.content(), kind);
        } catch (IOException e) {
            throw new AssertionError(f.name(), e);
        }
    }
}
