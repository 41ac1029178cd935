package jp.renkei.protocol.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.protocol.validate.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLexerTest {

    private static final Charset MS932 = Charset.forName("windows-31j");

    private static Collected lex(String text) {
        Collected c = new Collected();
        CsvLexer.Result result = CsvLexer.lex(text.getBytes(MS932), c, c.records::add);
        assertThat(result.records()).isEqualTo(c.records.size());
        return c;
    }

    private static List<String> fields(Collected c, int record) {
        return c.records.get(record).fields();
    }

    private static List<Boolean> quoted(Collected c, int record) {
        return c.records.get(record).quoted();
    }

    @Test
    void splitsCrlfRecordsIntoFieldsWithIndexAndLine() {
        Collected c = lex("202407,131016,0000000001\r\n202407,131016,0000000002\r\n");

        assertThat(c.problems).isEmpty();
        assertThat(c.records).hasSize(2);
        assertThat(fields(c, 0)).containsExactly("202407", "131016", "0000000001");
        assertThat(quoted(c, 0)).containsExactly(false, false, false);
        assertThat(c.records.get(1).index()).isEqualTo(2);
        assertThat(c.records.get(1).line()).isEqualTo(2);
    }

    @Test
    void eachRecordKeepsItsOwnValuesWhichCannotBeChanged() {
        Collected c = lex("202407,a,b\r\n202407,c,d\r\n202407,e\r\n202407,f,g,h\r\n202407,i,j\r\n");

        assertThat(c.records).extracting(RawRecord::fields).containsExactly(List.of("202407", "a", "b"),
                List.of("202407", "c", "d"), List.of("202407", "e"), List.of("202407", "f", "g", "h"),
                List.of("202407", "i", "j"));
        List<String> first = fields(c, 0);
        assertThatThrownBy(() -> first.set(1, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> first.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> first.subList(0, 2).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new RawRecord(1, 1, first, quoted(c, 0)).fields()).isSameAs(first);
        assertThat(first).hasSameHashCodeAs(List.of("202407", "a", "b")).hasToString("[202407, a, b]");
    }

    @Test
    void unquotesQuotedFieldsAndUndoublesQuotes() {
        Collected c = lex("202407,\"11\",\"say \"\"hi\"\"\",\"\",\"\"\"\"\r\n");

        assertThat(c.problems).isEmpty();
        assertThat(fields(c, 0)).containsExactly("202407", "11", "say \"hi\"", "", "\"");
        assertThat(quoted(c, 0)).containsExactly(false, true, true, true, true);
    }

    @Test
    void keepsCommasAndLineBreaksInsideQuotesExactlyAndCountsTheirLines() {
        Collected c = lex("202407,\"a,b\r\nc\nd\re\r\n\",x\r\n202407,y\r\n");

        assertThat(c.problems).isEmpty();
        assertThat(fields(c, 0)).containsExactly("202407", "a,b\r\nc\nd\re\r\n", "x");
        assertThat(c.records.get(0).line()).isEqualTo(1);
        assertThat(c.records.get(1).line()).isEqualTo(6);
    }

    @Test
    void keepsJapaneseTextAndHalfWidthKatakana() {
        Collected c = lex("202407,\"要介護３　①～ⅰ髙﨑ｱｲｳ\",ソ表能\r\n");

        assertThat(fields(c, 0)).containsExactly("202407", "要介護３　①～ⅰ髙﨑ｱｲｳ", "ソ表能");
    }

    @Test
    void acceptsLfAndCrAloneWithOneCountedWarning() {
        Collected c = lex("202407,a\n202407,b\r202407,c\r\n202407,d\n");

        assertThat(c.records).extracting(RawRecord::line).containsExactly(1L, 2L, 3L, 4L);
        assertThat(fields(c, 2)).containsExactly("202407", "c");
        Collected.Problem p = c.only(Rule.CSV_002);
        assertThat(p.message()).startsWith("3 line end(s) are LF or CR alone (the first on line 1)");
        assertThat(p.line()).isEqualTo(1);
    }

    @Test
    void lastRecordMayLackItsTerminator() {
        Collected c = lex("202407,a\r\n202407,\"b\"");

        assertThat(c.problems).isEmpty();
        assertThat(fields(c, 1)).containsExactly("202407", "b");
        assertThat(quoted(c, 1)).containsExactly(false, true);
    }

    @Test
    void aTrailingCommaMakesAnEmptyLastField() {
        Collected c = lex("202407,a,\r\n202407,a,");

        assertThat(fields(c, 0)).containsExactly("202407", "a", "");
        assertThat(fields(c, 1)).containsExactly("202407", "a", "");
    }

    @Test
    void aLineOfCommasOnlyIsARecordNotAnEmptyLine() {
        Collected c = lex("202407,a\r\n,,\r\n202407,b\r\n");

        assertThat(c.problems).extracting(Collected.Problem::rule).doesNotContain(Rule.CSV_007);
        assertThat(fields(c, 1)).containsExactly("", "", "");
        assertThat(c.records.get(1).index()).isEqualTo(2);
    }

    @Test
    void skipsEmptyLinesBetweenRecordsWithOneWarningEach() {
        Collected c = lex("202407,a\r\n\r\n\r\n202407,b\r\n");

        assertThat(c.records).extracting(RawRecord::index).containsExactly(1, 2);
        assertThat(c.records.get(1).line()).isEqualTo(4);
        assertThat(c.rules()).containsExactly(Rule.CSV_007, Rule.CSV_007);
        assertThat(c.problems).extracting(Collected.Problem::line).containsExactly(2L, 3L);
        assertThat(c.problems.get(0).record()).isZero();
    }

    @Test
    void ignoresEmptyLinesAtTheEndSilentlyEvenWithBareLineEnds() {
        Collected c = lex("202407,a\r\n202407,b\r\n\r\n\n\r\r\n");

        assertThat(c.problems).isEmpty();
        assertThat(c.records).hasSize(2);
    }

    @Test
    void countsBareLineEndsOfSkippedEmptyLines() {
        Collected c = lex("202407,a\r\n\n202407,b\r\n");

        assertThat(c.rules()).containsExactly(Rule.CSV_007, Rule.CSV_002);
        assertThat(c.only(Rule.CSV_002).line()).isEqualTo(2);
    }

    @Test
    void emptyLinesBeforeTheFirstRecordAreSkippedWithAWarning() {
        Collected c = lex("\r\n202407,a\r\n");

        assertThat(c.rules()).containsExactly(Rule.CSV_007);
        assertThat(c.records.get(0).line()).isEqualTo(2);
        assertThat(c.records.get(0).index()).isEqualTo(1);
    }

    @Test
    void skipsAFirstLineWhoseNumberOneIsNotSixDigitsAsAHeader() {
        Collected c = lex("CSVバージョン,保険者番号\r\n202407,131016\r\n");

        Collected.Problem p = c.only(Rule.CSV_006);
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.record()).isZero();
        assertThat(c.records).hasSize(1);
        assertThat(c.records.get(0).index()).isEqualTo(1);
        assertThat(c.records.get(0).line()).isEqualTo(2);
    }

    @Test
    void takesAQuotedSixDigitVersionAsData() {
        Collected c = lex("\"202407\",x\r\n");

        assertThat(c.problems).isEmpty();
        assertThat(c.records).hasSize(1);
    }

    @Test
    void considersOnlyTheFirstLineForTheHeader() {
        Collected c = lex("202407,a\r\nCSVバージョン,b\r\n");
        Collected afterEmpty = lex("\r\nCSVバージョン,b\r\n");

        assertThat(c.problems).isEmpty();
        assertThat(c.records).hasSize(2);
        assertThat(afterEmpty.rules()).containsExactly(Rule.CSV_007);
        assertThat(afterEmpty.records).hasSize(1);
    }

    @Test
    void headerTestWantsExactlySixAsciiDigits() {
        for (String first : List.of("20240", "2024077", "２０２４０７", " 202407", "")) {
            assertThat(lex(first + ",x\r\n").rules()).as(first).containsExactly(Rule.CSV_006);
        }
    }

    @Test
    void keepsAQuoteInsideAPlainFieldAndWarnsOncePerField() {
        Collected c = lex("202407,ab\"c\"d,e\"\r\n202407,x\r\n");

        assertThat(fields(c, 0)).containsExactly("202407", "ab\"c\"d", "e\"");
        assertThat(quoted(c, 0)).containsExactly(false, false, false);
        assertThat(c.rules()).containsExactly(Rule.CSV_004, Rule.CSV_004);
        assertThat(c.problems).extracting(Collected.Problem::message).allMatch(m -> m.startsWith("field No."));
        assertThat(c.problems.get(0).message()).startsWith("field No.2 ");
        assertThat(c.problems.get(1).message()).startsWith("field No.3 ");
        assertThat(c.problems).extracting(Collected.Problem::record).containsOnly(1);
    }

    @Test
    void aFieldStartingWithASpaceThenAQuoteIsPlain() {
        Collected c = lex("202407, \"a\"\r\n");

        assertThat(fields(c, 0)).containsExactly("202407", " \"a\"");
        assertThat(c.rules()).containsExactly(Rule.CSV_004);
    }

    @Test
    void stopsAtACharacterAfterAClosingQuote() {
        Collected c = lex("202407,a\r\n202407,\"abc\"x,d\r\n202407,b\r\n");

        assertThat(c.records).hasSize(1);
        Collected.Problem p = c.only(Rule.CSV_003);
        assertThat(p.record()).isEqualTo(2);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).contains("field No.2");
        CsvLexer.Result result = CsvLexer.lex("\"a\" ".getBytes(MS932), (r, i, l, o, m, j) -> { }, r -> { });
        assertThat(result.proceed()).isFalse();
    }

    @Test
    void stopsAtAQuotedFieldStillOpenAtTheEndOfTheFile() {
        Collected c = lex("202407,a\r\n202407,b,\"never\r\nclosed,\r\n");

        assertThat(c.records).hasSize(1);
        Collected.Problem p = c.only(Rule.CSV_001);
        assertThat(p.record()).isEqualTo(2);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message())
                .isEqualTo("the quoted field No.3 opened on line 2 is not closed before the end of the file");
    }

    @Test
    void reportsPositionsAndMessagesInBothLanguages() {
        Collected c = lex("x\"\r\n\r\n202407,\"a\"b");

        assertThat(c.rules()).containsExactly(Rule.CSV_004, Rule.CSV_006, Rule.CSV_007, Rule.CSV_003);
        assertThat(c.problems).allSatisfy(p -> {
            assertThat(p.byteOffset()).isEqualTo(-1);
            assertThat(p.messageJa()).isNotBlank().isNotEqualTo(p.message());
        });
        assertThat(c.problems.get(0).record()).isZero();
        assertThat(c.problems.get(3).record()).isEqualTo(1);
    }

    @Test
    void anEmptyFileHasNoRecordsAndNoFindings() {
        assertThat(lex("").records).isEmpty();
        assertThat(lex("").problems).isEmpty();
        assertThat(lex("\r\n\r\n").problems).isEmpty();
    }

    @Test
    void givesTheSameResultWhateverTheChunkBoundaries() throws IOException {
        String text = "202407,\"a\"\"b\r\nc\",\"\"\"\",d\"e\r\n\r\n202407,\"x\"\r202407,y\n\n";
        Collected whole = lex(text);
        byte[] bytes = text.getBytes(MS932);
        for (int chunk = 1; chunk <= 3; chunk++) {
            Collected c = new Collected();
            CsvLexer.lex(trickle(bytes, chunk), c, c.records::add);
            assertThat(c.records).as("chunk " + chunk).isEqualTo(whole.records);
            assertThat(c.problems).as("chunk " + chunk).isEqualTo(whole.problems);
        }
    }

    @Test
    void handlesFieldsLongerThanTheBuffer() {
        String big = "表".repeat(100_000) + "\"\"" + "a".repeat(70_000);
        Collected c = lex("202407,\"" + big + "\"," + "b".repeat(200_000) + "\r\n202407\r\n");

        assertThat(fields(c, 0).get(1)).isEqualTo("表".repeat(100_000) + "\"" + "a".repeat(70_000));
        assertThat(fields(c, 0).get(2)).hasSize(200_000);
        assertThat(c.records).hasSize(2);
    }

    @Test
    void handsRecordsOnBeforeTheStreamEnds() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            text.append("202407,131016,\"利用者\",").append(i).append("\r\n");
        }
        byte[] bytes = text.toString().getBytes(MS932);
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        List<Integer> unreadAtFirstRecord = new ArrayList<>();

        CsvLexer.lex(in, (r, i, l, o, m, j) -> { }, r -> {
            if (r.index() == 1) {
                unreadAtFirstRecord.add(in.available());
            }
        });

        assertThat(unreadAtFirstRecord).singleElement().matches(unread -> unread > bytes.length / 2);
    }

    @Test
    void lexesAFileFromDisk(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("UP1KYO.CSV");
        Files.write(file, "202407,\"計画\"\r\n".getBytes(MS932));
        Collected c = new Collected();

        CsvLexer.Result result = CsvLexer.lex(file, c, c.records::add);

        assertThat(result).isEqualTo(new CsvLexer.Result(true, 1, false));
        assertThat(fields(c, 0)).containsExactly("202407", "計画");
    }

    /** A stream that hands out at most {@code chunk} bytes per read, to move every buffer boundary. */
    static InputStream trickle(byte[] bytes, int chunk) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }
}
