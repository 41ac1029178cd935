package jp.renkei.gateway.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
 * transaction, each inside its own savepoint, commits once (one fsync with {@code synchronous=FULL}) and only then
 * completes the callers. A request that fails rolls back to its savepoint and fails alone.
 *
 * <p>Transactions are begun and ended by hand ({@code BEGIN IMMEDIATE}) so that the write lock is held only while a
 * batch runs; other processes writing to the same file get it in between.
 */
final class GroupCommitWriter implements AutoCloseable {

    private record Request<T>(SqlWork<T> work, CompletableFuture<T> result) {
    }

    private final BlockingQueue<Request<?>> queue = new LinkedBlockingQueue<>();
    private final Connection connection;
    private final StatementCache statements;
    private final int batchLimit;
    private final Thread thread;
    private final AtomicLong transactions = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private volatile boolean closing;

    GroupCommitWriter(Connection connection, int batchLimit, String name) {
        this.connection = connection;
        this.statements = new StatementCache(connection);
        this.batchLimit = batchLimit;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
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
        statements.close();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // every batch has committed or failed: nothing is left to lose
        }
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
        try {
            sql("BEGIN IMMEDIATE");
            for (int i = 0; i < batch.size(); i++) {
                runOne(batch.get(i), i, results, failures);
            }
            sql("COMMIT");
            transactions.incrementAndGet();
            requests.addAndGet(batch.size());
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            StoreException failure = new StoreException("the write transaction failed: " + e.getMessage(), e);
            batch.forEach(r -> r.result().completeExceptionally(failure));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            complete(batch.get(i), results[i], failures[i]);
        }
    }

    private void runOne(Request<?> request, int i, Object[] results, Throwable[] failures) throws SQLException {
        sql("SAVEPOINT request");
        try {
            results[i] = request.work().run(statements.connection());
            sql("RELEASE request");
        } catch (SQLException | RuntimeException | Error e) {
            // even an Error fails this request alone: the writer thread must live on, or every caller would hang
            sql("ROLLBACK TO request");
            sql("RELEASE request");
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

    private void sql(String statement) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private void rollbackQuietly() {
        try {
            sql("ROLLBACK");
        } catch (SQLException ignored) {
            // no transaction was open (BEGIN itself failed): nothing to undo
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
