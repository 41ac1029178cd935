package jp.renkei.protocol.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;
import jp.renkei.protocol.layout.Item;
import jp.renkei.protocol.layout.Layout;
import jp.renkei.protocol.layout.Layouts;
import org.junit.jupiter.api.Test;

class CareplanCsvTest {

    @Test
    void recordsWrittenAndReadBackAreEqualForEveryKindAndGeneration() throws IOException {
        for (Layout layout : Layouts.all()) {
            List<CareplanRecord> records = records(layout, version(layout), 12);
            byte[] bytes = CareplanCsv.write(layout.kind(), records);
            assertThat(CareplanCsv.read(bytes, layout.kind())).as(layout.kind() + " " + layout.generation())
                    .isEqualTo(records);
        }
    }

    @Test
    void aFileFollowingTheSpecQuotingIsRewrittenByteForByte() throws IOException {
        for (Layout layout : Layouts.all()) {
            byte[] file = specFile(layout, SampleRecords.rows(layout, version(layout), 12));
            List<CareplanRecord> read = CareplanCsv.read(file, layout.kind());
            assertThat(CareplanCsv.write(layout.kind(), read)).as(layout.kind() + " " + layout.generation())
                    .isEqualTo(file);
        }
    }

    @Test
    void rawRowsRewriteByteForByteToo() throws IOException {
        Layout layout = Layouts.of(FileKind.UPSIKYU, LayoutGeneration.V3);
        byte[] file = specFile(layout, SampleRecords.rows(layout, "202208", 5));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CareplanReader reader = CareplanCsv.reader(new ByteArrayInputStream(file), FileKind.UPSIKYU);
                CareplanWriter writer = CareplanCsv.writer(out, FileKind.UPSIKYU)) {
            assertThat(reader.generation()).contains(LayoutGeneration.V3);
            for (List<String> row = reader.nextRow(); row != null; row = reader.nextRow()) {
                writer.writeRow(row);
            }
        }
        assertThat(out.toByteArray()).isEqualTo(file);
    }

    @Test
    void writerQuotesFreeTextAlwaysAndNothingElse() {
        List<String> fields = new ArrayList<>(List.of("202407", "131016", "1234567890", "20250501", "202505",
                "1310000015", "", "1200", "", "20250502", "", "0930", "1015", "1", "111111", "", "", "", "",
                "1310000023", "ヘルパー\"あおぞら\",新宿", "", "0", "1310000015", ""));
        CareplanRecord plan = CareplanRecord.of(FileKind.UPPLAN, fields, LayoutGeneration.V4);
        byte[] bytes = CareplanCsv.write(FileKind.UPPLAN, List.of(plan, plan));
        String line = "202407,131016,1234567890,20250501,202505,1310000015,\"\",1200,,20250502,,0930,1015,1,111111"
                + ",,,\"\",,1310000023,\"ヘルパー\"\"あおぞら\"\",新宿\",,0,1310000015,\r\n";
        assertThat(new String(bytes, CareplanCsv.MS932)).isEqualTo(line + line);
        assertThat(bytes).startsWith("202407".getBytes(CareplanCsv.MS932));
    }

    @Test
    void versionsOfOneGenerationAllReadWithItsLayouts() throws IOException {
        for (String version : List.of("202407", "202504", "202410")) {
            Layout layout = Layouts.of(FileKind.UPPLAN, LayoutGeneration.V4);
            byte[] file = specFile(layout, SampleRecords.rows(layout, version, 2));
            try (CareplanReader reader = CareplanCsv.reader(new ByteArrayInputStream(file), FileKind.UPPLAN)) {
                assertThat(reader.generation()).contains(LayoutGeneration.V4);
                assertThat(reader.version().orElseThrow().code()).isEqualTo(version);
                assertThat(reader.records().count()).isEqualTo(2);
            }
        }
    }

    @Test
    void readerAcceptsQuotedCodesLoneLineFeedsAHeaderAndAMissingLastTerminator() throws IOException {
        String csv = "CSVバージョン,保険者番号,被保険者番号,削除対象年月\r\n"
                + "\"202407\",\"131016\",1234567890,202505\n\n"
                + "202407,131016,H123456789,\"202505\"";
        List<CareplanRecord> records = CareplanCsv.read(csv.getBytes(CareplanCsv.MS932), FileKind.DLTPLAN);
        assertThat(records).containsExactly(new DltPlan("202407", "131016", "1234567890", "202505"),
                new DltPlan("202407", "131016", "H123456789", "202505"));
    }

    @Test
    void anEmptyFileHasNoRecordsAndNoGeneration() throws IOException {
        try (CareplanReader reader = CareplanCsv.reader(new ByteArrayInputStream(new byte[0]), FileKind.UPJSK)) {
            assertThat(reader.generation()).isEmpty();
            assertThat(reader.next()).isNull();
            assertThat(reader.nextRow()).isNull();
        }
    }

    @Test
    void streamsGiveTypedRecordsAndRawRows() throws IOException {
        Layout layout = Layouts.of(FileKind.UP3KYO, LayoutGeneration.V4);
        byte[] file = specFile(layout, SampleRecords.rows(layout, "202407", 7));
        try (CareplanReader reader = CareplanCsv.reader(new ByteArrayInputStream(file), FileKind.UP3KYO)) {
            assertThat(reader.records().map(r -> ((Up3Kyo) r).csvVersion()).collect(Collectors.toList()))
                    .hasSize(7).containsOnly("202407");
        }
        try (CareplanReader reader = CareplanCsv.reader(new ByteArrayInputStream(file), FileKind.UP3KYO)) {
            assertThat(reader.rows().map(List::size).distinct().toList()).containsExactly(13);
        }
    }

    static String version(Layout layout) {
        return layout.generation() == LayoutGeneration.V3 ? "202208" : "202407";
    }

    static List<CareplanRecord> records(Layout layout, String version, int count) {
        return SampleRecords.rows(layout, version, count).stream()
                .map(row -> CareplanRecord.of(layout.kind(), row, layout.generation())).toList();
    }

    /** Serialises rows by the letter of spec §3.3, independently of the writer under test. */
    static byte[] specFile(Layout layout, List<List<String>> rows) {
        StringBuilder s = new StringBuilder();
        for (List<String> row : rows) {
            for (Item item : layout.items()) {
                String value = row.get(item.no() - 1);
                s.append(item.no() > 1 ? "," : "")
                        .append(item.freeText() ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
            }
            s.append("\r\n");
        }
        return s.toString().getBytes(CareplanCsv.MS932);
    }
}
