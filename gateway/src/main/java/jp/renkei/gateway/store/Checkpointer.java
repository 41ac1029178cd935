package jp.renkei.gateway.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * Copies the WAL back into the database file on its own thread and connection. The writer's automatic checkpoint is
 * turned off because, run inside COMMIT, it made every commit pay for copying pages and an extra fsync of the
 * database file while readers held the WAL open; here it runs beside the writer instead (SQLite allows a checkpoint
 * concurrently with one writer and any readers). Durability does not depend on it: a commit is durable once its WAL
 * frames are fsync'd.
 *
 * <p>A passive checkpoint never makes the WAL start over while any reader still reads from it, and under a steady load
 * some reader always does: the WAL then grows without bound (2.4 GB after 80,000 uploads in {@code bench exchange})
 * and every commit pays for extending the file. So once the WAL holds at least {@link #RESTART_FRAMES} frames and a
 * passive checkpoint has copied all but {@link #RESTART_SLACK_FRAMES} of them, a {@code RESTART} checkpoint copies the
 * rest and waits (at most {@link #RESTART_WAIT_MILLIS}, holding off the writer meanwhile) for the readers to move to
 * the database file, after which the next commit writes the WAL from its start again. The {@code RESTART} takes the
 * writer's {@link WriteTurn} first, so it comes between two batches instead of polling for a lock the writer takes back
 * within microseconds (under load it nearly never got it, and the WAL grew to 300 MB). A reader that keeps its snapshot
 * longer than the wait makes the checkpoint give up until the next round.
 */
final class Checkpointer implements AutoCloseable {

    /** WAL frames (pages of 4 KB) from which a fully copied WAL is made to start over: about 16 MB. */
    static final int RESTART_FRAMES = 4096;
    /** At most this many frames (2 MB) still to copy: the RESTART copies them itself while it holds off the writer. */
    static final int RESTART_SLACK_FRAMES = 512;
    /** How long a RESTART checkpoint waits for readers (and so holds off the writer) before it tries again later. */
    static final int RESTART_WAIT_MILLIS = 50;

    private final Connection connection;
    private final WriteTurn turn;
    private final Thread thread;
    private final long intervalMillis;
    private volatile boolean closing;

    /** {@code turn}: the writer's, so that a {@code RESTART} comes between two of its batches. */
    Checkpointer(Connection connection, long intervalMillis, String name, WriteTurn turn) {
        this.connection = connection;
        this.turn = turn;
        this.intervalMillis = intervalMillis;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        // a reader that holds on (an export) makes the RESTART give up quickly rather than hold off the writer
        run("PRAGMA busy_timeout = " + RESTART_WAIT_MILLIS);
        while (!closing) {
            long[] passive = run("PRAGMA wal_checkpoint(PASSIVE)");
            if (passive != null && passive[1] >= RESTART_FRAMES && passive[1] - passive[2] <= RESTART_SLACK_FRAMES) {
                turn.take();
                try {
                    run("PRAGMA wal_checkpoint(RESTART)");
                } finally {
                    turn.release();
                }
            }
            try {
                TimeUnit.MILLISECONDS.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Runs a checkpoint; returns its row (busy, frames in the WAL, frames copied), or null when it failed. */
    private long[] run(String pragma) {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(pragma)) {
            return r.next() ? new long[] {r.getLong(1), r.getLong(2), r.getLong(3)} : null;
        } catch (SQLException e) {
            return null;  // a busy database skips this round; the next one catches up
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
