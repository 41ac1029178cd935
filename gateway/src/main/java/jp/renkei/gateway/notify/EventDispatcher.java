package jp.renkei.gateway.notify;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.renkei.gateway.store.Event;
import jp.renkei.gateway.store.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes newly committed events to the open streams. A commit (or the scheduler's poll, which catches commits of
 * other processes) {@linkplain #wake() wakes} it; its one thread then reads the feed from where it last stopped and
 * offers each event to the subscribers of its office. Wake-ups while it reads coalesce into one more read, so a burst
 * of commits costs a few range scans, never one read per stream. The thread only reads and hands events to event
 * loops: it never writes to a socket. A PostgreSQL deployment calls {@link #wake()} from a LISTEN connection.
 */
final class EventDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);
    static final int PAGE = 1000;

    private final Transactions store;
    private final StreamRegistry registry;
    private final NotifyMetrics metrics;
    private final Runnable afterPublish;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            new io.netty.util.concurrent.DefaultThreadFactory("renkei-notify-dispatch", true));
    private final AtomicBoolean wanted = new AtomicBoolean();
    private long position;

    /** Starts at the feed's head: streams read their own history, the dispatcher only what commits from now on. */
    EventDispatcher(Transactions store, StreamRegistry registry, NotifyMetrics metrics, Runnable afterPublish) {
        this.store = store;
        this.registry = registry;
        this.metrics = metrics;
        this.afterPublish = afterPublish;
        this.position = store.readOne(EventFeed::head);
    }

    /** Asks for one more read of the feed; cheap and safe from any thread (the store's writer thread included). */
    void wake() {
        if (wanted.compareAndSet(false, true)) {
            try {
                thread.execute(this::drain);
            } catch (RejectedExecutionException e) {
                wanted.set(false);
            }
        }
    }

    /** The feed position read up to; rows before it may be pruned. */
    long position() {
        return position;
    }

    private void drain() {
        wanted.set(false);
        try {
            EventFeed.Page page;
            boolean any = false;
            do {
                long from = position;
                page = store.readOne(c -> EventFeed.after(c, from, PAGE));
                page.events().forEach(this::publish);
                position = page.next();
                any |= !page.events().isEmpty();
            } while (page.events().size() == PAGE);
            if (any) {
                afterPublish.run();
            }
        } catch (RuntimeException e) {
            LOG.warn("reading the event feed failed; the next wake-up retries", e);
        }
    }

    private void publish(Event event) {
        metrics.published(event.type());
        registry.publish(event);
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
