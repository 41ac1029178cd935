package jp.renkei.protocol.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import jp.renkei.protocol.validate.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ByteScanTest {

    private static final Charset MS932 = Charset.forName("windows-31j");

    private static Collected scan(byte[] bytes) {
        Collected c = new Collected();
        ByteScan.Result result = ByteScan.scan(bytes, c);
        assertThat(result.bytes()).isLessThanOrEqualTo(bytes.length);
        return c;
    }

    private static boolean proceeds(byte[] bytes) {
        return ByteScan.scan(bytes, (r, i, l, o, m, j) -> { }).proceed();
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] ms932(String text) {
        return text.getBytes(MS932);
    }

    @Test
    void aValidJapaneseHeavyMs932FileGivesNoFinding() {
        String text = "202407,131016,0000000001,\"髙橋　太郎\",\"ﾀｶﾊｼ ﾀﾛｳ\",\"要介護３・①②㈱№∵≒≡∫∮√⊥∠∟⊿∵∩∪纊褜鍈銈蓜\","
                + "\"ソ表能予十申貼構\\\",\"ＡＢＣａｂｃ０１２ーｰ～〜−‖\"\r\n";
        byte[] bytes = ms932(text.repeat(500));

        Collected c = scan(bytes);

        assertThat(c.problems).isEmpty();
        assertThat(ByteScan.scan(bytes, c)).isEqualTo(new ByteScan.Result(true, bytes.length, 0));
    }

    @Test
    void everyMappedPairIsAcceptedAndEveryUnmappedPairIsReported() {
        int accepted = 0;
        for (int lead : new int[] {0x81, 0x88, 0x9F, 0xE0, 0xEA, 0xED, 0xEE, 0xEF, 0xFA, 0xFC}) {
            for (int trail = 0x40; trail <= 0xFC; trail++) {
                if (trail == 0x7F) {
                    continue;
                }
                byte[] pair = bytes(lead, trail);
                boolean mapped = Ms932.pair(lead, trail) != 0;
                assertThat(scan(pair).rules()).as("%02X %02X", lead, trail)
                        .isEqualTo(mapped ? java.util.List.of() : java.util.List.of(Rule.ENC_001));
                accepted += mapped ? 1 : 0;
            }
        }
        assertThat(accepted).isGreaterThan(1000);
    }

    static Stream<Arguments> boms() {
        return Stream.of(
                Arguments.of(bytes(0xEF, 0xBB, 0xBF), "UTF-8 byte order mark (EF BB BF)"),
                Arguments.of(bytes(0xFF, 0xFE), "UTF-16LE byte order mark (FF FE)"),
                Arguments.of(bytes(0xFE, 0xFF), "UTF-16BE byte order mark (FE FF)"));
    }

    @ParameterizedTest
    @MethodSource("boms")
    void stopsAtEveryUnicodeBom(byte[] bom, String what) {
        byte[] file = concat(bom, ms932("202407,\u0001\u0080"), bytes(0x80, 0xF0, 0x40));

        Collected c = scan(file);

        assertThat(c.rules()).containsExactly(Rule.ENC_002);
        assertThat(c.problems.get(0).message()).contains(what);
        assertThat(c.problems.get(0).byteOffset()).isZero();
        assertThat(proceeds(file)).isFalse();
    }

    @Test
    void aBomAloneOrCutShortIsStillTellable() {
        assertThat(scan(bytes(0xEF, 0xBB, 0xBF)).rules()).containsExactly(Rule.ENC_002);
        assertThat(scan(bytes(0xEF, 0xBB)).rules()).containsExactly(Rule.ENC_001);
        assertThat(scan(bytes(0xFE)).rules()).containsExactly(Rule.ENC_001);
    }

    @Test
    void stopsAtUtf8WithThreeByteCharactersAndReportsNothingElse() {
        byte[] file = concat("202407,\"介護\u0001\"\r\n".getBytes(StandardCharsets.UTF_8));

        Collected c = scan(file);

        assertThat(c.rules()).containsExactly(Rule.ENC_004);
        assertThat(c.problems.get(0).message()).contains("offset 8");
        assertThat(proceeds(file)).isFalse();
    }

    @Test
    void stopsAtUtf8WithFourByteCharacters() {
        assertThat(scan("a\uD83D\uDE00".getBytes(StandardCharsets.UTF_8)).rules()).containsExactly(Rule.ENC_004);
    }

    @Test
    void warnsOnUtf8WithOnlyTwoByteCharactersAndReadsItAsMs932() {
        byte[] file = "202407,\"Café Müller\"\r\n".getBytes(StandardCharsets.UTF_8);

        Collected c = scan(file);

        assertThat(c.rules()).containsExactly(Rule.ENC_005);
        assertThat(proceeds(file)).isTrue();
    }

    @Test
    void twoByteUtf8ThatIsNotMs932AlsoGivesTheByteFindings() {
        byte[] file = "×".getBytes(StandardCharsets.UTF_8);

        assertThat(bytes(0xC3, 0x97)).isEqualTo(file);
        assertThat(scan(file).rules()).containsExactly(Rule.ENC_005, Rule.ENC_001);
    }

    @Test
    void illFormedUtf8IsNotTakenForUtf8() {
        assertThat(scan(bytes(0xE0, 0x80, 0x80)).rules()).doesNotContain(Rule.ENC_004);
        assertThat(scan(bytes(0xED, 0xA0, 0x80)).rules()).doesNotContain(Rule.ENC_004);
        assertThat(scan(bytes(0xC0, 0xAF)).rules()).doesNotContain(Rule.ENC_005);
        assertThat(scan(bytes(0xE4, 0xBB)).rules()).doesNotContain(Rule.ENC_004);
        assertThat(scan(bytes(0xF4, 0x90, 0x80, 0x80)).rules()).doesNotContain(Rule.ENC_004);
        assertThat(scan(ms932("ASCII only")).problems).isEmpty();
    }

    @Test
    void reportsGaijiWithItsOffsetAndLine() {
        byte[] file = concat(ms932("202407\r\nab"), bytes(0xF0, 0x40), ms932("c"), bytes(0xF9, 0xFC));

        Collected c = scan(file);

        assertThat(c.rules()).containsExactly(Rule.ENC_003, Rule.ENC_003);
        assertThat(c.problems.get(0).byteOffset()).isEqualTo(10);
        assertThat(c.problems.get(0).line()).isEqualTo(2);
        assertThat(c.problems.get(0).message()).startsWith("user-defined character (外字) 0xF0 0x40 at offset 10");
        assertThat(c.problems.get(1).byteOffset()).isEqualTo(13);
        assertThat(proceeds(file)).isFalse();
    }

    static Stream<Arguments> invalidSequences() {
        return Stream.of(
                Arguments.of(bytes(0x41, 0x80, 0x41), 1L, "byte 0x80 at offset 1 is not an MS932 character"),
                Arguments.of(bytes(0x41, 0xA0), 1L, "byte 0xA0 at offset 1"),
                Arguments.of(bytes(0xFD), 0L, "byte 0xFD at offset 0"),
                Arguments.of(bytes(0xFE, 0x41), 0L, "byte 0xFE at offset 0"),
                Arguments.of(bytes(0x41, 0x41, 0xFF), 2L, "byte 0xFF at offset 2"),
                Arguments.of(bytes(0x81, 0x0D, 0x0A), 0L,
                        "lead byte 0x81 at offset 0 is followed by 0x0D, which is not a trail byte"),
                Arguments.of(bytes(0x88, 0x7F), 0L, "lead byte 0x88 at offset 0 is followed by 0x7F"),
                Arguments.of(bytes(0x88, 0x3F), 0L, "lead byte 0x88 at offset 0 is followed by 0x3F"),
                Arguments.of(bytes(0x88, 0xFD), 0L, "lead byte 0x88 at offset 0 is followed by 0xFD"),
                Arguments.of(bytes(0x41, 0x82), 1L, "lead byte 0x82 at offset 1 ends the file without its trail byte"),
                Arguments.of(bytes(0x85, 0x40), 0L, "bytes 0x85 0x40 at offset 0 are not an MS932 character"),
                Arguments.of(bytes(0x81, 0xAD), 0L, "bytes 0x81 0xAD at offset 0"),
                Arguments.of(bytes(0xEF, 0x40), 0L, "bytes 0xEF 0x40 at offset 0"));
    }

    @ParameterizedTest
    @MethodSource("invalidSequences")
    void reportsEachInvalidSequenceAtItsOffset(byte[] file, long offset, String message) {
        Collected c = scan(file);

        Collected.Problem p = c.problems.stream().filter(x -> x.rule() == Rule.ENC_001).findFirst().orElseThrow();
        assertThat(p.byteOffset()).isEqualTo(offset);
        assertThat(p.message()).startsWith(message);
        assertThat(p.messageJa()).contains("オフセット " + offset);
        assertThat(p.record()).isZero();
        assertThat(proceeds(file)).isFalse();
    }

    @Test
    void aLeadByteWithABadTrailDoesNotSwallowTheNextCharacter() {
        Collected c = scan(bytes(0x81, 0x20, 0x81, 0x0A, 0x80));

        assertThat(c.rules()).containsExactly(Rule.ENC_001, Rule.ENC_001, Rule.ENC_001);
        assertThat(c.problems).extracting(Collected.Problem::byteOffset).containsExactly(0L, 2L, 4L);
        assertThat(c.problems.get(2).line()).isEqualTo(2);
    }

    @Test
    void aLeadByteAcrossTheBufferBoundaryIsJoinedToItsTrail() {
        byte[] file = concat(ms932("a".repeat((1 << 16) - 1)), ms932("表"), bytes(0x85));

        Collected c = scan(file);

        assertThat(c.rules()).containsExactly(Rule.ENC_001);
        assertThat(c.problems.get(0).byteOffset()).isEqualTo((1 << 16) + 1);
    }

    @Test
    void countsControlCharactersOncePerFile() {
        byte[] file = ms932("202407,a\tb\r\n202407,\u0000\u001F\u007F\u000B\u000C\r\n");

        Collected c = scan(file);

        Collected.Problem p = c.only(Rule.ENC_006);
        assertThat(c.rules()).containsExactly(Rule.ENC_006);
        assertThat(p.message())
                .startsWith("6 control character(s) other than CR and LF, the first at line 1, offset 8");
        assertThat(p.byteOffset()).isEqualTo(8);
        assertThat(proceeds(file)).isTrue();
    }

    @Test
    void crAndLfAreNotControlCharactersAndEachEndsALine() {
        Collected c = scan(concat(ms932("a\rb\nc\r\nd"), bytes(0x80)));

        assertThat(c.rules()).containsExactly(Rule.ENC_001);
        assertThat(c.problems.get(0).line()).isEqualTo(4);
    }

    @Test
    void capsReportedOccurrencesAtOneThousandAndCountsTheRest() {
        byte[] file = new byte[2500];
        java.util.Arrays.fill(file, (byte) 0x80);
        Collected c = new Collected();

        ByteScan.Result result = ByteScan.scan(file, c);

        assertThat(c.problems).hasSize(1000);
        assertThat(result).isEqualTo(new ByteScan.Result(false, 2500, 1500));
    }

    @Test
    void keepsTheWholeFileSummariesBesideTheCappedOccurrences() {
        byte[] file = concat(bytes(0x01), new byte[0], repeat(0xFD, 1200));

        Collected c = scan(file);

        assertThat(c.problems).hasSize(1001);
        assertThat(c.problems.get(1000).rule()).isEqualTo(Rule.ENC_006);
    }

    @Test
    void scansAFileFromDisk(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("x.CSV");
        Files.write(file, concat(ms932("202407,"), bytes(0xF5, 0x50)));
        Collected c = new Collected();

        assertThat(ByteScan.scan(file, c).proceed()).isFalse();
        assertThat(c.rules()).containsExactly(Rule.ENC_003);
    }

    @Test
    void anEmptyFileIsFine() {
        assertThat(ByteScan.scan(new byte[0], (r, i, l, o, m, j) -> { })).isEqualTo(new ByteScan.Result(true, 0, 0));
    }

    private static byte[] repeat(int value, int count) {
        byte[] out = new byte[count];
        java.util.Arrays.fill(out, (byte) value);
        return out;
    }
}
