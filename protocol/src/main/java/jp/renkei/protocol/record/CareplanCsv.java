package jp.renkei.protocol.record;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.protocol.FileKind;

/**
 * Reading and writing care-plan CSV files (spec §3) through jackson-dataformat-csv, in MS932 only. Reading streams
 * typed records or raw rows in bounded memory; writing follows the writer rules of §3.3 exactly. Applications use
 * this; the validator has its own lexer because it must report every deviation, which this reader tolerates.
 *
 * <p>Guarantees: records written and read back are equal; a file that follows the spec's quoting, read and
 * re-written, gives identical bytes.
 */
public final class CareplanCsv {

    /** Windows-31J, the only encoding of the standard. */
    public static final Charset MS932 = Charset.forName("windows-31j");

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
            .disable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
            .build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema()
            .withColumnSeparator(',').withQuoteChar('"').withoutEscapeChar().withLineSeparator("\r\n")
            .withoutHeader();

    private CareplanCsv() {
    }

    /**
     * Opens a reader of {@code kind} records over {@code in}; it reads the first record at once to learn the layout
     * generation from its CSVバージョン. Closing the reader closes {@code in}.
     *
     * @throws MalformedCsvException when the content starts with a Unicode BOM, the first record is malformed, or its
     *     CSVバージョン is not accepted or has no layout for {@code kind}
     */
    public static CareplanReader reader(InputStream in, FileKind kind) throws IOException {
        InputStream buffered = new BufferedInputStream(in, 1 << 16);
        rejectBom(buffered);
        InputStreamReader chars = new InputStreamReader(buffered, MS932.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CsvParser parser = MAPPER.getFactory().createParser(chars);
        parser.setSchema(SCHEMA);
        try {
            return new CareplanReader(kind, parser);
        } catch (IOException | RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    /** Opens a writer of {@code kind} records to {@code out}; closing it closes {@code out}. */
    public static CareplanWriter writer(OutputStream out, FileKind kind) throws IOException {
        CsvGenerator generator = MAPPER.getFactory().createGenerator(new OutputStreamWriter(out,
                MS932.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        generator.setSchema(SCHEMA);
        return new CareplanWriter(kind, generator);
    }

    /** Every record of a whole file held in memory. */
    public static List<CareplanRecord> read(byte[] content, FileKind kind) throws IOException {
        try (CareplanReader reader = reader(new ByteArrayInputStream(content), kind)) {
            List<CareplanRecord> records = new ArrayList<>();
            for (CareplanRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
            return records;
        }
    }

    /**
     * The bytes of a file holding {@code records}, in order.
     *
     * @throws IllegalArgumentException as {@link CareplanWriter#write}
     */
    public static byte[] write(FileKind kind, List<? extends CareplanRecord> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CareplanWriter writer = writer(out, kind)) {
            for (CareplanRecord r : records) {
                writer.write(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static void rejectBom(InputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        in.reset();
        boolean utf8 = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF;
        boolean utf16 = head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
        if (utf8 || utf16) {
            throw new MalformedCsvException("the file starts with a Unicode BOM; the standard is MS932", 0, 1, null);
        }
    }
}
