package jp.renkei.gateway.store;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Whose turn it is at the database's write lock within this process: the writer's batches or the checkpointer's
 * {@code RESTART}. SQLite's own lock has no queue: a {@code RESTART} polls for it while the writer, with requests
 * always waiting, takes it again within microseconds of each commit, so under load the {@code RESTART} nearly never
 * got it and the WAL grew to 300 MB between lulls. This fair lock queues the checkpointer behind the batch under way
 * and ahead of the next. Uncontended (every batch but those few), taking it costs a compare-and-set.
 */
final class WriteTurn {

    private final ReentrantLock lock = new ReentrantLock(true);

    /** Waits for the turn. */
    void take() {
        lock.lock();
    }

    /** Gives the turn up; does nothing when this thread does not hold it (a rollback after a failed commit). */
    void release() {
        if (lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
    }
}
