package jp.renkei.protocol.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A direct-mapped cache of short ASCII field values. The same codes, dates and numbers recur in record after record,
 * and handing out one String for each saves an allocation per field. Not thread-safe; one per lexer.
 */
final class ShortValues {

    static final int MAX_LENGTH = 10;
    private static final int SLOTS = 1 << 10;

    private final String[] slots = new String[SLOTS];
    /** The bytes of each slot's String: comparing bytes to bytes is cheaper than to the String's chars. */
    private final byte[][] keys = new byte[SLOTS][];

    /** The String of {@code bytes[from, to)} (at most {@link #MAX_LENGTH} long), or null if they are not ASCII. */
    String get(byte[] bytes, int from, int to) {
        int length = to - from;
        if (length == 0) {
            return "";
        }
        int hash = length;
        int any = 0;
        for (int i = from; i < to; i++) {
            any |= bytes[i];
            hash = hash * 31 + bytes[i];
        }
        if (any < 0) {
            return null;
        }
        int slot = (hash ^ hash >>> 10) & (SLOTS - 1);
        byte[] key = keys[slot];
        if (key != null && same(key, bytes, from, length)) {
            return slots[slot];
        }
        keys[slot] = Arrays.copyOfRange(bytes, from, to);
        String value = new String(bytes, from, length, StandardCharsets.ISO_8859_1);
        slots[slot] = value;
        return value;
    }

    /** A plain loop: for at most {@link #MAX_LENGTH} bytes it beats {@code Arrays.equals}' vectorised mismatch. */
    private static boolean same(byte[] key, byte[] bytes, int from, int length) {
        if (key.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key[i] != bytes[from + i]) {
                return false;
            }
        }
        return true;
    }
}
