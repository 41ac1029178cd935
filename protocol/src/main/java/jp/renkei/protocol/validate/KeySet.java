package jp.renkei.protocol.validate;

/**
 * A set of 64-bit key fingerprints for the duplicate rules (HOS-005, P1-001, T2-001, T6-006, DEL-002): a 50 MB
 * file has a few hundred thousand records, and keeping their keys as strings would cost tens of megabytes, while a
 * fingerprint costs 16 bytes. Two different keys collide with probability about n²/2⁶⁵ (3·10⁻⁹ for 330,000 keys),
 * which could only hide a WARNING. Open addressing over a {@code long[]}; 0 is remembered apart.
 */
final class KeySet {

    private static final long PRIME = 0x100000001b3L;
    private static final long OFFSET = 0xcbf29ce484222325L;

    private long[] table = new long[64];
    private int size;
    private boolean zero;

    /** Adds a fingerprint; true when it was not there yet. */
    boolean add(long key) {
        if (key == 0) {
            boolean added = !zero;
            zero = true;
            return added;
        }
        int mask = table.length - 1;
        int i = (int) mix(key) & mask;
        while (table[i] != 0) {
            if (table[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = key;
        if (++size * 2 > table.length) {
            grow();
        }
        return true;
    }

    boolean contains(long key) {
        if (key == 0) {
            return zero;
        }
        int mask = table.length - 1;
        for (int i = (int) mix(key) & mask; table[i] != 0; i = (i + 1) & mask) {
            if (table[i] == key) {
                return true;
            }
        }
        return false;
    }

    /** The fingerprint of the values of items {@code nos} of a row. */
    static long of(Row row, int... nos) {
        return continued(OFFSET, row, nos);
    }

    /** A fingerprint continued with the values of items {@code nos}. */
    static long continued(long h, Row row, int... nos) {
        for (int no : nos) {
            h = add(h, row.value(no));
        }
        return h;
    }

    /**
     * Continues a fingerprint with one more value. Values of up to 17 digits (most key items: numbers, dates,
     * times, office codes) fold in as their exact number and length, which is cheaper than hashing each character;
     * other values are hashed with FNV-1a. The step that joins a value to the fingerprint is a bijection, so two keys
     * differ in fingerprint unless an actual 64-bit collision occurs.
     */
    static long add(long h, String value) {
        int n = value.length();
        long digits = n <= 17 ? 0 : -1;
        for (int i = 0; i < n && digits >= 0; i++) {
            int d = value.charAt(i) - '0';
            digits = d >= 0 && d <= 9 ? digits * 10 + d : -1;
        }
        long v;
        if (digits >= 0) {
            v = digits * 32 + n;
        } else {
            v = OFFSET;
            for (int i = 0; i < n; i++) {
                v = (v ^ value.charAt(i)) * PRIME;
            }
            v = ~v;
        }
        return mix(h ^ v) * PRIME + n;
    }

    static long start() {
        return OFFSET;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (long k : old) {
            if (k != 0) {
                add(k);
            }
        }
    }

    /** Murmur3's finaliser: FNV's low bits are weak as a table index. */
    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb93e7f4a87c5L;
        return k ^ (k >>> 33);
    }
}
