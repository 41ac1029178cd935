package jp.renkei.protocol.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.protocol.validate.Rule;

/**
 * The encoding phase of spec §3.1 (rules ENC-001 to ENC-006), in one streaming pass over the bytes with a fixed
 * 64 KiB buffer: (1) a Unicode BOM stops the file (ENC-002); (2) a file that is well-formed UTF-8 with a 3- or
 * 4-byte sequence stops it (ENC-004), one with only 2-byte sequences gets ENC-005 and is read as MS932; (3) every
 * byte sequence that is not an MS932 character (ENC-001) or is 外字 (ENC-003) is reported with its byte offset and
 * line; (4) control characters other than CR and LF are counted (ENC-006, once).
 *
 * <p>Positions: {@code record} is always 0; {@code line} is the 1-based physical line of the byte (CRLF, LF and CR
 * each end a line) or 0 for whole-file findings; {@code byteOffset} is 0-based, or -1 for whole-file findings.
 * At most {@value #MAX_REPORTED} ENC-001/ENC-003 occurrences are reported; the rest are counted in
 * {@link Result#omitted()}. Since ENC-004 is decided only at the end of the file, occurrences are held back
 * (at most {@value #MAX_REPORTED} of them) until then. Thread-safe: every call has its own state.
 */
public final class ByteScan {

    /** The most ENC-001 / ENC-003 occurrences reported per file. */
    public static final int MAX_REPORTED = 1000;

    private static final int BUFFER = 1 << 16;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * What the scan decided.
     *
     * @param proceed whether the syntax phase may run: false after ENC-002 or ENC-004, or when any ENC-001 or
     *     ENC-003 occurred
     * @param bytes the number of bytes read
     * @param omitted ENC-001 / ENC-003 occurrences found beyond the {@value #MAX_REPORTED} reported
     */
    public record Result(boolean proceed, long bytes, long omitted) {
    }

    private final ProblemSink sink;
    private final Utf8Check utf8 = new Utf8Check();
    private final List<Occurrence> held = new ArrayList<>();
    private long occurrences;
    private long line = 1;
    private long crNext = -1;
    private int lead = -1;
    private long leadOffset;
    private long leadLine;
    private long controls;
    private long firstControl = -1;
    private long firstControlLine;

    private ByteScan(ProblemSink sink) {
        this.sink = sink;
    }

    /** Scans a stream to its end (or to a BOM); the stream is not closed. */
    public static Result scan(InputStream in, ProblemSink sink) throws IOException {
        return new ByteScan(sink).run(in);
    }

    /** Scans bytes held in memory, in place. */
    public static Result scan(byte[] content, ProblemSink sink) {
        ByteScan scan = new ByteScan(sink);
        if (scan.bom(content, content.length)) {
            return new Result(false, content.length, 0);
        }
        scan.feed(content, content.length, 0);
        return scan.end(content.length);
    }

    /** Scans a file from disk in bounded memory. */
    public static Result scan(Path file, ProblemSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return scan(in, sink);
        }
    }

    private Result run(InputStream in) throws IOException {
        byte[] buffer = new byte[BUFFER];
        int n = fill(in, buffer);
        if (bom(buffer, n)) {
            return new Result(false, n, 0);
        }
        long base = 0;
        while (n > 0) {
            feed(buffer, n, base);
            base += n;
            n = fill(in, buffer);
        }
        return end(base);
    }

    private void feed(byte[] buffer, int n, long base) {
        if (utf8.alive()) {
            utf8.feed(buffer, n, base);
        }
        classify(buffer, n, base);
    }

    private Result end(long bytes) {
        if (lead >= 0) {
            hold(Rule.ENC_001, leadLine, leadOffset,
                    "lead byte " + hex(lead) + " at offset " + leadOffset + " ends the file without its trail byte",
                    "オフセット " + leadOffset + " の先行バイト " + hex(lead) + " の後に後続バイトがないままファイルが終わっています");
        }
        return finish(bytes);
    }

    private static int fill(InputStream in, byte[] buffer) throws IOException {
        int n = 0;
        while (n < buffer.length) {
            int read = in.read(buffer, n, buffer.length - n);
            if (read < 0) {
                break;
            }
            n += read;
        }
        return n;
    }

