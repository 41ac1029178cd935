package jp.renkei.gateway.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * SQLite's read-only connections beside the writer ({@link Reads}); a read of one statement runs without
 * {@code BEGIN}/{@code COMMIT}. Each connection
 * keeps its prepared statements ({@link StatementCache}; a connection is lent to one thread at a time): preparing
 * anew, three times per read with the transaction's own statements, was most of a small read's cost.
 */
final class ReadPool implements Reads {

    private final List<Connection> all;
    private final List<StatementCache> caches = new ArrayList<>();
    private final BlockingQueue<StatementCache> idle;

    ReadPool(List<Connection> connections) {
        this.all = List.copyOf(connections);
        connections.forEach(c -> caches.add(new StatementCache(c)));
        this.idle = new ArrayBlockingQueue<>(connections.size(), false, caches);
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        return lend(c -> inTransaction(c, work));
    }

    /** Runs the one statement in autocommit: it holds its snapshot until its result set closes (a reset). */
    @Override
    public <T> T readOne(SqlWork<T> work) {
        return lend(work);
    }

    private <T> T lend(SqlWork<T> work) {
        StatementCache connection = take();
        try {
            return work.run(connection.connection());
        } catch (SQLException e) {
            throw new StoreException("read failed: " + e.getMessage(), e);
        } finally {
            idle.add(connection);
        }
    }

    private static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        connection.prepareStatement("BEGIN").execute();
        try {
            return work.run(connection);
        } finally {
            connection.prepareStatement("COMMIT").execute();
        }
    }

    private StatementCache take() {
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a read connection", e);
        }
    }

    @Override
    public void close() {
        caches.forEach(StatementCache::close);
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a read-only connection cannot lose data
            }
        }
    }
}
