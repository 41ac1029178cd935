package jp.renkei.protocol.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import jp.renkei.protocol.validate.Rule;

/**
 * The record syntax of spec §3.2: a state machine over the whole stream (never a line splitter), handing each data
 * record to a consumer as soon as it ends. Memory is bounded by one 64 KiB buffer plus the largest record.
 *
 * <p>The machine runs on the MS932 bytes and decodes each field once it is cut out. That is exact, not an
 * approximation: the four characters that carry structure ({@code "}, {@code ,}, CR, LF) are single bytes below
 * 0x40, and no trail byte of a double-byte character is below 0x40, so a structural byte is never part of another
 * character. ASCII fields become Strings by one array copy; others go through the table of {@link Ms932}.
 *
 * <p>Findings: CSV-001 (a quoted field still open at the end of the file; stops), CSV-002 (LF or CR alone ends a
 * line outside quotes; once per file, with the count, after the records), CSV-003 (a character after a closing
 * quote; stops), CSV-004 (a quote in a plain field; once per field, kept literally), CSV-006 (the record starting on
 * line 1 has a No.1 that is not 6 ASCII digits: a header, skipped), CSV-007 (an empty line before a record; one per
 * line). Empty lines after the last record are ignored silently, also for CSV-002. A stopped file's unfinished
 * record is not passed on. The lexer expects the byte scan to have passed; bytes it would reject decode to U+FFFD.
 *
 * <p>Positions: {@code record} is the data record's index (0 for the header and for CSV-002/CSV-007), {@code line}
 * the physical line where the record starts (for CSV-002 the first offending line, for CSV-007 the empty line),
 * {@code byteOffset} always -1. Not thread-safe; each call has its own state.
 */
public final class CsvLexer {

    /**
     * What the lexer did.
     *
     * @param proceed false when CSV-001 or CSV-003 stopped the file
     * @param records data records passed to the consumer
     * @param headerSkipped whether the first line was skipped as a header (CSV-006)
     */
    public record Result(boolean proceed, int records, boolean headerSkipped) {
    }

    private static final int BUFFER = 1 << 16;
    private static final int START_RECORD = 0;
    private static final int START_FIELD = 1;
    private static final int PLAIN = 2;
    private static final int QUOTED = 3;
    private static final int QUOTE_SEEN = 4;
    private static final int STOPPED = 5;

    private final ProblemSink sink;
    private final RecordBuilder builder;
    private int state = START_RECORD;
    private long line = 1;
    /** Absolute offset of the buffer's first byte. */
    private long base;
    /** Absolute offset just after the last CR inside quotes: an LF there is part of a CRLF. */
    private long quotedCrNext = -1;
    /** The current field's part in the buffer: {@code [segmentStart, i)}, or up to {@code segmentEnd} once closed. */
    private int segmentStart;
    private int segmentEnd;
    private long quoteLine;
    /** A CR ended a line outside quotes and the next byte decides whether it was a CRLF. */
    private boolean crOpen;
    private boolean crEndedEmptyLine;
    private long crLine;
    private final LineEnds lineEnds = new LineEnds();

    private CsvLexer(ProblemSink sink, Consumer<RawRecord> consumer) {
        this.sink = sink;
        this.builder = new RecordBuilder(sink, consumer);
    }

    /** Lexes an MS932 stream to its end (or to a stopping error); the stream is not closed. */
    public static Result lex(InputStream in, ProblemSink sink, Consumer<RawRecord> consumer) throws IOException {
        CsvLexer lexer = new CsvLexer(sink, consumer);
        byte[] buffer = new byte[BUFFER];
        int n;
        while (lexer.state != STOPPED && (n = in.read(buffer)) >= 0) {
            lexer.consume(buffer, n);
        }
        return lexer.finish(buffer);
    }

    /** Lexes MS932 bytes held in memory, in place. */
    public static Result lex(byte[] content, ProblemSink sink, Consumer<RawRecord> consumer) {
        CsvLexer lexer = new CsvLexer(sink, consumer);
        lexer.consume(content, content.length);
        return lexer.finish(content);
    }

