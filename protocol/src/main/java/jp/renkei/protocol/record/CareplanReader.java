package jp.renkei.protocol.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;
import jp.renkei.protocol.layout.Layouts;

/**
 * Reads the records of one file, one at a time, in bounded memory whatever the file size. Not thread-safe. The
 * layout generation is taken from item No.1 of the first record; a first line whose No.1 is not six ASCII digits is a
 * header and skipped (spec §3.2). This is a tolerant convenience reader, not a validator: it accepts what jackson's
 * CSV parser accepts (e.g. spaces after a closing quote, blank lines anywhere) and never trims values.
 */
public final class CareplanReader implements Closeable {

    private final FileKind kind;
    private final CsvParser parser;
    private CsvVersion version;
    private List<String> pending;
    private long records;
    private long line;
    private boolean ended;

    CareplanReader(FileKind kind, CsvParser parser) throws IOException {
        this.kind = kind;
        this.parser = parser;
        start();
    }

    public FileKind kind() {
        return kind;
    }

    /** The CSVバージョン of the file; empty when it has no data records. */
    public Optional<CsvVersion> version() {
        return Optional.ofNullable(version);
    }

    /** The layout generation of the file; empty when it has no data records. */
    public Optional<LayoutGeneration> generation() {
        return version().flatMap(CsvVersion::generation);
    }

    /**
     * The next record's values exactly as read (no field-count or version check), or null at the end of the file.
     *
     * @throws MalformedCsvException on bad CSV syntax or bytes that are not MS932
     */
    public List<String> nextRow() throws IOException {
        if (pending != null) {
            List<String> row = pending;
            pending = null;
            return row;
        }
        List<String> row = lex();
        if (row != null) {
            records++;
        }
        return row;
    }

    /**
     * The next typed record, or null at the end of the file.
     *
     * @throws MalformedCsvException additionally when the record's field count is not the layout's item count or
     *     its CSVバージョン differs from the first record's
     */
    public CareplanRecord next() throws IOException {
        List<String> row = nextRow();
        if (row == null) {
            return null;
        }
        int expected = kind.itemCount(generation().orElseThrow());
        if (row.size() != expected) {
            throw new MalformedCsvException(kind + " " + version.code() + " records have " + expected
                    + " fields, this one has " + row.size(), records, line, null);
        }
        if (!row.get(0).equals(version.code())) {
            throw new MalformedCsvException("CSVバージョン " + shown(row.get(0)) + " differs from the first record's "
                    + version.code() + "; one file has one version", records, line, null);
        }
        return CareplanRecord.of(kind, row, generation().orElseThrow());
    }

    /** The remaining typed records; a read failure surfaces as an {@link UncheckedIOException}. */
    public Stream<CareplanRecord> records() {
        return stream(this::next);
    }

    /** The remaining rows as {@link #nextRow()} gives them; a failure surfaces as an {@link UncheckedIOException}. */
    public Stream<List<String>> rows() {
        return stream(this::nextRow);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Reads past a header line and fixes the version from the first data record. */
    private void start() throws IOException {
        advance(JsonToken.START_ARRAY);
        List<String> first = lex();
        if (first != null && !first.get(0).matches("[0-9]{6}")) {
            first = lex();
        }
        if (first == null) {
            return;
        }
        records = 1;
        String code = first.get(0);
        version = CsvVersion.of(code).filter(CsvVersion::accepted).orElseThrow(() -> new MalformedCsvException(
                "CSVバージョン " + shown(code) + " is not one Renkei reads", 1, line, null));
        if (Layouts.find(kind, version.generation().orElseThrow()).isEmpty()) {
            throw new MalformedCsvException(kind + " does not exist in CSVバージョン " + code, 1, line, null);
        }
        pending = first;
    }

    /** One row of values, or null when the file has no more. */
    private List<String> lex() throws IOException {
        if (ended) {
            return null;
        }
        JsonToken token = advance(null);
        if (token != JsonToken.START_ARRAY) {
            ended = true;
            return null;
        }
        List<String> row = new ArrayList<>();
        while ((token = advance(null)) == JsonToken.VALUE_STRING) {
            if (row.isEmpty()) {
                line = parser.currentTokenLocation().getLineNr();
            }
            row.add(parser.getText());
        }
        return row;
    }

    /** A value for a message: shown only when it is a short number, since other items may hold personal data. */
    private static String shown(String value) {
        return value.matches("[0-9]{1,8}") ? "'" + value + "'" : "(a value that is not a version)";
    }

    private JsonToken advance(JsonToken expected) throws IOException {
        try {
            JsonToken token = parser.nextToken();
            if (expected != null && token != expected && token != null) {
                throw new MalformedCsvException("unexpected " + token, records + 1, line, null);
            }
            return token;
        } catch (JsonProcessingException e) {
            long at = e.getLocation() == null ? line : e.getLocation().getLineNr();
            throw new MalformedCsvException("not valid CSV: " + e.getOriginalMessage(), records + 1, at, e);
        } catch (CharacterCodingException e) {
            throw new MalformedCsvException("bytes that are not MS932", records + 1, line, e);
        }
    }

    private interface Source<T> {
        T next() throws IOException;
    }

    private <T> Stream<T> stream(Source<T> source) {
        Spliterator<T> s = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                try {
                    T value = source.next();
                    if (value == null) {
                        return false;
                    }
                    action.accept(value);
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        return StreamSupport.stream(s, false).onClose(this::closeQuietly);
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
