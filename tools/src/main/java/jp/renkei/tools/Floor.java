package jp.renkei.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor the validator is measured against: merely decoding a file's bytes as MS932 with the JDK decoder and
 * splitting the text into field strings at commas and line ends (no quotes, no checks). Validation cannot be faster
 * than this, since it must at least do the same.
 */
final class Floor {

    private static final int BUFFER = 1 << 16;
    private static final Charset MS932 = Charset.forName("windows-31j");

    private long fields;
    private long records;
    private long checksum;

    /** What the floor produced: line count, field count, and a checksum that keeps the field strings alive. */
    record Count(long records, long fields, long checksum) {
    }

    static Count run(Path file) throws IOException {
        Floor floor = new Floor();
        floor.read(file);
        return new Count(floor.records, floor.fields, floor.checksum);
    }

    private void read(Path file) throws IOException {
        CharsetDecoder decoder = MS932.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        ByteBuffer in = ByteBuffer.allocate(BUFFER);
        CharBuffer out = CharBuffer.allocate(BUFFER);
        StringBuilder field = new StringBuilder();
        try (InputStream stream = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                end = n < 0;
                in.position(in.position() + Math.max(n, 0));
                in.flip();
                decoder.decode(in, out, end);
                in.compact();
                out.flip();
                split(out, field);
                out.clear();
            }
        }
    }

    private void split(CharBuffer text, StringBuilder field) {
        char[] c = text.array();
        int from = text.position();
        for (int i = from; i < text.limit(); i++) {
            char ch = c[i];
            if (ch == ',' || ch == '\n' || ch == '\r') {
                field.append(c, from, i - from);
                checksum += field.toString().hashCode();
                fields++;
                if (ch == '\n') {
                    records++;
                }
                field.setLength(0);
                from = i + 1;
            }
        }
        field.append(c, from, text.limit() - from);
    }
}