    private boolean bom(byte[] b, int n) {
        String kind = null;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            kind = "UTF-8 byte order mark (EF BB BF)";
        } else if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            kind = "UTF-16LE byte order mark (FF FE)";
        } else if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            kind = "UTF-16BE byte order mark (FE FF)";
        }
        if (kind != null) {
            sink.problem(Rule.ENC_002, 0, 1, 0, "the file starts with a " + kind + "; MS932 without a BOM expected",
                    "ファイルが " + kind + " で始まっています（BOM なしの MS932 が必要）");
        }
        return kind != null;
    }

    /** The hot loop: printable ASCII and katakana cost one table lookup each. */
    private void classify(byte[] buffer, int n, long base) {
        int i = 0;
        if (lead >= 0) {
            i = trail(buffer[0] & 0xFF, base);
        }
        while (i < n) {
            int b = buffer[i] & 0xFF;
            switch (Ms932.classOf(b)) {
                case Ms932.ASCII, Ms932.KANA -> i++;
                case Ms932.LINE_BREAK -> {
                    lineBreak(b, base + i);
                    i++;
                }
                case Ms932.CONTROL -> {
                    control(base + i);
                    i++;
                }
                case Ms932.LEAD, Ms932.GAIJI_LEAD -> {
                    lead = b;
                    leadOffset = base + i;
                    leadLine = line;
                    i = i + 1 < n ? i + 1 + trail(buffer[i + 1] & 0xFF, base + i + 1) : n;
                }
                default -> {
                    invalidByte(b, base + i);
                    i++;
                }
            }
        }
    }

    /** Completes the pending lead byte with {@code b} at {@code offset}; returns how many bytes it consumed. */
    private int trail(int b, long offset) {
        int first = lead;
        lead = -1;
        if (!Ms932.isTrail(b)) {
            hold(Rule.ENC_001, leadLine, leadOffset, "lead byte " + hex(first) + " at offset " + leadOffset
                    + " is followed by " + hex(b) + ", which is not a trail byte", "オフセット " + leadOffset
                    + " の先行バイト " + hex(first) + " の後の " + hex(b) + " は後続バイトではありません");
            return 0;
        }
        if (Ms932.classOf(first) == Ms932.GAIJI_LEAD) {
            hold(Rule.ENC_003, leadLine, leadOffset, "user-defined character (外字) " + hex(first) + " " + hex(b)
                    + " at offset " + leadOffset + "; replace it with an MS932 character", "オフセット " + leadOffset
                    + " に外字（" + hex(first) + " " + hex(b) + "）があります。MS932 の文字に置き換えてください");
        } else if (Ms932.pair(first, b) == 0) {
            hold(Rule.ENC_001, leadLine, leadOffset, "bytes " + hex(first) + " " + hex(b) + " at offset "
                    + leadOffset + " are not an MS932 character", "オフセット " + leadOffset + " のバイト " + hex(first)
                    + " " + hex(b) + " は MS932 の文字ではありません");
        }
        return 1;
    }

    private void lineBreak(int b, long offset) {
        if (b == '\r') {
            line++;
            crNext = offset + 1;
        } else if (offset != crNext) {
            line++;
        }
    }

    private void control(long offset) {
        if (controls++ == 0) {
            firstControl = offset;
            firstControlLine = line;
        }
    }

    private void invalidByte(int b, long offset) {
        hold(Rule.ENC_001, line, offset, "byte " + hex(b) + " at offset " + offset + " is not an MS932 character",
                "オフセット " + offset + " のバイト " + hex(b) + " は MS932 の文字ではありません");
    }

    private void hold(Rule rule, long atLine, long offset, String message, String messageJa) {
        if (occurrences++ < MAX_REPORTED) {
            held.add(new Occurrence(rule, atLine, offset, message, messageJa));
        }
    }

    private Result finish(long bytes) {
        if (utf8.wellFormedAtEnd() && utf8.firstLonger() >= 0) {
            sink.problem(Rule.ENC_004, 0, 0, -1, "the file is UTF-8 (well-formed, with a 3- or 4-byte sequence at "
                    + "offset " + utf8.firstLonger() + "); MS932 expected", "ファイルが UTF-8 で記述されています"
                    + "（オフセット " + utf8.firstLonger() + " に3・4バイトの文字）。MS932 が必要です");
            return new Result(false, bytes, 0);
        }
        if (utf8.wellFormedAtEnd() && utf8.firstTwoByte() >= 0) {
            sink.problem(Rule.ENC_005, 0, 0, -1, "the file is well-formed UTF-8 with only 2-byte sequences (the "
                    + "first at offset " + utf8.firstTwoByte() + "); it was read as MS932",
                    "ファイルは2バイト文字だけの UTF-8 としても解釈できます（最初はオフセット " + utf8.firstTwoByte()
                    + "）。MS932 として読みました");
        }
        for (Occurrence o : held) {
            sink.problem(o.rule, 0, o.line, o.offset, o.message, o.messageJa);
        }
        reportControls();
        return new Result(occurrences == 0, bytes, Math.max(0, occurrences - MAX_REPORTED));
    }

    private void reportControls() {
        if (controls > 0) {
            sink.problem(Rule.ENC_006, 0, firstControlLine, firstControl, controls + " control character(s) other "
                    + "than CR and LF, the first at line " + firstControlLine + ", offset " + firstControl,
                    "CR・LF 以外の制御文字が " + controls + " 個あります（最初は " + firstControlLine + " 行目、オフセット "
                    + firstControl + "）");
        }
    }

    /** {@code 0x} and two upper-case hex digits; String.format is far too slow for thousands of findings. */
    private static String hex(int b) {
        return "0x" + HEX[b >> 4] + HEX[b & 0xF];
    }

    private record Occurrence(Rule rule, long line, long offset, String message, String messageJa) {
    }
}
