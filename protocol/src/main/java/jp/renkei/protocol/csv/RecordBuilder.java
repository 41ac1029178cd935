package jp.renkei.protocol.csv;

import java.nio.charset.StandardCharsets;
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
    /**
     * The current record's values and quote flags. Sized to the last record's field count, so that in a file whose
     * records all have one layout the values array itself becomes the record's list (RawRecord keeps it as it is).
     */
    private String[] values = new String[32];
    private boolean[] flags = new boolean[32];
    private int count;
    /** The last record's quote flags: records of one layout nearly always share them, so they share the list. */
    private List<Boolean> lastQuoted = List.of();
    private boolean[] lastFlags = new boolean[0];
    /** Item numbers of plain fields holding a quote, for CSV-004. */
    private int[] strayQuotes = new int[4];
    private int strayCount;
    /** Bytes of a field that spans buffers or holds doubled quotes. */
    private byte[] scratch = new byte[256];
    private int scratchLength;
    private char[] chars = new char[256];
    private final ShortValues shortValues = new ShortValues();
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
        return count;
    }

    /** Keeps part of the current field that is about to leave the lexer's buffer. */
    void append(byte[] buffer, int from, int to) {
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

    void append(byte b) {
        if (scratchLength == scratch.length) {
            scratch = Arrays.copyOf(scratch, scratch.length * 2);
        }
        scratch[scratchLength++] = b;
    }

    /** Ends the current field, whose last part is {@code buffer[from, to)}. */
    void endField(byte[] buffer, int from, int to, boolean wasQuoted) {
        String value;
        if (scratchLength == 0) {
            value = decode(buffer, from, to);
        } else {
            append(buffer, from, to);
            value = decode(scratch, 0, scratchLength);
            scratchLength = 0;
        }
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
            flags = Arrays.copyOf(flags, count * 2);
        }
        values[count] = value;
        flags[count++] = wasQuoted;
    }

    /**
     * MS932 to String: short ASCII values (codes, dates, numbers, which repeat from record to record) come from a
     * small cache, other ASCII is copied as it is (one Latin-1 array copy), the rest goes through the table.
     */
    private String decode(byte[] bytes, int from, int to) {
        if (to - from <= ShortValues.MAX_LENGTH) {
            String cached = shortValues.get(bytes, from, to);
            if (cached != null) {
                return cached;
            }
        } else if (Ms932.ascii(bytes, from, to)) {
            return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }
        if (chars.length < to - from) {
            chars = new char[Math.max(chars.length * 2, to - from)];
        }
        return new String(chars, 0, Ms932.decode(bytes, from, to, chars));
    }

    /** Notes that the plain field now being read holds a quote (CSV-004, once per field). */
    void strayQuote() {
        int item = count + 1;
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
            List<Boolean> quotedFlags = quotedList();
            consumer.accept(new RawRecord(index, recordLine, fieldList(), quotedFlags));
        }
        count = 0;
    }

    /** The number the current, unfinished record would get; 0 if it is already known to be the header. */
    int pendingIndex() {
        return count > 0 && isHeader() ? 0 : records + 1;
    }

    /** Reports CSV-004 for the unfinished record before the lexer stops on an error. */
    void abandon() {
        reportStrayQuotes(pendingIndex());
    }

    private boolean isHeader() {
        return !firstDecided && recordLine == 1 && !sixDigits(values[0]);
    }

    /** Hands the values over to the record; the next record gets a new array of this one's size. */
    private List<String> fieldList() {
        String[] record = count == values.length ? values : Arrays.copyOf(values, count);
        values = new String[Math.max(count, 1)];
        if (flags.length != values.length) {
            flags = new boolean[values.length];
        }
        return new FieldList(record);
    }

    private List<Boolean> quotedList() {
        if (!Arrays.equals(flags, 0, count, lastFlags, 0, lastFlags.length)) {
            lastFlags = Arrays.copyOf(flags, count);
            Boolean[] boxed = new Boolean[count];
            for (int i = 0; i < count; i++) {
                boxed[i] = flags[i];
            }
            lastQuoted = List.of(boxed);
        }
        return lastQuoted;
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
