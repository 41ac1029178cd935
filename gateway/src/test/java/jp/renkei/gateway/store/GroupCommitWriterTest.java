package jp.renkei.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitWriterTest {

    @TempDir
    Path dir;

    private Connection connection() throws Exception {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("w.db"));
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("CREATE TABLE IF NOT EXISTS t (x INTEGER PRIMARY KEY)");
        }
        return c;
    }

    private GroupCommitWriter writer() throws Exception {
        return new GroupCommitWriter(SqliteDatabase.transactor(connection(), new WriteTurn()), 100, "test-writer");
    }

    /** The rows of the table, in order, as {@code 1,2,3}. */
    private static void assertRows(Connection check, String expected) throws java.sql.SQLException {
        try (ResultSet r = check.createStatement().executeQuery("SELECT group_concat(x) FROM t")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo(expected);
        }
    }

    private static int insert(Connection c, int x) throws java.sql.SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate("INSERT INTO t (x) VALUES (" + x + ")");
        }
    }

    @Test
    void aFailingRequestRollsBackAloneAndTheOthersInItsBatchCommit() throws Exception {
        try (Connection check = connection()) {
            GroupCommitWriter writer = writer();
            List<Future<Integer>> queued = batchAfterBlocker(writer, List.of(
                    c -> insert(c, 2),
                    c -> {
                        insert(c, 3);
                        throw new IllegalStateException("this request fails after writing");
                    },
                    c -> {
                        insert(c, 4);
                        throw new StackOverflowError("even an Error");
                    }));

            assertThat(queued.get(0).get()).isEqualTo(1);
            assertThatThrownBy(() -> queued.get(1).get()).hasCauseInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> queued.get(2).get()).hasCauseInstanceOf(StoreException.class);
            int inserted = writer.execute(c -> insert(c, 5));
            assertThat(inserted).isEqualTo(1);
            assertThat(writer.transactions()).isEqualTo(3);
            writer.close();
            assertRows(check, "1,2,5");
        }
    }

    @Test
    void aBatchWithoutFailuresRunsEachRequestOnce() throws Exception {
        List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger runs = new AtomicInteger();
        try (Connection check = connection()) {
            GroupCommitWriter writer = writer();
            writer.hook(recording(calls));
            List<Future<Integer>> queued = batchAfterBlocker(writer, List.of(
                    c -> {
                        runs.incrementAndGet();
                        return insert(c, 2);
                    },
                    c -> {
                        runs.incrementAndGet();
                        return insert(c, 3);
                    }));
            assertThat(queued).extracting(Future::get).containsExactly(1, 1);
            assertThat(runs).hasValue(2);
            assertThat(calls).containsExactly("began", "ok", "beforeCommit", "ended",
                    "began", "ok", "ok", "beforeCommit", "ended");
            writer.close();
            assertRows(check, "1,2,3");
        }
    }

    @Test
    void afterAFailureTheBatchIsRolledBackAndRunAgainWithSavepoints() throws Exception {
        List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger firstRuns = new AtomicInteger();
        try (Connection check = connection()) {
            GroupCommitWriter writer = writer();
            writer.hook(recording(calls));
            List<Future<Integer>> queued = batchAfterBlocker(writer, List.of(
                    c -> {
                        firstRuns.incrementAndGet();
                        return insert(c, 2);
                    },
                    c -> {
                        insert(c, 3);
                        throw new IllegalStateException("fails after writing");
                    },
                    c -> insert(c, 4)));

            assertThat(queued.get(0).get()).isEqualTo(1);
            assertThatThrownBy(() -> queued.get(1).get()).hasCauseInstanceOf(IllegalStateException.class);
            assertThat(queued.get(2).get()).isEqualTo(1);
            assertThat(firstRuns).as("run once without savepoints, once with").hasValue(2);
            assertThat(calls).containsExactly("began", "ok", "beforeCommit", "ended",
                    "began", "ok", "ended",
                    "began", "ok", "failed", "ok", "beforeCommit", "ended");
            assertThat(writer.transactions()).isEqualTo(2);
            writer.close();
            assertRows(check, "1,2,4");
        }
    }

    /** Runs a blocker alone in its batch (inserting 1), queues {@code works} behind it so they form one batch. */
    private static List<Future<Integer>> batchAfterBlocker(GroupCommitWriter writer, List<SqlWork<Integer>> works)
            throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(works.size() + 1);
        Future<?> blocker = pool.submit(() -> writer.execute(c -> {
            awaitQuietly(hold);
            return insert(c, 1);
        }));
        Thread.sleep(100);
        List<Future<Integer>> queued = new ArrayList<>();
        for (SqlWork<Integer> work : works) {
            queued.add(pool.submit(() -> writer.execute(work)));
            Thread.sleep(20);
        }
        Thread.sleep(100);
        hold.countDown();
        blocker.get();
        for (Future<Integer> f : queued) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException expected) {
                // the caller looks at each outcome
            }
        }
        pool.shutdown();
        return queued;
    }

    private static GroupCommitWriter.BatchHook recording(List<String> calls) {
        return new GroupCommitWriter.BatchHook() {
            @Override
            public void began() {
                calls.add("began");
            }

            @Override
            public void requestEnded(boolean succeeded) {
                calls.add(succeeded ? "ok" : "failed");
            }

            @Override
            public void beforeCommit(Connection c) {
                calls.add("beforeCommit");
            }

            @Override
            public void ended() {
                calls.add("ended");
            }
        };
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aFailingRequestAloneInItsBatchIsRolledBackWithoutASavepointAndTheWriterGoesOn() throws Exception {
        try (Connection check = connection()) {
            GroupCommitWriter writer = writer();
            assertThatThrownBy(() -> writer.execute(c -> {
                insert(c, 7);
                throw new IllegalStateException("fails after writing");
            })).isInstanceOf(IllegalStateException.class).hasMessage("fails after writing");
            assertThatThrownBy(() -> writer.execute(c -> insert(c, 7) + insert(c, 7)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("UNIQUE");
            assertThat(writer.transactions()).isZero();

            int inserted = writer.execute(c -> insert(c, 8));
            assertThat(inserted).isEqualTo(1);
            assertThat(writer.transactions()).isEqualTo(1);
            writer.close();
            assertRows(check, "8");
        }
    }

    @Test
    void aClosedWriterRefusesNewWork() throws Exception {
        GroupCommitWriter writer = new GroupCommitWriter(SqliteDatabase.transactor(connection(), new WriteTurn()), 10,
                "test-writer");
        writer.close();

        assertThatThrownBy(() -> writer.execute(c -> insert(c, 1))).isInstanceOf(IllegalStateException.class);
    }
}
