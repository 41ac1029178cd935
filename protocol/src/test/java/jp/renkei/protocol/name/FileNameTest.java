package jp.renkei.protocol.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.layout.ServiceKinds;
import org.junit.jupiter.api.Test;

class FileNameTest {

    private static final String FROM = "1310000015";
    private static final String TO = "1310000023";
    private static final String SEQ = "20250415093012";

    @Test
    void buildsCanonicalV4V3AndImageNames() {
        assertThat(FileName.v4(FileKind.UPPLAN, "202505", FROM, "43", TO, "11", "20250420170501").format())
                .isEqualTo("UPPLAN_202505_1310000015_43_1310000023_11_20250420170501.CSV");
        assertThat(FileName.v3(FileKind.UP2KYO, null, FROM, TO, "20241110102233").format())
                .isEqualTo("UP2KYO_1310000015_1310000023_20241110102233.CSV");
        assertThat(FileName.image(FROM, "43", TO, "11", SEQ, "0001").format())
                .isEqualTo("UPKIHON_IMAGE_1310000015_43_1310000023_11_20250415093012_0001.jpg");
    }

    @Test
    void builtNamesRoundTripThroughParse() {
        for (FileKind kind : FileKind.values()) {
            String month = kind.monthBearing() ? "000000" : null;
            FileName built = kind.image() ? FileName.image(FROM, "43", TO, "11", SEQ, "0002")
                    : FileName.v4(kind, month, FROM, "43", TO, "11", SEQ);

            assertThat(FileNames.parse(built.format(), ServiceKinds.defaults()).name()).isEqualTo(built);
        }
    }

    @Test
    void keepsTheWrittenExtensionAndCanCanonicalizeIt() {
        String text = "UP1KYO_1310000015_43_1310000023_11_20250415093012.csv";
        FileName parsed = FileNames.parse(text, ServiceKinds.defaults()).name();

        assertThat(parsed.format()).isEqualTo(text);
        assertThat(parsed.withCanonicalExtension().format()).endsWith(".CSV");
    }

    @Test
    void rejectsPartsOfTheWrongShape() {
        assertThatIllegalArgumentException().isThrownBy(() -> FileName.v4(FileKind.UP1KYO, null, "131000001", "43",
                TO, "11", SEQ)).withMessage("sender office number has 9 digits; 10 expected");
        assertThatIllegalArgumentException().isThrownBy(() -> FileName.v4(FileKind.UP1KYO, null, FROM, "4a", TO,
                "11", SEQ)).withMessageContaining("sender kind code '4a'");
        assertThatIllegalArgumentException().isThrownBy(() -> FileName.v4(FileKind.UP1KYO, null, FROM, "43", TO,
                "11", SEQ + "1")).withMessage("SEQ has 15 digits; 14 expected");
        assertThatIllegalArgumentException().isThrownBy(() -> FileName.v3(FileKind.UP1KYO, null, FROM, null, SEQ))
                .withMessageContaining("recipient office number is required");
        assertThatIllegalArgumentException().isThrownBy(() -> FileName.image(FROM, "43", TO, "11", SEQ, "1"))
                .withMessageContaining("image branch number has 1 digits");
    }

    @Test
    void rejectsAMonthThatTheKindDoesNotHaveOrLacks() {
        assertThatIllegalArgumentException().isThrownBy(() -> FileName.v4(FileKind.UP1KYO, "202505", FROM, "43", TO,
                "11", SEQ)).withMessage("UP1KYO names carry no month part");
        assertThatIllegalArgumentException().isThrownBy(() -> FileName.v4(FileKind.UPPLAN, null, FROM, "43", TO,
                "11", SEQ)).withMessage("month is required for UPPLAN");
    }

    @Test
    void rejectsTheV3FormForV4OnlyKindsAndCsvFactoriesForTheImage() {
        assertThatIllegalArgumentException().isThrownBy(() -> FileName.v3(FileKind.UP3KYO, null, FROM, TO, SEQ))
                .withMessage("UP3KYO exists only in the v4 form");
        assertThatIllegalArgumentException().isThrownBy(() -> FileName.v4(FileKind.UPKIHON_IMAGE, null, FROM, "43",
                TO, "11", SEQ));
        assertThatIllegalArgumentException().isThrownBy(() -> FileName.v3(null, null, FROM, TO, SEQ));
    }

    @Test
    void leavesSemanticRulesToTheParserSoFixturesCanBreakThem() {
        FileName same = FileName.v4(FileKind.UPPLAN, "202513", FROM, "43", FROM, "11", "20251399999999");

        assertThat(FileNames.parse(same.format(), ServiceKinds.defaults()).findings()).hasSize(3);
    }
}
