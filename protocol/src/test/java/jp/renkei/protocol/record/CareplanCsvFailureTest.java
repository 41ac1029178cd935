package jp.renkei.protocol.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;
import jp.renkei.protocol.layout.Layout;
import jp.renkei.protocol.layout.Layouts;
import org.junit.jupiter.api.Test;

class CareplanCsvFailureTest {

    private static final String DLTPLAN = "202407,131016,1234567890,202505\r\n";

    @Test
    void anUnclosedQuoteFailsWithItsRecordNumber() {
        String csv = DLTPLAN + "202407,131016,\"1234567890,202505\r\n";
        MalformedCsvException e = readFails(csv, FileKind.DLTPLAN);
        assertThat(e.record()).isEqualTo(2);
        assertThat(e).hasMessageContaining("not valid CSV");
    }

    @Test
    void aCharacterAfterAClosingQuoteFails() {
        assertThat(readFails(DLTPLAN + "202407,\"131016\"x,1234567890,202505\r\n", FileKind.DLTPLAN).record())
                .isEqualTo(2);
    }

    @Test
    void bytesThatAreNotMs932Fail() {
        byte[] bad = (DLTPLAN + DLTPLAN).getBytes(CareplanCsv.MS932);
        bad[DLTPLAN.length() + 8] = (byte) 0x80;
        assertThatThrownBy(() -> CareplanCsv.read(bad, FileKind.DLTPLAN)).isInstanceOf(MalformedCsvException.class)
                .hasMessageContaining("MS932");
    }

    @Test
    void aLeadByteAtTheEndOfTheFileFailsInsteadOfHanging() {
        byte[] bytes = (DLTPLAN + "202407,131016,1234567890,\"").getBytes(CareplanCsv.MS932);
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        truncated[bytes.length] = (byte) 0x82;
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> CareplanCsv.read(truncated, FileKind.DLTPLAN))
                        .isInstanceOf(MalformedCsvException.class));
    }

    @Test
    void aWrongFieldCountFailsWithRecordAndLine() {
        MalformedCsvException e = readFails(DLTPLAN + "\"free\r\ntext\"\r\n202407,131016,1234567890\r\n",
                FileKind.DLTPLAN);
        assertThat(e.record()).isEqualTo(2);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e).hasMessageContaining("4 fields");
    }

    @Test
    void aRecordAfterAMultiLineFieldReportsItsOwnStartLine() {
        Layout layout = Layouts.of(FileKind.UPKIHON_SUB1, LayoutGeneration.V4);
        String csv = "202407,131016,1234567890,20250401,\"a\r\nb\",\"\",\"\"\r\n202407,131016,1234567890\r\n";
        MalformedCsvException e = readFails(csv, layout.kind());
        assertThat(e.record()).isEqualTo(2);
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void versionsThatAreUnknownRetiredMixedOrWithoutTheKindFail() {
        assertThat(readFails(DLTPLAN.replace("202407", "201910"), FileKind.DLTPLAN)).hasMessageContaining("201910");
        assertThat(readFails(DLTPLAN.replace("202407", "209912"), FileKind.DLTPLAN)).hasMessageContaining("209912");
        assertThat(readFails(DLTPLAN + DLTPLAN.replace("202407", "202504"), FileKind.DLTPLAN).record())
                .isEqualTo(2);
        String v3Schedule = "202208,131016,1234567890,20250401,20250401,\"\",1,0900,1000,\"\",,,\"\"\r\n";
        assertThat(readFails(v3Schedule, FileKind.UP3KYO)).hasMessageContaining("UP3KYO");
    }

    @Test
    void aByteOrderMarkFails() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] file = new byte[bom.length + DLTPLAN.length()];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(DLTPLAN.getBytes(CareplanCsv.MS932), 0, file, 3, DLTPLAN.length());
        assertThatThrownBy(() -> CareplanCsv.read(file, FileKind.DLTPLAN)).isInstanceOf(MalformedCsvException.class)
                .hasMessageContaining("BOM");
    }

    @Test
    void streamsSurfaceMalformedInputAsUncheckedIoException() throws IOException {
        byte[] file = (DLTPLAN + "202407,131016\r\n").getBytes(CareplanCsv.MS932);
        try (CareplanReader reader = CareplanCsv.reader(new ByteArrayInputStream(file), FileKind.DLTPLAN)) {
            assertThatThrownBy(() -> reader.records().toList()).isInstanceOf(UncheckedIOException.class)
                    .hasCauseInstanceOf(MalformedCsvException.class);
        }
    }

    @Test
    void writerRefusesCharactersOutsideMs932AndUserDefinedOnes() {
        for (String bad : List.of("😀", "〜", "\uE000", "¥")) {
            List<String> fields = new ArrayList<>(List.of("202407", "131016", "1234567890", "20250401", "", "", ""));
            fields.set(5, "通院" + bad);
            CareplanRecord record = CareplanRecord.of(FileKind.UPKIHON_SUB1, fields, LayoutGeneration.V4);
            assertThatThrownBy(() -> CareplanCsv.write(FileKind.UPKIHON_SUB1, List.of(record)))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No.6");
        }
    }

    @Test
    void writerRefusesMixedVersionsOtherKindsAndWrongCounts() throws IOException {
        DltPlan v4 = new DltPlan("202407", "131016", "1234567890", "202505");
        DltPlan v3 = new DltPlan("202208", "131016", "1234567890", "202412");
        assertThatThrownBy(() -> CareplanCsv.write(FileKind.DLTPLAN, List.of(v4, v3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one version");
        assertThatThrownBy(() -> CareplanCsv.write(FileKind.DLT1KYO, List.of(v4)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CareplanCsv.write(FileKind.DLTPLAN,
                List.of(new DltPlan("201910", "131016", "1234567890", "202505"))))
                .isInstanceOf(IllegalArgumentException.class);
        try (CareplanWriter writer = CareplanCsv.writer(new ByteArrayOutputStream(), FileKind.DLTPLAN)) {
            assertThatThrownBy(() -> writer.writeRow(List.of("202407", "131016")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void nonFreeTextValuesThatWouldBreakTheFileAreQuoted() throws IOException {
        DltPlan odd = new DltPlan("202407", "13,016", "12\"4", "2025\r\n05");
        byte[] bytes = CareplanCsv.write(FileKind.DLTPLAN, List.of(odd));
        assertThat(new String(bytes, CareplanCsv.MS932))
                .isEqualTo("202407,\"13,016\",\"12\"\"4\",\"2025\r\n05\"\r\n");
        assertThat(CareplanCsv.read(bytes, FileKind.DLTPLAN)).containsExactly(odd);
    }

    private static MalformedCsvException readFails(String csv, FileKind kind) {
        try {
            CareplanCsv.read(csv.getBytes(CareplanCsv.MS932), kind);
        } catch (MalformedCsvException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError("expected MalformedCsvException, got " + e, e);
        }
        throw new AssertionError("read succeeded: " + csv);
    }
}
