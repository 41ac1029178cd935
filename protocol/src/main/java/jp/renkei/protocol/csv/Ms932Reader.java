package jp.renkei.protocol.csv;

import java.io.IOException;
import java.io.InputStream;

/**
 * Decodes an MS932 stream into char chunks with the tables of {@link Ms932}: the same characters as the JDK's
 * windows-31j decoder, without its per-call overhead. Input the byte scan would have rejected still decodes, each
 * bad sequence to U+FFFD, so the lexer never fails on content. Not thread-safe.
 */
final class Ms932Reader {

    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    /** Slot 0 carries a lead byte left at the end of the previous read. */
    private final byte[] bytes = new byte[CHUNK + 1];
    private boolean carry;
    private boolean eof;

    Ms932Reader(InputStream in) {
        this.in = in;
    }

    /** A buffer large enough for any one {@link #read}. */
    static char[] newBuffer() {
        return new char[CHUNK + 1];
    }

    /** Decodes the next chunk into {@code out}; returns the number of chars, or -1 at the end of the stream. */
    int read(char[] out) throws IOException {
        while (!eof) {
            int start = carry ? 1 : 0;
            int n = in.read(bytes, start, CHUNK);
            if (n < 0) {
                eof = true;
                break;
            }
            int chars = n > 0 ? decode(start + n, out) : 0;
            if (chars > 0) {
                return chars;
            }
        }
        if (carry) {
            carry = false;
            out[0] = '\uFFFD';
            return 1;
        }
        return -1;
    }

    private int decode(int n, char[] out) {
        byte[] b = bytes;
        int o = 0;
        int i = 0;
        carry = false;
        while (i < n) {
            int c = b[i];
            if (c >= 0) {
                out[o++] = (char) c;
                i++;
                continue;
            }
            c &= 0xFF;
            byte kind = Ms932.classOf(c);
            if (kind == Ms932.KANA) {
                out[o++] = Ms932.kana(c);
                i++;
            } else if (kind == Ms932.LEAD || kind == Ms932.GAIJI_LEAD) {
                if (i + 1 == n) {
                    b[0] = (byte) c;
                    carry = true;
                    break;
                }
                int t = b[i + 1] & 0xFF;
                char decoded = Ms932.pair(c, t);
                out[o++] = decoded != 0 ? decoded : '\uFFFD';
                i += decoded != 0 || Ms932.isTrail(t) ? 2 : 1;
            } else {
                out[o++] = '\uFFFD';
                i++;
            }
        }
        return o;
    }
}