    /** Lexes an MS932 file from disk in bounded memory. */
    public static Result lex(Path file, ProblemSink sink, Consumer<RawRecord> consumer) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return lex(in, sink, consumer);
        }
    }

    private void consume(byte[] buffer, int n) {
        int i = 0;
        while (i < n) {
            switch (state) {
                case START_RECORD -> i = startRecord(buffer, i);
                case START_FIELD -> i = startField(buffer, i);
                case PLAIN -> i = plain(buffer, i, n);
                case QUOTED -> i = quoted(buffer, i, n);
                case QUOTE_SEEN -> i = quoteSeen(buffer, i);
                default -> {
                    return;
                }
            }
        }
        if (state == PLAIN || state == QUOTED) {
            builder.append(buffer, segmentStart, n);
        } else if (state == QUOTE_SEEN) {
            builder.append(buffer, segmentStart, segmentEnd);
        }
        segmentStart = 0;
        segmentEnd = 0;
        base += n;
    }

    private int startRecord(byte[] buffer, int i) {
        int c = buffer[i] & 0xFF;
        if (crOpen) {
            crOpen = false;
            if (c == '\n') {
                return i + 1;
            }
            lineEnds.bare(crEndedEmptyLine, crLine);
        }
        if (c == '\r' || c == '\n') {
            lineEnds.emptyLine(line);
            lineEnd(c, true);
            return i + 1;
        }
        lineEnds.flushEmptyLines(sink);
        builder.start(line);
        state = START_FIELD;
        return i;
    }

    private int startField(byte[] buffer, int i) {
        if (buffer[i] == '"') {
            state = QUOTED;
            quoteLine = line;
            segmentStart = i + 1;
            return i + 1;
        }
        state = PLAIN;
        segmentStart = i;
        return i;
    }

    private int plain(byte[] buffer, int i, int n) {
        for (; i < n; i++) {
            int c = buffer[i] & 0xFF;
            if (c <= ',') {
                if (c == ',') {
                    builder.endField(buffer, segmentStart, i, false);
                    state = START_FIELD;
                    return i + 1;
                }
                if (c == '\r' || c == '\n') {
                    builder.endField(buffer, segmentStart, i, false);
                    endRecord(c);
                    return i + 1;
                }
                if (c == '"') {
                    builder.strayQuote();
                }
            }
        }
        return n;
    }

    private int quoted(byte[] buffer, int i, int n) {
        for (; i < n; i++) {
            int c = buffer[i] & 0xFF;
            if (c <= '"') {
                if (c == '"') {
                    segmentEnd = i;
                    state = QUOTE_SEEN;
                    return i + 1;
                }
                if (c == '\r') {
                    line++;
                    quotedCrNext = base + i + 1;
                } else if (c == '\n' && base + i != quotedCrNext) {
                    line++;
                }
            }
        }
        return n;
    }

    private int quoteSeen(byte[] buffer, int i) {
        int c = buffer[i] & 0xFF;
        if (c == '"') {
            builder.append(buffer, segmentStart, segmentEnd);
            builder.append((byte) '"');
            segmentStart = i + 1;
            state = QUOTED;
        } else if (c == ',') {
            builder.endField(buffer, segmentStart, segmentEnd, true);
            state = START_FIELD;
        } else if (c == '\r' || c == '\n') {
            builder.endField(buffer, segmentStart, segmentEnd, true);
            endRecord(c);
        } else {
            stop(Rule.CSV_003, "a character other than ',' or a line break follows the closing quote of field No."
                    + (builder.fieldCount() + 1) + " on line " + line, "No." + (builder.fieldCount() + 1)
                    + " の閉じ引用符の後（" + line + " 行目）に ',' でも改行でもない文字があります");
        }
        return i + 1;
    }

    private void endRecord(int terminator) {
        lineEnd(terminator, false);
        builder.endRecord();
        state = START_RECORD;
    }

    /** A CR or LF outside quotes ends the current line (of a record, or an empty one). */
    private void lineEnd(int terminator, boolean emptyLine) {
        if (terminator == '\r') {
            crOpen = true;
            crEndedEmptyLine = emptyLine;
            crLine = line;
        } else {
            lineEnds.bare(emptyLine, line);
        }
        line++;
    }

    private void stop(Rule rule, String message, String messageJa) {
        builder.abandon();
        sink.problem(rule, builder.pendingIndex(), builder.recordLine(), -1, message, messageJa);
        state = STOPPED;
    }

    private Result finish(byte[] buffer) {
        if (crOpen) {
            lineEnds.bare(crEndedEmptyLine, crLine);
        }
        switch (state) {
            case START_FIELD, PLAIN -> {
                builder.endField(buffer, 0, 0, false);
                builder.endRecord();
            }
            case QUOTE_SEEN -> {
                builder.endField(buffer, 0, 0, true);
                builder.endRecord();
            }
            case QUOTED -> stop(Rule.CSV_001, "the quoted field No." + (builder.fieldCount() + 1) + " opened on line "
                    + quoteLine + " is not closed before the end of the file", quoteLine + " 行目で始まる No."
                    + (builder.fieldCount() + 1) + " の引用符がファイルの終わりまで閉じられていません");
            default -> {
            }
        }
        lineEnds.report(sink);
        return new Result(state != STOPPED, builder.records(), builder.headerSkipped());
    }
}
