package jp.renkei.gateway.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Read-only connections beside the writer. Each read runs in its own short transaction, so it sees one consistent
 * snapshot of everything committed before it began, by this process or any other: nothing is cached.
 */
final class ReadPool implements AutoCloseable {

    private final List<Connection> all;
    private final BlockingQueue<Connection> idle;

    ReadPool(List<Connection> connections) {
        this.all = List.copyOf(connections);
        this.idle = new ArrayBlockingQueue<>(connections.size(), false, connections);
    }

    <T> T read(SqlWork<T> work) {
        Connection connection = take();
        try {
            return inTransaction(connection, work);
        } catch (SQLException e) {
            throw new StoreException("read failed: " + e.getMessage(), e);
        } finally {
            idle.add(connection);
        }
    }

    private static <T> T inTransaction(Connection connection, SqlWork<T> work) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN");
            try {
                return work.run(connection);
            } finally {
                s.execute("COMMIT");
            }
        }
    }

    private Connection take() {
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a read connection", e);
        }
    }

    @Override
    public void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a read-only connection cannot lose data
            }
        }
    }
}
