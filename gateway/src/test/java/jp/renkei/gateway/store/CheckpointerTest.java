package jp.renkei.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WAL under a load where some reader is always reading: it must start over (and stay bounded) rather than grow
 * with everything ever written, and a reader that holds its snapshot for long must not hold off the writer.
 */
class CheckpointerTest {

    private static final int ROW_BYTES = 8192;
    private static final long READ_HOLD_MILLIS = 3;

    @TempDir
    Path dir;
    private Path database;
    private Connection writer;
    private final List<Thread> readers = new ArrayList<>();
    private final AtomicBoolean reading = new AtomicBoolean(true);
    private final AtomicLong reads = new AtomicLong();

    @BeforeEach
    void open() throws SQLException {
        database = dir.resolve("t.db");
        writer = connect();
        try (Statement s = writer.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA wal_autocheckpoint = 0");
            s.execute("PRAGMA journal_size_limit = " + SqliteDatabase.WAL_SIZE_LIMIT);
            s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB NOT NULL)");
        }
    }

    @AfterEach
    void close() throws Exception {
        reading.set(false);
        for (Thread t : readers) {
            t.join();
        }
        writer.close();
    }

    @Test
    void theWalStartsOverWhileReadersNeverPauseAndTheWriterNeverIdles() throws Exception {
        startReaders(4);
        long largestWal = 0;
        Set<Integer> walGenerations = new HashSet<>();
        // the store's writer, with callers always waiting: its batches follow each other within microseconds
        WriteTurn turn = new WriteTurn();
        Checkpointer checkpointer = new Checkpointer(connect(), 20, "test-checkpoint", turn);
        GroupCommitWriter store = new GroupCommitWriter(SqliteDatabase.transactor(connect(), turn), 10, "test-writer");
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> rows = new ArrayList<>();
            for (int row = 0; row < 10_000; row++) {
                rows.add(callers.submit(() -> store.execute(c -> insertRow(c))));
            }
            for (Future<?> row : rows) {
                row.get();
                largestWal = Math.max(largestWal, walBytes());
                walGenerations.add(walCheckpointSequence());
            }
        } finally {
            callers.shutdown();
            store.close();
            checkpointer.close();
        }
        // about 80 MB went through the WAL: a WAL that the checkpointer never started over would hold it all, and one
        // started over once by luck would show one new generation, not several
        assertThat(reads.get()).isGreaterThan(100);
        assertThat(store.transactions()).as("batches").isLessThan(10_000);
        assertThat(walGenerations).as("WAL generations seen").hasSizeGreaterThanOrEqualTo(3);
        assertThat(largestWal).isLessThanOrEqualTo(SqliteDatabase.WAL_SIZE_LIMIT);
        assertThat(count()).isEqualTo(10_000);
    }

    @Test
    void aReaderHoldingItsSnapshotDoesNotHoldOffTheWriter() throws Exception {
        Checkpointer checkpointer = new Checkpointer(connect(), 20, "test-checkpoint", new WriteTurn());
        try (Connection holder = connect()) {
            insert(10);
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM t")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(10);
            }
            // the open transaction keeps its snapshot: no RESTART can succeed until it ends
            long slowest = 0;
            long walWhileHeld = 0;
            for (int batch = 0; batch < 700; batch++) {
                long t0 = System.nanoTime();
                insert(10);
                slowest = Math.max(slowest, System.nanoTime() - t0);
                walWhileHeld = walBytes();
            }
            // the RESTART gives up after 50 ms instead of the busy timeout (5 s here)
            assertThat(slowest / 1_000_000).isLessThan(1_000);
            assertThat(walWhileHeld).isGreaterThan((long) Checkpointer.RESTART_FRAMES * 4096);
            holder.rollback();
            // released: the next rounds restart the WAL, and the next commit cuts it back to the limit
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (walBytes() > SqliteDatabase.WAL_SIZE_LIMIT && System.nanoTime() < deadline) {
                insert(1);
                Thread.sleep(20);
            }
            assertThat(walBytes()).isLessThanOrEqualTo(SqliteDatabase.WAL_SIZE_LIMIT);
        } finally {
            checkpointer.close();
        }
        assertThat(count()).isGreaterThanOrEqualTo(7_010);
    }

    private static int insertRow(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO t (body) VALUES (?)")) {
            s.setBytes(1, new byte[ROW_BYTES]);
            return s.executeUpdate();
        }
    }

    private long insert(int rows) throws SQLException {
        byte[] body = new byte[ROW_BYTES];
        writer.setAutoCommit(false);
        try (PreparedStatement s = writer.prepareStatement("INSERT INTO t (body) VALUES (?)")) {
            for (int i = 0; i < rows; i++) {
                body[i] = (byte) i;
                s.setBytes(1, body);
                s.executeUpdate();
            }
        }
        writer.commit();
        writer.setAutoCommit(true);
        return (long) rows * ROW_BYTES;
    }

    /**
     * {@code n} readers that read again and again, each keeping its snapshot {@value #READ_HOLD_MILLIS} ms: with
     * four of them some reader always holds one, so only a {@code RESTART} can make the WAL start over.
     */
    private void startReaders(int n) {
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(() -> {
                try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT max(id) FROM t")) {
                    c.setAutoCommit(false);
                    while (reading.get()) {
                        try (ResultSet r = s.executeQuery()) {
                            r.next();
                        }
                        Thread.sleep(READ_HOLD_MILLIS);
                        c.commit();
                        reads.incrementAndGet();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "reader-" + i);
            t.start();
            readers.add(t);
        }
    }

    private long count() throws SQLException {
        try (Statement s = writer.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM t")) {
            r.next();
            return r.getLong(1);
        }
    }

    private long walBytes() throws Exception {
        Path wal = Path.of(database + "-wal");
        return Files.exists(wal) ? Files.size(wal) : 0;
    }

    /** The WAL header's checkpoint sequence number: it goes up each time the WAL starts over from its beginning. */
    private int walCheckpointSequence() throws Exception {
        try (var in = Files.newInputStream(Path.of(database + "-wal"))) {
            byte[] header = in.readNBytes(16);
            return ByteBuffer.wrap(header, 12, 4).getInt();
        }
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
        }
        return c;
    }
}
