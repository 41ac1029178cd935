package jp.renkei.protocol.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BaselineTest {

    static Stream<Arguments> units() {
        return Stream.of(
                Arguments.of("U1 plan set", UnitRuleTable.named(Case.planSet())),
                Arguments.of("U2 利用票 set", UnitRuleTable.named(Case.serviceUseSet())),
                Arguments.of("U5 actuals", UnitRuleTable.named(new Fixture[] {Fixture.of(FileKind.UPJSK)})),
                Arguments.of("U7 with image", UnitRuleTable.named(Case.with(Case.basicInfoSet(),
                        Fixture.of(FileKind.UPKIHON).set("familyImageFileName", UnitRuleTable.IMAGE)),
                        new Validator.Named(UnitRuleTable.IMAGE, UnitRuleTable.JPEG))),
                Arguments.of("U8 with U7", UnitRuleTable.named(Case.with(UnitRuleTable.preventivePlanSet(),
                        Fixture.of(FileKind.UPKIHON)), Fixture.of(FileKind.UPKIHON_SUB1).named(),
                        Fixture.of(FileKind.UPKIHON_SUB2).named())),
                Arguments.of("U3 deletion", UnitRuleTable.named(new Fixture[] {Fixture.of(FileKind.DLT1KYO)})),
                Arguments.of("v3 U2", UnitRuleTable.named(new Fixture[] {Fixture.of(FileKind.UPPLAN).v3(),
                    Fixture.of(FileKind.UPSIKYU).v3(), Fixture.of(FileKind.UPHOSOKU).v3()})));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    void completeUnitIsAcceptedWithoutAnyFinding(String label, List<Validator.Named> files) {
        BatchReport report = validator.validateBatch(files, null);
        assertThat(report.units()).hasSize(1);
        assertThat(report.units().get(0).findings()).isEmpty();
        report.files().forEach(f -> assertThat(f.findings()).as(f.file()).isEmpty());
        assertThat(report.accepted()).isTrue();
    }

    private final Validator validator = new Validator();

    static Stream<Arguments> csvKinds() {
        return Arrays.stream(FileKind.values()).filter(k -> !k.image()).flatMap(k -> Stream.of(
                Arguments.of(k, LayoutGeneration.V4),
                Arguments.of(k, LayoutGeneration.V3)).filter(a -> k.itemCount((LayoutGeneration) a.get()[1]) > 0));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("csvKinds")
    void baselineFileOfEveryKindHasNoFindings(FileKind kind, LayoutGeneration generation) {
        Fixture f = Fixture.of(kind);
        if (generation == LayoutGeneration.V3) {
            f.v3();
        }
        FileReport report = validator.validateFile(f.name(), f.bytes());
        assertThat(report.findings()).as(f.name()).isEmpty();
        assertThat(report.records()).isEqualTo(f.rows().size());
        assertThat(report.kind()).isEqualTo(kind);
    }
}
