package jp.renkei.gateway.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * Copies the WAL back into the database file on its own thread and connection. The writer's automatic checkpoint is
 * turned off because, run inside COMMIT, it made every commit pay for copying pages and an extra fsync of the
 * database file while readers held the WAL open; here it runs beside the writer instead (SQLite allows a checkpoint
 * concurrently with one writer and any readers). Durability does not depend on it: a commit is durable once its WAL
 * frames are fsync'd.
 */
final class Checkpointer implements AutoCloseable {

    private final Connection connection;
    private final Thread thread;
    private final long intervalMillis;
    private volatile boolean closing;

    Checkpointer(Connection connection, long intervalMillis, String name) {
        this.connection = connection;
        this.intervalMillis = intervalMillis;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (!closing) {
            run("PRAGMA wal_checkpoint(PASSIVE)");
            try {
                TimeUnit.MILLISECONDS.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void run(String pragma) {
        try (Statement s = connection.createStatement()) {
            s.execute(pragma);
        } catch (SQLException e) {
            // a busy database skips this round; the next one catches up
        }
    }

    /**
     * Stops, then tries briefly to fold the whole WAL into the database so a closed store is one file; another
     * process still reading keeps the WAL, which is just as durable.
     */
    @Override
    public void close() {
        closing = true;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        run("PRAGMA busy_timeout = 200");
        run("PRAGMA wal_checkpoint(TRUNCATE)");
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing was written through this connection except checkpoints
        }
    }
}
