package jp.renkei.gateway.metering;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keys of "distinct" roll-up rows (a user linked in an office-month, a partner, an office's first linkage) known to
 * be committed, so the writer need not insert them again: the same users and partners recur in nearly every upload
 * of a month, and each insert that finds its row is a statement under the write lock for nothing. Those rows are
 * never deleted, so a key once known stays true, on every node of a shared database. Keys are added only after the
 * transaction that inserted or found the row committed ({@link Tally#confirmed}). Bounded: when full it starts
 * over, which costs only the inserts it saved. Thread-safe.
 */
final class KnownRows {

    private final int limit;
    private final Set<String> keys = ConcurrentHashMap.newKeySet();

    KnownRows(int limit) {
        this.limit = limit;
    }

    boolean contains(String key) {
        return keys.contains(key);
    }

    void addAll(Iterable<String> committed) {
        for (String key : committed) {
            if (keys.size() >= limit) {
                keys.clear();
            }
            keys.add(key);
        }
    }
}
