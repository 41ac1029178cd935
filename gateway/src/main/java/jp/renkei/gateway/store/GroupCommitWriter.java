package jp.renkei.gateway.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The single writer: callers queue work, one thread takes every waiting request (up to the batch limit) into one
 * transaction, commits once (one fsync) and only then completes the callers. A request that fails fails alone: the
 * batch first runs without savepoints (a savepoint copies every page its request changes: a fifth to a quarter of
 * the writer's time), and only when a request fails is the whole transaction rolled back and the batch run again
 * with one savepoint per request, the failed request's rolled back alone. So a request's work may run twice: it must
 * change nothing but the database, or start afresh each time it runs.
 *
 * <p>Each batch's transaction holds the database's write lock from its first statement ({@link Transactor}): SQLite's
 * {@code BEGIN IMMEDIATE}, or on PostgreSQL a transaction-scoped advisory lock shared by every node. Writes are thus
 * serial across processes and nodes, which keeps ids, cursors and the audit chain in commit order; the lock is held
 * only while a batch runs.
 */
final class GroupCommitWriter implements AutoCloseable {

    /**
     * Where batches run: begins a transaction that holds the write lock and lends its connection, then commits or
     * rolls it back. Used by the writer thread only.
     */
    interface Transactor extends AutoCloseable {
        Connection begin() throws SQLException;

        void commit(Connection c) throws SQLException;

        /** Undoes what the batch wrote; quiet, since it runs while another failure is being reported. */
        void rollback(Connection c);

        @Override
        void close();
    }

    /**
     * Told of each batch's course, on the writer thread, so work can leave writes to be made once per batch (the
     * metering counters): a batch began, a request ended (it failed: its savepoint rolled back), the batch is about
     * to commit (every request has ended; a failure here fails the batch), the batch ended either way. A batch run
     * again with savepoints after a failure ends (rolled back) and begins anew.
     */
    interface BatchHook {
        default void began() {
        }

        default void requestEnded(boolean succeeded) {
        }

        default void beforeCommit(Connection c) throws SQLException {
        }

        default void ended() {
        }
    }

    private static final BatchHook NO_HOOK = new BatchHook() { };

    private record Request<T>(SqlWork<T> work, CompletableFuture<T> result) {
    }

    private final BlockingQueue<Request<?>> queue = new LinkedBlockingQueue<>();
    private final Transactor transactor;
    private final int batchLimit;
    private final Thread thread;
    private final AtomicLong transactions = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private volatile boolean closing;
    private volatile BatchHook hook = NO_HOOK;

    GroupCommitWriter(Transactor transactor, int batchLimit, String name) {
        this.transactor = transactor;
        this.batchLimit = batchLimit;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        // the one serial stage: under per-thread fair scheduling it waited its turn behind dozens of db, event-loop
        // (and, in the benchmark, client) threads, runnable but not running a third of the time. Java passes this
        // priority to Linux only with -XX:ThreadPriorityPolicy=1 and the right to raise one (root, CAP_SYS_NICE)
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.start();
    }

    /** Runs the work in the next batch and returns its result once that batch is committed and durable. */
    <T> T execute(SqlWork<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        synchronized (this) {
            if (closing) {
                throw new IllegalStateException("the store is closed");
            }
            queue.add(new Request<>(work, result));
        }
        return await(result);
    }

    /** Sets the hook told of every batch from now on (once, before the store is used). */
    void hook(BatchHook value) {
        hook = value;
    }

    long transactions() {
        return transactions.get();
    }

    long requests() {
        return requests.get();
    }

    /** Lets queued requests commit, then stops the thread and closes the connection. */
    @Override
    public void close() {
        synchronized (this) {
            closing = true;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        transactor.close();
    }

    private void loop() {
        while (!closing || !queue.isEmpty()) {
            try {
                Request<?> first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<Request<?>> batch = new ArrayList<>();
                    batch.add(first);
                    queue.drainTo(batch, batchLimit - 1);
                    runBatch(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void runBatch(List<Request<?>> batch) {
        Object[] results = new Object[batch.size()];
        Throwable[] failures = new Throwable[batch.size()];
        Connection c = null;
        BatchHook h = hook;
        h.began();
        try {
            c = transactor.begin();
            // a request alone in its batch needs no savepoint: if it fails, the whole transaction is its own to undo
            boolean alone = batch.size() == 1;
            if (alone) {
                runOne(c, batch.get(0), 0, results, failures, true);
                h.requestEnded(failures[0] == null);
            } else if (!runAll(c, batch, results, h)) {
                // a request failed: undo the whole batch, then run it again with a savepoint per request
                transactor.rollback(c);
                h.ended();
                h.began();
                c = transactor.begin();
                for (int i = 0; i < batch.size(); i++) {
                    runOne(c, batch.get(i), i, results, failures, false);
                    h.requestEnded(failures[i] == null);
                }
            }
            if (alone && failures[0] != null) {
                transactor.rollback(c);
            } else {
                h.beforeCommit(c);
                transactor.commit(c);
                transactions.incrementAndGet();
                requests.addAndGet(batch.size());
            }
        } catch (SQLException | RuntimeException e) {
            if (c != null) {
                transactor.rollback(c);
            }
            StoreException failure = new StoreException("the write transaction failed: " + e.getMessage(), e);
            batch.forEach(r -> r.result().completeExceptionally(failure));
            return;
        } finally {
            h.ended();
        }
        for (int i = 0; i < batch.size(); i++) {
            complete(batch.get(i), results[i], failures[i]);
        }
    }

    /** Runs every request without savepoints; false at the first that fails (the transaction must be rolled back). */
    private static boolean runAll(Connection c, List<Request<?>> batch, Object[] results, BatchHook h) {
        for (int i = 0; i < batch.size(); i++) {
            try {
                results[i] = batch.get(i).work().run(c);
            } catch (SQLException | RuntimeException | Error e) {
                return false;
            }
            h.requestEnded(true);
        }
        return true;
    }

    private static void runOne(Connection c, Request<?> request, int i, Object[] results, Throwable[] failures,
            boolean alone) throws SQLException {
        if (!alone) {
            sql(c, "SAVEPOINT request");
        }
        try {
            results[i] = request.work().run(c);
            if (!alone) {
                sql(c, "RELEASE request");
            }
        } catch (SQLException | RuntimeException | Error e) {
            // even an Error fails this request alone: the writer thread must live on, or every caller would hang
            if (!alone) {
                sql(c, "ROLLBACK TO request");
                sql(c, "RELEASE request");
            }
            failures[i] = e;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void complete(Request<T> request, Object result, Throwable failure) {
        if (failure == null) {
            request.result().complete((T) result);
        } else if (failure instanceof SQLException || failure instanceof Error) {
            request.result().completeExceptionally(new StoreException(failure.toString(), failure));
        } else {
            request.result().completeExceptionally(failure);
        }
    }

    /** Runs a statement without results; prepared, so a connection that keeps statements compiled keeps it too. */
    static void sql(Connection c, String statement) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(statement)) {
            s.execute();
        }
    }

    static <T> T await(CompletableFuture<T> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the write to commit", e);
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StoreException("the write failed", e.getCause());
        }
    }
}
