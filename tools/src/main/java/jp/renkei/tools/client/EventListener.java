package jp.renkei.tools.client;

/**
 * Receives an office's events from {@link RenkeiClient#subscribe}. Every method runs on the subscription's own
 * thread, one call at a time, in event order.
 */
public interface EventListener {

    /**
     * Handles one event. When this throws, the event counts as not handled: the subscription reconnects (after a
     * backoff) and delivers it again, so a listener may fail while, say, the gateway is down, and lose nothing.
     */
    void onEvent(Event event) throws Exception;

    /**
     * A connection was established, resuming after {@code lastEventId}. Events that arrived while disconnected are
     * replayed by the gateway; a listener that also keeps a cursor of its own can reconcile here.
     */
    default void onConnected(long lastEventId) throws Exception {
    }

    /**
     * The connection was lost, or could not be made (the gateway restarting, the network out): the subscription
     * connects again after {@code retryIn}, then calls {@link #onConnected}. {@code reason} is one short line.
     */
    default void onDisconnected(String reason, java.time.Duration retryIn) {
    }

    /** The gateway refused the stream for good (a 4xx); the subscription has stopped. */
    default void onFailure(ApiErrorException error) {
    }
}
