package jp.renkei.gateway.config;

/**
 * The {@code db} executor, which runs every blocking call (JDBC, validation).
 *
 * @param threads the executor's threads; also the store's connection-pool size, so no thread waits for a connection
 * @param queue requests waiting for a thread; when full the gateway answers 503 at once
 */
public record DbConfig(int threads, int queue) {
}
