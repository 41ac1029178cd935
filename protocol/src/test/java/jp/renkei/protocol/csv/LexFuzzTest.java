package jp.renkei.protocol.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.renkei.protocol.validate.Rule;
import org.junit.jupiter.api.Test;

/** Seeded random and mutated input through the byte scan and the lexer: no exception, always an end, sane output. */
class LexFuzzTest {

    private static final Charset MS932 = Charset.forName("windows-31j");
    private static final long SEED = 20250415L;
    /** Bytes that steer the state machines: quotes, commas, line ends, lead and trail bytes, invalid singles. */
    private static final int[] INTERESTING = {
        '"', '"', ',', ',', '\r', '\n', '0', '2', 'a', ' ', 0x00, 0x09, 0x7F, 0x80, 0xA0, 0xA1, 0xDF, 0x81, 0x82, 0x88,
        0x9F, 0xE0, 0xEA, 0xED, 0xEF, 0xF0, 0xF9, 0xFA, 0xFC, 0xFD, 0xFF, 0x40, 0x5C, 0x7E, 0xEF, 0xBB, 0xBF, 0xC3,
        0xE3, 0xFE};

    @Test
    void randomBytesNeverBreakScanOrLex() {
        Random random = new Random(SEED);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 2000; i++) {
                byte[] input = randomBytes(random, random.nextInt(400));
                check(input, random);
            }
        });
    }

    @Test
    void mutatedValidFilesNeverBreakScanOrLex() {
        Random random = new Random(SEED + 1);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 2000; i++) {
                List<List<String>> rows = randomRows(random);
                byte[] input = mutate(write(rows), random);
                check(input, random);
            }
        });
    }

    @Test
    void writtenRecordsComeBackExactlyWhateverTheChunking() {
        Random random = new Random(SEED + 2);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 1000; i++) {
                List<List<String>> rows = randomRows(random);
                byte[] input = write(rows);
                Collected c = new Collected();
                CsvLexer.Result result = CsvLexer.lex(CsvLexerTest.trickle(input, 1 + random.nextInt(7)), c,
                        c.records::add);

                assertThat(c.problems).isEmpty();
                assertThat(result.proceed()).isTrue();
                assertThat(c.records).extracting(RawRecord::fields).isEqualTo(rows);
                assertThat(c.records).allSatisfy(r -> assertThat(r.quoted()).containsOnly(true));
                assertThat(ByteScan.scan(input, c).proceed()).isTrue();
            }
        });
    }

    private static void check(byte[] input, Random random) throws IOException {
        Collected scanned = new Collected();
        ByteScan.Result scan = ByteScan.scan(input, scanned);
        require(scan.bytes() == input.length || !scan.proceed(), "bytes", scan);
        for (Collected.Problem p : scanned.problems) {
            require(p.rule().id().startsWith("ENC-"), "rule", p);
        }

        Collected whole = new Collected();
        CsvLexer.Result result = CsvLexer.lex(input, whole, whole.records::add);
        Collected chunked = new Collected();
        CsvLexer.lex(CsvLexerTest.trickle(input, 1 + random.nextInt(5)), chunked, chunked.records::add);

        require(chunked.records.equals(whole.records), "chunked records", chunked.records);
        require(chunked.problems.equals(whole.problems), "chunked problems", chunked.problems);
        require(result.records() == whole.records.size(), "count", result);
        assertSane(whole, result);
    }

    /** Plain checks rather than AssertJ here: they run for every record of thousands of cases. */
    private static void assertSane(Collected c, CsvLexer.Result result) {
        long previousLine = 0;
        for (int i = 0; i < c.records.size(); i++) {
            RawRecord r = c.records.get(i);
            require(r.index() == i + 1, "index", r);
            require(r.line() > previousLine, "line", r);
            require(r.size() > 0 && r.size() == r.quoted().size(), "size", r);
            previousLine = r.line();
        }
        for (Collected.Problem p : c.problems) {
            require(p.rule().id().startsWith("CSV-"), "rule", p);
        }
        boolean stopped = c.rules().contains(Rule.CSV_001) || c.rules().contains(Rule.CSV_003);
        require(result.proceed() == !stopped, "proceed", result);
    }

    private static void require(boolean condition, String what, Object subject) {
        if (!condition) {
            throw new AssertionError(what + ": " + subject);
        }
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) (random.nextInt(3) == 0 ? random.nextInt(256)
                    : INTERESTING[random.nextInt(INTERESTING.length)]);
        }
        return out;
    }

    private static List<List<String>> randomRows(Random random) {
        String[] pieces = {"", "a", "表", "ｱ", "\"", "\"\"", ",", "\r\n", "\n", "\r", " ", "髙", "①", "\\", "0"};
        List<List<String>> rows = new ArrayList<>();
        int count = random.nextInt(6);
        for (int r = 0; r < count; r++) {
            List<String> row = new ArrayList<>(List.of("202407"));
            int fields = random.nextInt(8);
            for (int f = 0; f < fields; f++) {
                StringBuilder value = new StringBuilder();
                int parts = random.nextInt(5);
                for (int p = 0; p < parts; p++) {
                    value.append(pieces[random.nextInt(pieces.length)]);
                }
                row.add(value.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    /** Writes rows the way §3.3 tells senders to, quoting every field. */
    private static byte[] write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int f = 0; f < row.size(); f++) {
                out.append(f == 0 ? "" : ",").append('"').append(row.get(f).replace("\"", "\"\"")).append('"');
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(MS932);
    }

    private static byte[] mutate(byte[] input, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(input);
        byte[] bytes = out.toByteArray();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && bytes.length > 0; e++) {
            int at = random.nextInt(bytes.length);
            int value = INTERESTING[random.nextInt(INTERESTING.length)];
            bytes = switch (random.nextInt(3)) {
                case 0 -> replace(bytes, at, value);
                case 1 -> insert(bytes, at, value);
                default -> delete(bytes, at);
            };
        }
        return bytes;
    }

    private static byte[] replace(byte[] bytes, int at, int value) {
        bytes[at] = (byte) value;
        return bytes;
    }

    private static byte[] insert(byte[] bytes, int at, int value) {
        byte[] out = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, out, 0, at);
        out[at] = (byte) value;
        System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
        return out;
    }

    private static byte[] delete(byte[] bytes, int at) {
        byte[] out = new byte[bytes.length - 1];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(bytes, at + 1, out, at, bytes.length - at - 1);
        return out;
    }
}
