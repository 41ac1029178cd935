package jp.renkei.gateway.store;

/**
 * Read transactions beside the writer. Each read runs in its own short transaction and sees one consistent snapshot
 * of everything committed before it began, by this process or any other: nothing is cached. Thread-safe.
 */
interface Reads extends AutoCloseable {

    <T> T read(SqlWork<T> work);

    @Override
    void close();
}
