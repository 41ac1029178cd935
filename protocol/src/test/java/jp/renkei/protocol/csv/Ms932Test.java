package jp.renkei.protocol.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import org.junit.jupiter.api.Test;

class Ms932Test {

    private static String jdk(byte[] bytes) throws CharacterCodingException {
        return Ms932.CHARSET.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static String ours(byte[] bytes) {
        char[] out = new char[bytes.length];
        return new String(out, 0, Ms932.decode(bytes, 0, bytes.length, out));
    }

    @Test
    void decodesEveryCharacterTheByteScanAcceptsExactlyAsTheJdkDoes() throws CharacterCodingException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (int b = 0; b < 0x80; b++) {
            all.write(b);
        }
        for (int b = 0xA1; b <= 0xDF; b++) {
            all.write(b);
        }
        int pairs = 0;
        for (int lead = 0x81; lead <= 0xFC; lead++) {
            for (int trail = 0x40; trail <= 0xFC; trail++) {
                if (Ms932.classOf(lead) == Ms932.LEAD && Ms932.pair(lead, trail) != 0) {
                    all.write(lead);
                    all.write(trail);
                    pairs++;
                }
            }
        }
        byte[] bytes = all.toByteArray();

        assertThat(ByteScan.scan(bytes, (r, i, l, o, m, j) -> { }).proceed()).isTrue();
        assertThat(ours(bytes)).isEqualTo(jdk(bytes));
        assertThat(pairs).isBetween(7000, 8000);
    }

    @Test
    void turnsEachRejectedSequenceIntoOneReplacementCharacter() {
        assertThat(ours(new byte[] {(byte) 0x80, 'a', (byte) 0xFD})).isEqualTo("\uFFFDa\uFFFD");
        assertThat(ours(new byte[] {(byte) 0x85, 0x40, 'a'})).isEqualTo("\uFFFDa");
        assertThat(ours(new byte[] {(byte) 0x81, ',', 'a'})).isEqualTo("\uFFFD,a");
        assertThat(ours(new byte[] {'a', (byte) 0x81})).isEqualTo("a\uFFFD");
    }

    @Test
    void classifiesBytesAsTheNormativeTableSays() {
        assertThat(Ms932.classOf(0x5C)).isEqualTo(Ms932.ASCII);
        assertThat(Ms932.classOf(0x09)).isEqualTo(Ms932.CONTROL);
        assertThat(Ms932.classOf(0x0D)).isEqualTo(Ms932.LINE_BREAK);
        assertThat(Ms932.classOf(0xA1)).isEqualTo(Ms932.KANA);
        assertThat(Ms932.classOf(0xDF)).isEqualTo(Ms932.KANA);
        assertThat(Ms932.classOf(0x81)).isEqualTo(Ms932.LEAD);
        assertThat(Ms932.classOf(0xEF)).isEqualTo(Ms932.LEAD);
        assertThat(Ms932.classOf(0xFA)).isEqualTo(Ms932.LEAD);
        assertThat(Ms932.classOf(0xF0)).isEqualTo(Ms932.GAIJI_LEAD);
        assertThat(Ms932.classOf(0xF9)).isEqualTo(Ms932.GAIJI_LEAD);
        for (int b : new int[] {0x80, 0xA0, 0xFD, 0xFE, 0xFF}) {
            assertThat(Ms932.classOf(b)).isEqualTo(Ms932.INVALID);
        }
    }
}
