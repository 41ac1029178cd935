package jp.renkei.protocol.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * The MS932 byte classes of spec §3.1 and the double-byte table, built once at class load by decoding every
 * lead/trail pair with the JDK's windows-31j decoder ({@link CodingErrorAction#REPORT}), so that the byte scan and
 * the lexer agree with that decoder on every pair while the single-byte edge cases follow the spec's own table.
 */
final class Ms932 {

    static final Charset CHARSET = Charset.forName("windows-31j");

    /** Byte classes of the normative table. */
    static final byte ASCII = 0;
    static final byte CONTROL = 1;
    static final byte LINE_BREAK = 2;
    static final byte KANA = 3;
    static final byte LEAD = 4;
    static final byte GAIJI_LEAD = 5;
    static final byte INVALID = 6;

    private static final byte[] CLASSES = classes();
    /** The character of pair {@code lead << 8 | trail}, or 0 where the pair is not an MS932 character. */
    private static final char[] PAIRS = pairs();

    private Ms932() {
    }

    /** The class of byte {@code b} (0-255) when it starts a character. */
    static byte classOf(int b) {
        return CLASSES[b];
    }

    static boolean isTrail(int b) {
        return b >= 0x40 && b <= 0xFC && b != 0x7F;
    }

    /** The character of a lead/trail pair (both 0-255), or 0 when the pair maps to none. */
    static char pair(int lead, int trail) {
        return PAIRS[lead << 8 | trail];
    }

    /**
     * Decodes {@code src[from, to)} into {@code dst} (at least {@code to - from} long) and returns the number of
     * chars. Gives the JDK decoder's characters for valid input; each sequence the byte scan rejects becomes U+FFFD,
     * and a lead byte at {@code to} is such a sequence.
     */
    static int decode(byte[] src, int from, int to, char[] dst) {
        int o = 0;
        int i = from;
        while (i < to) {
            int c = src[i];
            if (c >= 0) {
                dst[o++] = (char) c;
                i++;
                continue;
            }
            c &= 0xFF;
            char decoded = i + 1 < to ? PAIRS[c << 8 | src[i + 1] & 0xFF] : 0;
            if (decoded != 0) {
                dst[o++] = decoded;
                i += 2;
            } else if (c >= 0xA1 && c <= 0xDF) {
                dst[o++] = kana(c);
                i++;
            } else {
                dst[o++] = '\uFFFD';
                boolean lead = CLASSES[c] == LEAD || CLASSES[c] == GAIJI_LEAD;
                i += lead && i + 1 < to && isTrail(src[i + 1] & 0xFF) ? 2 : 1;
            }
        }
        return o;
    }

    /** Whether {@code src[from, to)} is all ASCII, so that it can be copied into a String as it is. */
    static boolean ascii(byte[] src, int from, int to) {
        for (int i = from; i < to; i++) {
            if (src[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** The half-width katakana of byte {@code b} in 0xA1-0xDF. */
    static char kana(int b) {
        return (char) (0xFF61 + b - 0xA1);
    }

    private static byte[] classes() {
        byte[] classes = new byte[256];
        for (int b = 0; b < 256; b++) {
            classes[b] = classify(b);
        }
        return classes;
    }

    private static byte classify(int b) {
        if (b == '\r' || b == '\n') {
            return LINE_BREAK;
        }
        if (b < 0x20 || b == 0x7F) {
            return CONTROL;
        }
        if (b < 0x80) {
            return ASCII;
        }
        if (b >= 0xA1 && b <= 0xDF) {
            return KANA;
        }
        if (b >= 0xF0 && b <= 0xF9) {
            return GAIJI_LEAD;
        }
        boolean lead = b >= 0x81 && b <= 0x9F || b >= 0xE0 && b <= 0xEF || b >= 0xFA && b <= 0xFC;
        return lead ? LEAD : INVALID;
    }

    private static char[] pairs() {
        char[] pairs = new char[1 << 16];
        CharsetDecoder decoder = CHARSET.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(2);
        CharBuffer out = CharBuffer.allocate(4);
        for (int lead = 0x80; lead < 0x100; lead++) {
            if (CLASSES[lead] != LEAD && CLASSES[lead] != GAIJI_LEAD) {
                continue;
            }
            for (int trail = 0x40; trail <= 0xFC; trail++) {
                if (isTrail(trail)) {
                    pairs[lead << 8 | trail] = decodePair(decoder, in, out, lead, trail);
                }
            }
        }
        return pairs;
    }

    private static char decodePair(CharsetDecoder decoder, ByteBuffer in, CharBuffer out, int lead, int trail) {
        in.clear();
        in.put((byte) lead).put((byte) trail).flip();
        out.clear();
        decoder.reset();
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError() || in.hasRemaining() || decoder.flush(out).isError() || out.position() != 1) {
            return 0;
        }
        char c = out.get(0);
        return c == '\uFFFD' ? 0 : c;
    }
}
