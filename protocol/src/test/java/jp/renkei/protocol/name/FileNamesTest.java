package jp.renkei.protocol.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.layout.ServiceKinds;
import jp.renkei.protocol.validate.Finding;
import jp.renkei.protocol.validate.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

    private static final ServiceKinds KINDS = ServiceKinds.defaults();
    private static final String FROM = "1310000015";
    private static final String TO = "1310000023";
    private static final String SEQ = "20250415093012";

    private static NameParse parse(String name) {
        return FileNames.parse(name, KINDS);
    }

    private static List<Rule> rules(NameParse parse) {
        return parse.findings().stream().map(Finding::rule).toList();
    }

    private static String monthFor(FileKind kind) {
        return kind.monthBearing() ? "202505" : null;
    }

    @ParameterizedTest
    @EnumSource(value = FileKind.class, mode = EnumSource.Mode.EXCLUDE, names = "UPKIHON_IMAGE")
    void parsesEveryCsvPrefixInTheV4Form(FileKind kind) {
        String month = kind.monthBearing() ? "_202505" : "";
        String text = kind.prefix() + month + "_" + FROM + "_43_" + TO + "_11_" + SEQ + ".CSV";

        NameParse parse = parse(text);

        assertThat(parse.findings()).isEmpty();
        assertThat(parse.name()).isEqualTo(new FileName(kind, NameForm.V4, monthFor(kind), FROM, "43", TO, "11",
                SEQ, null, "CSV"));
        assertThat(parse.name().format()).isEqualTo(text);
        assertThat(FileName.v4(kind, monthFor(kind), FROM, "43", TO, "11", SEQ)).isEqualTo(parse.name());
    }

    @ParameterizedTest
    @EnumSource(value = FileKind.class, mode = EnumSource.Mode.EXCLUDE, names = "UPKIHON_IMAGE")
    void parsesTheV3FormOnlyForKindsThatExistedInV3(FileKind kind) {
        String month = kind.monthBearing() ? "_202412" : "";
        String text = kind.prefix() + month + "_" + FROM + "_" + TO + "_" + SEQ + ".CSV";

        NameParse parse = parse(text);

        if (kind.v4Only()) {
            assertThat(parse.name()).isNull();
            assertThat(rules(parse)).containsExactly(Rule.NAME_001);
            assertThat(parse.findings().get(0).message()).startsWith(kind.prefix() + " exists only in the v4 form");
        } else {
            assertThat(parse.findings()).isEmpty();
            FileName expected = FileName.v3(kind, kind.monthBearing() ? "202412" : null, FROM, TO, SEQ);
            assertThat(parse.name()).isEqualTo(expected);
            assertThat(parse.name().form()).isEqualTo(NameForm.V3);
            assertThat(parse.name().senderKind()).isNull();
            assertThat(expected.format()).isEqualTo(text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {".jpg", ".JPG", ".Jpg"})
    void parsesTheImageFormWithTheJpgExtensionInAnyCase(String extension) {
        String text = "UPKIHON_IMAGE_" + FROM + "_43_" + TO + "_11_" + SEQ + "_0001" + extension;

        NameParse parse = parse(text);

        assertThat(parse.findings()).isEmpty();
        assertThat(parse.name().kind()).isEqualTo(FileKind.UPKIHON_IMAGE);
        assertThat(parse.name().branch()).isEqualTo("0001");
        assertThat(parse.name().format()).isEqualTo(text);
        assertThat(parse.name().unit()).isEqualTo(new UnitAddress(NameForm.V4, FROM, "43", TO, "11", SEQ));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "UP1KYO_1310000015_43_1310000023_11_20250415093012.CSV",
        "UPHOSOKU_000000_1310000015_43_1310000023_11_20250415093012.CSV",
        "UPPLAN_202505_1310000015_43_1310000023_11_20250420170501.CSV",
        "UPJSK_202505_1310000023_11_1310000015_43_20250603101500.CSV",
        "UPKIHON_IMAGE_1310000015_43_1310000023_11_20250415093012_0001.jpg",
        "UPPLAN_202412_1310000015_1310000023_20241120170501.CSV",
        "UP2KYO_1310000015_1310000023_20241110102233.CSV"})
    void acceptsEveryExampleOfTheSpecWithoutFindings(String text) {
        NameParse parse = parse(text);

        assertThat(parse.findings()).isEmpty();
        assertThat(parse.name().format()).isEqualTo(text);
    }

    @Test
    void tellsV4FromV3FormAndPicksTheLongestPrefix() {
        assertThat(parse("UPKIHON_SUB1_" + FROM + "_43_" + TO + "_11_" + SEQ + ".CSV").name().kind())
                .isEqualTo(FileKind.UPKIHON_SUB1);
        assertThat(parse("UPYOBO_SUB_" + FROM + "_43_" + TO + "_11_" + SEQ + ".CSV").name().kind())
                .isEqualTo(FileKind.UPYOBO_SUB);
        assertThat(parse("UPKIHON_" + FROM + "_43_" + TO + "_11_" + SEQ + ".CSV").name().kind())
                .isEqualTo(FileKind.UPKIHON);
    }

    static Stream<Arguments> malformedParts() {
        String v4 = "_" + FROM + "_43_" + TO + "_11_" + SEQ + ".CSV";
        return Stream.of(
            Arguments.of("UP1KYO_131000001_43_" + TO + "_11_" + SEQ + ".CSV",
                    "sender office number has 9 digits; 10 expected"),
            Arguments.of("UP1KYO_" + FROM + "_43_13100000234_11_" + SEQ + ".CSV",
                    "recipient office number has 11 digits; 10 expected"),
            Arguments.of("UP1KYO_13100A0015_43_" + TO + "_11_" + SEQ + ".CSV",
                    "sender office number '13100A0015' must be 10 digits 0-9"),
            Arguments.of("UP1KYO_１３１００００１５_43_" + TO + "_11_" + SEQ + ".CSV",
                    "sender office number '１３１００００１５' must be 10 digits 0-9"),
            Arguments.of("UP1KYO_" + FROM + "_4_" + TO + "_11_" + SEQ + ".CSV",
                    "sender kind code '4' must be 2 characters of 0-9A-Z"),
            Arguments.of("UP1KYO_" + FROM + "_43_" + TO + "_4a_" + SEQ + ".CSV",
                    "recipient kind code '4a' must be 2 characters of 0-9A-Z"),
            Arguments.of("UP1KYO_" + FROM + "_431_" + TO + "_11_" + SEQ + ".CSV",
                    "sender kind code '431' must be 2 characters of 0-9A-Z"),
            Arguments.of("UP1KYO_" + FROM + "_43_" + TO + "_11_202504150930121.CSV", "SEQ has 15 digits; 14 expected"),
            Arguments.of("UP1KYO_" + FROM + "_43_" + TO + "_11_" + ".CSV", "SEQ is empty; 14 digits expected"),
            Arguments.of("UPPLAN_20255_" + FROM + "_43_" + TO + "_11_" + SEQ + ".CSV",
                    "month has 5 digits; 6 expected"),
            Arguments.of("UPKIHON_IMAGE" + v4.replace(".CSV", "_01.jpg"),
                    "image branch number has 2 digits; 4 expected"),
            Arguments.of("UP1KYO" + v4.replace(".CSV", ".txt"), "extension '.txt': CSV expected"),
            Arguments.of("UP1KYO" + v4.replace(".CSV", ".jpg"), "extension '.jpg': CSV expected"),
            Arguments.of("UPKIHON_IMAGE" + v4.replace(".CSV", "_0001.png"), "extension '.png': JPG expected"),
            Arguments.of("UP1KYO" + v4.replace(".CSV", ""), "the name has no extension; .CSV expected"),
            Arguments.of("UP3KYO_" + FROM + "_" + TO + "_" + SEQ + ".CSV",
                    "UP3KYO exists only in the v4 form (FROM_FROMKIND_TO_TOKIND_SEQ)"),
            Arguments.of("UPYOBO_" + FROM + "_" + TO + "_" + SEQ + ".CSV", "UPYOBO exists only in the v4 form"),
            Arguments.of("UP1KYO_202505" + v4, "6 parts between the prefix and the extension; UP1KYO names have "
                    + "v4 form FROM_FROMKIND_TO_TOKIND_SEQ or v3 form FROM_TO_SEQ; UP1KYO names carry no month part"),
            Arguments.of("UPPLAN" + v4, "5 parts between the prefix and the extension; UPPLAN names have v4 form "
                    + "MONTH_FROM_FROMKIND_TO_TOKIND_SEQ or v3 form MONTH_FROM_TO_SEQ"),
            Arguments.of("UPKIHON_IMAGE" + v4.replace(".CSV", ".jpg"),
                    "5 parts between the prefix and the extension; UPKIHON_IMAGE names have "
                    + "FROM_FROMKIND_TO_TOKIND_SEQ_BRANCH"));
    }

    @ParameterizedTest
    @MethodSource("malformedParts")
    void namesTheMalformedPartInOneNameError(String text, String message) {
        NameParse parse = parse(text);

        assertThat(parse.name()).isNull();
        assertThat(rules(parse)).containsExactly(Rule.NAME_001);
        Finding finding = parse.findings().get(0);
        assertThat(finding.message()).startsWith(message);
        assertThat(finding.messageJa()).isNotBlank().isNotEqualTo(finding.message());
        assertThat(finding.file()).isEqualTo(text);
        assertThat(finding.record()).isZero();
        assertThat(finding.line()).isZero();
        assertThat(finding.byteOffset()).isEqualTo(-1);
        assertThat(finding.item()).isZero();
        assertThat(finding.itemName()).isNull();
    }

    @Test
    void reportsEveryMalformedPartOfOneName() {
        NameParse parse = parse("UP1KYO_131000001_4a_1310000023_11_202504150930121.CSV");

        assertThat(parse.findings()).extracting(Finding::message).containsExactly(
                "sender office number has 9 digits; 10 expected",
                "sender kind code '4a' must be 2 characters of 0-9A-Z",
                "SEQ has 15 digits; 14 expected");
    }

    static Stream<Arguments> ruleCases() {
        String addr = "_" + FROM + "_43_" + TO + "_11_" + SEQ;
        return Stream.of(
            Arguments.of("UP1KYO" + addr + ".csv", List.of(Rule.NAME_003)),
            Arguments.of("UP1KYO" + addr + ".Csv", List.of(Rule.NAME_003)),
            Arguments.of("UPPLAN_202513" + addr + ".CSV", List.of(Rule.NAME_004)),
            Arguments.of("UPPLAN_202500" + addr + ".CSV", List.of(Rule.NAME_004)),
            Arguments.of("UPPLAN_000000" + addr + ".CSV", List.of(Rule.NAME_004)),
            Arguments.of("DLTJSK_000000_" + FROM + "_11_" + TO + "_43_" + SEQ + ".CSV", List.of(Rule.NAME_004)),
            Arguments.of("UPHOSOKU_000000" + addr + ".CSV", List.of()),
            Arguments.of("UPHOSOKU_202599" + addr + ".CSV", List.of(Rule.NAME_004)),
            Arguments.of("UP1KYO_" + FROM + "_43_" + FROM + "_11_" + SEQ + ".CSV", List.of(Rule.NAME_005)),
            Arguments.of("UP2KYO_" + FROM + "_" + FROM + "_" + SEQ + ".CSV", List.of(Rule.NAME_005)),
            Arguments.of("UP1KYO_" + FROM + "_43_" + TO + "_11_20251301000000.CSV", List.of(Rule.NAME_006)),
            Arguments.of("UP1KYO_" + FROM + "_43_" + TO + "_11_20250230000000.CSV", List.of(Rule.NAME_006)),
            Arguments.of("UP1KYO_" + FROM + "_43_" + TO + "_11_20250415240000.CSV", List.of(Rule.NAME_006)),
            Arguments.of("UP1KYO_" + FROM + "_43_" + TO + "_11_20250415236000.CSV", List.of(Rule.NAME_006)),
            Arguments.of("UP1KYO_" + FROM + "_43_" + TO + "_11_20250415235960.CSV", List.of(Rule.NAME_006)),
            Arguments.of("UP1KYO_" + FROM + "_43_" + TO + "_11_20240229235959.CSV", List.of()),
            Arguments.of("UP1KYO_" + FROM + "_43_" + TO + "_33_" + SEQ + ".CSV", List.of(Rule.NAME_008)),
            Arguments.of("UPSIKYU_202505_" + FROM + "_43_" + TO + "_51_" + SEQ + ".CSV", List.of(Rule.NAME_008)),
            Arguments.of("UPJSK_202505_" + TO + "_41_" + FROM + "_43_" + SEQ + ".CSV", List.of(Rule.NAME_008)),
            Arguments.of("DLTJSK_202505_" + TO + "_42_" + FROM + "_43_" + SEQ + ".CSV", List.of(Rule.NAME_008)),
            Arguments.of("UPJSK_202505_" + TO + "_11_" + FROM + "_33_" + SEQ + ".CSV", List.of()),
            Arguments.of("UP1KYO_" + FROM + "_33_" + TO + "_43_" + SEQ + ".CSV", List.of()),
            Arguments.of("UP1KYO_" + FROM + "_43_" + TO + "_43_" + SEQ + ".CSV", List.of()),
            Arguments.of("UP1KYO_" + FROM + "_43_" + TO + "_ZZ_" + SEQ + ".CSV", List.of()),
            Arguments.of("UPYOBO_" + FROM + "_43_" + TO + "_35_" + SEQ + ".CSV", List.of()),
            Arguments.of("UPKIHON_IMAGE_" + FROM + "_43_" + TO + "_44_" + SEQ + "_0001.JPG", List.of()),
            Arguments.of("UPPLAN_202513_" + FROM + "_43_" + FROM + "_33_20251301000000.csv",
                    List.of(Rule.NAME_003, Rule.NAME_004, Rule.NAME_005, Rule.NAME_006, Rule.NAME_008)));
    }

    @ParameterizedTest
    @MethodSource("ruleCases")
    void appliesTheNameRulesToWellFormedNames(String text, List<Rule> expected) {
        NameParse parse = parse(text);

        assertThat(rules(parse)).containsExactlyElementsOf(expected);
        assertThat(parse.name()).isNotNull();
        assertThat(parse.name().format()).isEqualTo(text);
        assertThat(parse.hasErrors()).isEqualTo(expected.stream().anyMatch(r -> r.severity().name().equals("ERROR")));
        parse.findings().forEach(f -> assertThat(f.messageJa()).isNotBlank());
    }

    @Test
    void nameEightNamesTheSideAndTheCode() {
        Finding finding = parse("UPJSK_202505_" + TO + "_41_" + FROM + "_43_" + SEQ + ".CSV").findings().get(0);

        assertThat(finding.message()).startsWith("sender kind code 41 (the service office's side)");
    }

    @Test
    void nameEightFollowsTheConfiguredLists() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("kinds", ".properties");
        java.nio.file.Files.writeString(file, "target=11\nnonTarget=43\n");
        ServiceKinds kinds = ServiceKinds.load(file);
        java.nio.file.Files.delete(file);

        NameParse parse = FileNames.parse("UP1KYO_" + FROM + "_11_" + TO + "_43_" + SEQ + ".CSV", kinds);

        assertThat(rules(parse)).containsExactly(Rule.NAME_008);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "_", ".CSV", "UP1KYO", "UP1KYO_", "up1kyo_1310000015_43_1310000023_11_20250415093012.CSV",
        "UPKIHON_SUB3_1310000015_43_1310000023_11_20250415093012.CSV",
        "../UP1KYO_1310000015_43_1310000023_11_20250415093012.CSV",
        "/etc/passwd", "C:\\UP1KYO_1310000015_43_1310000023_11_20250415093012.CSV",
        "UP1KYO_../../etc/passwd", "UP1KYO_1310000015_43_1310000023_11_2025/../../x.CSV",
        "UP1KYO_1310000015_43_1310000023_11_20250415093012.CSV/../x",
        "UP1KYO_1310000015_43_1310000023_11_20250415093012.CSV\u0000.jpg",
        "UP1KYO_1310000015\u0000_43_1310000023_11_20250415093012.CSV",
        "UP1KYO_1310000015_43_1310000023_11_20250415093012 .CSV",
        "UP1KYO_ 1310000015_43_1310000023_11_20250415093012.CSV",
        "UP1KYO_1310000015_43_1310000023_11_20250415093012.ＣＳＶ",
        "UP1KYO_1310000015_43_1310000023_11_20250415093012.\u017Fsv",
        "UP1KYO_1310000015_43_1310000023_11_２０２５０４１５０９３０１２.CSV",
        "UP1KYO_居宅_43_1310000023_11_20250415093012.CSV",
        "UP1KYO_1310000015_43_1310000023_11_20250415093012\r\nX-Evil: 1.CSV",
        "UP1KYO_1310000015_43_1310000023_11_20250415093012.CSV.",
        "UP1KYO___________.CSV", "UP1KYO_\uD83D\uDE00_43_1310000023_11_20250415093012.CSV",
        "UP1KYO_\uD800_43_1310000023_11_20250415093012.CSV"})
    void hostileNamesGiveAFindingAndNoName(String text) {
        NameParse parse = parse(text);

        assertThat(parse.name()).isNull();
        assertThat(rules(parse)).isNotEmpty().allMatch(r -> r == Rule.NAME_001 || r == Rule.NAME_002);
        parse.findings().forEach(f -> {
            assertThat(f.file()).isEqualTo(text);
            assertThat(f.message()).doesNotContain("\u0000", "\r", "\n");
            assertThat(f.messageJa()).doesNotContain("\u0000", "\r", "\n");
        });
    }

    @Test
    void hintsThatPrefixesAreCaseSensitive() {
        Finding finding = parse("up1kyo_1310000015_43_1310000023_11_20250415093012.CSV").findings().get(0);

        assertThat(finding.rule()).isEqualTo(Rule.NAME_002);
        assertThat(finding.message()).endsWith("(prefixes are case-sensitive)");
    }

    @Test
    void cutsLongQuotedPartsAndShowsControlCharactersEscaped() {
        String longPart = "9".repeat(30) + "x".repeat(30);
        Finding finding = parse("UP1KYO_" + longPart + "_43_1310000023_11_20250415093012.CSV").findings().get(0);
        Finding nul = parse("UP1KYO_131000001\u0000_43_1310000023_11_20250415093012.CSV").findings().get(0);

        assertThat(finding.message()).contains("'" + longPart.substring(0, 40) + "…'");
        assertThat(nul.message()).isEqualTo("sender office number '131000001\\u0000' must be 10 digits 0-9");
    }

    @Test
    void parsesAHugeNameWithoutTrouble() {
        String huge = "UP1KYO_" + "_".repeat(1_000_000) + ".CSV";

        assertThat(rules(parse(huge))).containsExactly(Rule.NAME_001);
    }

    @Test
    void listsEveryKindAmongTheTestedPrefixes() {
        assertThat(Arrays.stream(FileKind.values()).map(FileKind::prefix)).hasSize(18);
    }
}
