package jp.renkei.tools.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * A running event subscription: one daemon thread reading an {@link EventStream} and calling an
 * {@link EventListener}. It resumes after the last event the listener handled without throwing.
 */
public final class Subscription implements AutoCloseable {

    private final EventStream stream;
    private final EventListener listener;
    private final RetryPolicy backoff;
    private final Thread thread;
    private volatile long handled;

    Subscription(EventStream stream, EventListener listener, RetryPolicy backoff) {
        this.stream = stream;
        this.listener = listener;
        this.backoff = backoff;
        this.handled = stream.lastEventId();
        this.thread = new Thread(this::run, "renkei-events");
        thread.setDaemon(true);
    }

    Subscription start() {
        stream.onConnect(this::connected);
        stream.onLoss(listener::onDisconnected);
        thread.start();
        return this;
    }

    /** The id of the last event the listener handled. */
    public long lastHandledEventId() {
        return handled;
    }

    /** True until closed or refused by the gateway. */
    public boolean running() {
        return thread.isAlive();
    }

    /** Stops the subscription and waits (up to 10 s) for the listener's current call to end. */
    @Override
    public void close() {
        stream.close();
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        int failures = 0;
        try {
            while (stream.hasNext()) {
                Event event = stream.next();
                try {
                    listener.onEvent(event);
                    handled = event.id();
                    failures = 0;
                } catch (Exception e) {
                    failures++;
                    retry(failures, event.id(), e);
                }
            }
        } catch (UncheckedIOException e) {
            listener.onFailure((ApiErrorException) e.getCause());
        }
    }

    private void connected(long lastEventId) throws IOException {
        try {
            listener.onConnected(lastEventId);
        } catch (Exception e) { // wrapped, so that a 4xx met by the listener does not end the stream
            throw new IOException("the listener could not reconcile: " + e.getMessage(), e);
        }
    }

    /** Drops the connection and resumes after the last event handled; told like any other loss. */
    private void retry(int failures, long eventId, Exception cause) {
        if (Thread.currentThread().isInterrupted()) {
            stream.close(); // stopping (close, Ctrl-C) while the listener worked: not an outage
            return;
        }
        stream.rewind(handled);
        Duration delay = backoff.delay(failures);
        listener.onDisconnected("event " + eventId + " could not be handled: " + EventStream.reason(cause), delay);
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            stream.close();
        }
    }
}
