package jp.renkei.gateway.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

/**
 * The store's transactions lent to the packages that keep their own tables beside the exchange's (the
 * notifications' webhooks, deliveries and notices): reads on the read pool, writes in the single writer's group
 * commit, and the outbox itself. Thread-safe; every method blocks.
 */
public interface Transactions {

    /** Runs {@code work} in a read-only transaction that sees everything committed before it began. */
    <T> T read(SqlWork<T> work);

    /** As {@link #read}, for work of exactly one statement, which is its own snapshot (no transaction opened). */
    default <T> T readOne(SqlWork<T> work) {
        return read(work);
    }

    /** Runs {@code work} in the next group-commit transaction; returns once it is committed and durable. */
    <T> T write(SqlWork<T> work);

    /**
     * Appends an outbox event inside the caller's write transaction ({@code c} is the connection {@link #write}
     * lent), with the next id of the office and {@code extra} fields after the standard ones in its payload.
     * Such events are not announced to {@link Store#onEvent} listeners: the caller wakes its own readers.
     */
    Event appendEvent(Connection c, String office, String type, Instant at, String documentId, String fileName,
            Map<String, Object> extra) throws SQLException;
}
