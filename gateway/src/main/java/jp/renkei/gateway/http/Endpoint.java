package jp.renkei.gateway.http;

/** One route's work. Runs on the {@code db} executor, so it may block; never on an event loop. */
@FunctionalInterface
interface Endpoint {

    /**
     * Answers the request. Expected outcomes (not found, invalid, conflict) are answers; exceptions are for the
     * environment failing and are turned into a status by {@link Dispatcher} alone.
     */
    Answer handle(Request request) throws Exception;
}
