package jp.renkei.gateway.store;

/**
 * Read transactions beside the writer. Each read runs in its own short transaction and sees one consistent snapshot
 * of everything committed before it began, by this process or any other: nothing is cached. Thread-safe.
 */
interface Reads extends AutoCloseable {

    <T> T read(SqlWork<T> work);

    /**
     * Runs {@code work} that issues exactly one statement: one statement sees one snapshot by itself, so no
     * transaction is opened around it (on PostgreSQL that saves the round trips of BEGIN and COMMIT).
     */
    default <T> T readOne(SqlWork<T> work) {
        return read(work);
    }

    @Override
    void close();
}
