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
 * and every commit pays for extending the file. So once the WAL holds at least {@link #RESTART_FRAMES} frames, passive
 * checkpoints chase the writer until what it adds during one is small, and then a {@code RESTART} checkpoint copies
 * the rest, syncs the database file and waits (at most {@link #RESTART_WAIT_MILLIS}, holding off the writer meanwhile)
 * for the readers to move to the database file, after which the next commit writes the WAL from its start again. The
 * {@code RESTART} takes the writer's {@link WriteTurn} first, so it comes between two batches instead of polling for a
 * lock the writer takes back within microseconds (under load it nearly never got it, and the WAL grew to 300 MB). A
 * reader that keeps its snapshot longer than the wait makes the checkpoint give up until the next round. What holds
 * off the writer is mostly the database file's fsync, not the copy: in {@code bench exchange} a RESTART that copied
 * 300–600 frames took 8–60 ms, a passive checkpoint that copied 2,400 took 43–63 ms.
 */
final class Checkpointer implements AutoCloseable {

    /** WAL frames (pages of 4 KB) from which a fully copied WAL is made to start over: about 16 MB. */
    static final int RESTART_FRAMES = 4096;
    /** Frames (2 MB) the writer may add during a passive round for the RESTART to follow it (see chaseAndRestart). */
    static final int RESTART_SLACK_FRAMES = 512;
    /** Passive rounds that chase the writer's additions before a RESTART, at most. */
    static final int CHASE_ROUNDS = 8;
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
            if (passive != null && passive[1] >= RESTART_FRAMES) {
                chaseAndRestart(passive);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Copies what the writer added while the last passive checkpoint ran, again and again: each round copies only the
     * previous round's additions, so it is shorter, and so are the additions it leaves. Once a round began with at
     * most {@link #RESTART_SLACK_FRAMES} frames added (or after {@link #CHASE_ROUNDS} rounds, should the writer add
     * more than that during every round), the {@code RESTART} copies what is left while it holds the writer's turn.
     * Nothing is done when the WAL has started over meanwhile (the writer restarts a fully copied WAL no reader uses).
     */
    private void chaseAndRestart(long[] first) {
        long[] previous = first;
        for (int round = 0; round < CHASE_ROUNDS; round++) {
            long[] next = run("PRAGMA wal_checkpoint(PASSIVE)");
            if (next == null || next[1] < previous[1]) {
                return;
            }
            long added = next[1] - previous[1];
            previous = next;
            if (added <= RESTART_SLACK_FRAMES) {
                break;
            }
        }
        turn.take();
        try {
            run("PRAGMA wal_checkpoint(RESTART)");
        } finally {
            turn.release();
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
