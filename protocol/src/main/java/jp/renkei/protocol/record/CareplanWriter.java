package jp.renkei.protocol.record;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.nio.charset.CharsetEncoder;
import java.util.BitSet;
import java.util.List;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;
import jp.renkei.protocol.layout.Item;
import jp.renkei.protocol.layout.Layout;
import jp.renkei.protocol.layout.Layouts;

/**
 * Writes the records of one file by the writer rules of spec §3.3: MS932, no BOM, no header, CRLF after every
 * record, every free-text item quoted (an empty one as {@code ""}), every other item unquoted, {@code "} doubled.
 * The first record's CSVバージョン fixes the layout generation; every later record must carry the same one.
 *
 * <p>One deliberate exception: a non-free-text value containing a comma, {@code "}, CR or LF is quoted, because
 * unquoted it would break the file (such a value violates its item's format anyway). Not thread-safe.
 */
public final class CareplanWriter implements Closeable, Flushable {

    /** The BMP characters that MS932 encodes and decodes back to themselves, without the 外字 area. */
    private static final BitSet WRITABLE = writableCharacters();

    private final FileKind kind;
    private final CsvGenerator generator;
    private String version;
    private Layout layout;
    private long records;

    CareplanWriter(FileKind kind, CsvGenerator generator) {
        this.kind = kind;
        this.generator = generator;
    }

    /**
     * Writes one typed record.
     *
     * @throws IllegalArgumentException when the record is of another kind or breaks a rule of §3.3 (see
     *     {@link #writeRow})
     */
    public void write(CareplanRecord record) throws IOException {
        if (record.kind() != kind) {
            throw new IllegalArgumentException("a " + record.kind() + " record in a " + kind + " file");
        }
        String code = record.v4Fields().get(0);
        LayoutGeneration g = CsvVersion.of(code).flatMap(CsvVersion::generation).orElseThrow(
                () -> new IllegalArgumentException("CSVバージョン '" + code + "' is not one Renkei writes"));
        writeRow(record.fields(g));
    }

    /**
     * Writes one record given as the values of its generation's items.
     *
     * @throws IllegalArgumentException when No.1 is not an accepted CSVバージョン or differs from the first record's,
     *     the value count is not the layout's, or a value has a character outside MS932 or of the user-defined area
     */
    public void writeRow(List<String> fields) throws IOException {
        Layout l = layoutFor(fields);
        generator.writeStartArray();
        for (Item item : l.items()) {
            String value = fields.get(item.no() - 1);
            requireMs932(item, value);
            if (item.freeText() || needsQuotes(value)) {
                generator.writeString(value);
            } else {
                generator.writeRawValue(value);
            }
        }
        generator.writeEndArray();
        records++;
    }

    /** The number of records written so far. */
    public long records() {
        return records;
    }

    @Override
    public void flush() throws IOException {
        generator.flush();
    }

    /** Flushes and closes the underlying stream. */
    @Override
    public void close() throws IOException {
        generator.close();
    }

    private Layout layoutFor(List<String> fields) {
        String code = fields.isEmpty() ? "" : fields.get(0);
        if (layout == null) {
            LayoutGeneration g = CsvVersion.of(code).flatMap(CsvVersion::generation).orElseThrow(
                    () -> new IllegalArgumentException("CSVバージョン '" + code + "' is not one Renkei writes"));
            layout = Layouts.of(kind, g);
            version = code;
        } else if (!code.equals(version)) {
            throw new IllegalArgumentException("CSVバージョン '" + code + "' after '" + version
                    + "': one file has one version");
        }
        if (fields.size() != layout.size()) {
            throw new IllegalArgumentException(kind + " " + version + " records have " + layout.size()
                    + " fields, not " + fields.size());
        }
        return layout;
    }

    private static BitSet writableCharacters() {
        CharsetEncoder encoder = CareplanCsv.MS932.newEncoder();
        BitSet writable = new BitSet(0x10000);
        for (char c = 0; c < 0xFFFF; c++) {
            boolean userDefined = c >= 0xE000 && c <= 0xF8FF;
            if (!userDefined && encoder.canEncode(c)
                    && new String(String.valueOf(c).getBytes(CareplanCsv.MS932), CareplanCsv.MS932).equals(
                    String.valueOf(c))) {
                writable.set(c);
            }
        }
        return writable;
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * Spec §3.1: nothing outside MS932 and no 外字. Characters must also survive the trip, so that reading gives back
     * the record written (U+301C WAVE DASH, for one, would come back as U+FF5E).
     */
    private void requireMs932(Item item, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x80 && !WRITABLE.get(c)) {
                throw new IllegalArgumentException(String.format("%s record %d item No.%d %s: U+%04X is not an MS932"
                        + " character", kind, records + 1, item.no(), item.name(), (int) c));
            }
        }
    }
}
