package jp.renkei.protocol.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import jp.renkei.protocol.validate.Rule;

/**
 * Collects the fields of the record being lexed and hands finished records on: decides on the header line
 * (CSV-006), numbers data records and reports CSV-004 once per field with the record's final number.
 * Not thread-safe.
 */
final class RecordBuilder {

    private final ProblemSink sink;
    private final Consumer<RawRecord> consumer;
    private final List<String> fields = new ArrayList<>();
    private final List<Boolean> quoted = new ArrayList<>();
    /** Item numbers of plain fields holding a quote, for CSV-004. */
    private int[] strayQuotes = new int[4];
    private int strayCount;
    private char[] scratch = new char[256];
    private int scratchLength;
    private boolean firstDecided;
    private boolean headerSkipped;
    private int records;
    private long recordLine;

    RecordBuilder(ProblemSink sink, Consumer<RawRecord> consumer) {
        this.sink = sink;
        this.consumer = consumer;
    }

    void start(long line) {
        recordLine = line;
    }

    long recordLine() {
        return recordLine;
    }

    int fieldCount() {
        return fields.size();
    }

    /** Keeps part of the current field that is about to leave the lexer's buffer. */
    void append(char[] buffer, int from, int to) {
        int length = to - from;
        if (length <= 0) {
            return;
        }
        if (scratchLength + length > scratch.length) {
            scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, scratchLength + length));
        }
        System.arraycopy(buffer, from, scratch, scratchLength, length);
        scratchLength += length;
    }

    void append(char c) {
        if (scratchLength == scratch.length) {
            scratch = Arrays.copyOf(scratch, scratch.length * 2);
        }
        scratch[scratchLength++] = c;
    }

    /** Ends the current field, whose last part is {@code buffer[from, to)}. */
    void endField(char[] buffer, int from, int to, boolean wasQuoted) {
        String value;
        if (scratchLength == 0) {
            value = new String(buffer, from, to - from);
        } else {
            append(buffer, from, to);
            value = new String(scratch, 0, scratchLength);
            scratchLength = 0;
        }
        fields.add(value);
        quoted.add(wasQuoted);
    }

    /** Notes that the plain field now being read holds a quote (CSV-004, once per field). */
    void strayQuote() {
        int item = fields.size() + 1;
        if (strayCount > 0 && strayQuotes[strayCount - 1] == item) {
            return;
        }
        if (strayCount == strayQuotes.length) {
            strayQuotes = Arrays.copyOf(strayQuotes, strayCount * 2);
        }
        strayQuotes[strayCount++] = item;
    }

    /** Ends the record: skips it as a header or numbers it and passes it to the consumer. */
    void endRecord() {
        boolean header = isHeader();
        firstDecided = true;
        int index = header ? 0 : records + 1;
        reportStrayQuotes(index);
        if (header) {
            headerSkipped = true;
            sink.problem(Rule.CSV_006, 0, recordLine, -1, "No.1 of the first line is not 6 ASCII digits; the line was "
                    + "taken as a header and skipped", "1行目の No.1 が半角数字6桁ではないため、見出し行とみなして読み飛ばしました");
        } else {
            records++;
            consumer.accept(new RawRecord(index, recordLine, fields, quoted));
        }
        fields.clear();
        quoted.clear();
    }

    /** The number the current, unfinished record would get; 0 if it is already known to be the header. */
    int pendingIndex() {
        return !fields.isEmpty() && isHeader() ? 0 : records + 1;
    }

    /** Reports CSV-004 for the unfinished record before the lexer stops on an error. */
    void abandon() {
        reportStrayQuotes(pendingIndex());
    }

    private boolean isHeader() {
        return !firstDecided && recordLine == 1 && !sixDigits(fields.get(0));
    }

    private void reportStrayQuotes(int index) {
        for (int i = 0; i < strayCount; i++) {
            int item = strayQuotes[i];
            sink.problem(Rule.CSV_004, index, recordLine, -1, "field No." + item + " is not quoted but contains '\"';"
                    + " the quote was kept as a character", "No." + item + " は引用符で囲まれていませんが '\"' を含みます"
                    + "（文字として扱いました）");
        }
        strayCount = 0;
    }

    private static boolean sixDigits(String value) {
        if (value.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    int records() {
        return records;
    }

    boolean headerSkipped() {
        return headerSkipped;
    }
}
