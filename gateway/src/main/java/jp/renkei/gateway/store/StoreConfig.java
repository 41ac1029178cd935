package jp.renkei.gateway.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Settings of the embedded SQLite store, checked in full at construction.
 *
 * @param dataDirectory holds {@code renkei.db} (and its WAL files); created when absent
 * @param keyFile 32 random bytes, the current payload key; created owner-only on first open when absent
 * @param retiredKeyFiles older keys, used only to decrypt payloads written before a rotation
 * @param retention how long content is kept after upload (metadata, hashes and audit stay for ever)
 * @param readConnections read-only connections beside the single writer
 * @param batchLimit the most write requests group-committed in one transaction (1 = one transaction each)
 * @param busyTimeout how long to wait for the database lock held by another process
 * @param url empty for the embedded SQLite store in {@code dataDirectory}; else the shared PostgreSQL database
 *     ({@link DatabaseUrl}), where {@code readConnections} + 1 is the connection pool's size
 */
public record StoreConfig(
        Path dataDirectory,
        Path keyFile,
        List<Path> retiredKeyFiles,
        Duration retention,
        int readConnections,
        int batchLimit,
        Duration busyTimeout,
        Optional<DatabaseUrl> url) {

    public static final Duration DEFAULT_RETENTION = Duration.ofDays(400);

    public StoreConfig {
        retiredKeyFiles = List.copyOf(retiredKeyFiles);
        url = url == null ? Optional.empty() : url;
        List<String> problems = problems(dataDirectory, keyFile, retention, readConnections, batchLimit, busyTimeout);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid store configuration: " + String.join("; ", problems));
        }
    }

    /** Defaults for a data directory: key file {@code DIR/store.key}, 400 days, 4 readers, batches of 256. */
    public static StoreConfig defaults(Path dataDirectory) {
        return new StoreConfig(dataDirectory, dataDirectory.resolve("store.key"), List.of(), DEFAULT_RETENTION,
                4, 256, Duration.ofSeconds(10), Optional.empty());
    }

    public StoreConfig withRetention(Duration value) {
        return new StoreConfig(dataDirectory, keyFile, retiredKeyFiles, value, readConnections, batchLimit,
                busyTimeout, url);
    }

    public StoreConfig withBatchLimit(int value) {
        return new StoreConfig(dataDirectory, keyFile, retiredKeyFiles, retention, readConnections, value, busyTimeout,
                url);
    }

    public StoreConfig withKeys(Path current, List<Path> retired) {
        return new StoreConfig(dataDirectory, current, retired, retention, readConnections, batchLimit, busyTimeout,
                url);
    }

    public StoreConfig withReadConnections(int value) {
        return new StoreConfig(dataDirectory, keyFile, retiredKeyFiles, retention, value, batchLimit, busyTimeout, url);
    }

    /** The same settings on the PostgreSQL database at {@code value} (empty: the embedded store). */
    public StoreConfig withUrl(Optional<DatabaseUrl> value) {
        return new StoreConfig(dataDirectory, keyFile, retiredKeyFiles, retention, readConnections, batchLimit,
                busyTimeout, value);
    }

    /** Where the data lives, for messages: the SQLite file or the PostgreSQL URL without its password. */
    public String describe() {
        return url.map(DatabaseUrl::toString).orElse(databaseFile().toString());
    }

    /** The SQLite database file. */
    public Path databaseFile() {
        return dataDirectory.resolve("renkei.db");
    }

    private static List<String> problems(
            Path dir, Path key, Duration retention, int readers, int batch, Duration busy) {
        List<String> problems = new ArrayList<>();
        if (dir == null) {
            problems.add("dataDirectory is required");
        }
        if (key == null) {
            problems.add("keyFile is required");
        }
        if (retention == null || retention.isNegative() || retention.isZero()) {
            problems.add("retention must be positive");
        }
        if (readers < 1 || readers > 64) {
            problems.add("readConnections must be 1..64, not " + readers);
        }
        if (batch < 1 || batch > 10_000) {
            problems.add("batchLimit must be 1..10000, not " + batch);
        }
        if (busy == null || busy.isNegative() || busy.toMillis() > Integer.MAX_VALUE) {
            problems.add("busyTimeout must be between 0 and 24 days");
        }
        return problems;
    }
}
