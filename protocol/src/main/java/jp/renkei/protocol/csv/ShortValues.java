package jp.renkei.protocol.csv;

import java.nio.charset.StandardCharsets;

/**
 * A direct-mapped cache of short ASCII field values. The same codes, dates and numbers recur in record after record,
 * and handing out one String for each saves an allocation per field. Not thread-safe; one per lexer.
 */
final class ShortValues {

    static final int MAX_LENGTH = 10;
    private static final int SLOTS = 1 << 10;

    private final String[] slots = new String[SLOTS];

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
        String cached = slots[slot];
        if (cached != null && same(cached, bytes, from, length)) {
            return cached;
        }
        String value = new String(bytes, from, length, StandardCharsets.ISO_8859_1);
        slots[slot] = value;
        return value;
    }

    private static boolean same(String cached, byte[] bytes, int from, int length) {
        if (cached.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (cached.charAt(i) != bytes[from + i]) {
                return false;
            }
        }
        return true;
    }
}
