package jp.renkei.gateway.notify;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>The events this process commits are {@linkplain #committed handed over} as well, and held until the feed reaches
 * them: a page whose every event is held is read as the feed's rows alone, without looking each event up (reading
 * them back was three quarters of this thread's time under {@code bench exchange}). A page holding any other event is
 * read in full, so the feed stays the one order of publication.
 */
final class EventDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);
    static final int PAGE = 1000;
    /** Held events beyond this many are not kept (their pages are read in full): a bound should drains fail. */
    static final int HELD_LIMIT = 10_000;

    private final Transactions store;
    private final StreamRegistry registry;
    private final NotifyMetrics metrics;
    private final Runnable afterPublish;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            new io.netty.util.concurrent.DefaultThreadFactory("renkei-notify-dispatch", true));
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final Map<EventFeed.Key, Event> held = new ConcurrentHashMap<>();
    /** The highest event id published per office: held events at or below it came too late and are dropped. */
    private final Map<String, Long> publishedUpTo = new HashMap<>();
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

    /** An event this process has just committed (the store's listener): held for the drain, which is woken. */
    void committed(Event event) {
        if (held.size() < HELD_LIMIT) {
            // as read back from the store, which keeps the time in milliseconds
            Event stored = new Event(event.office(), event.id(), event.type(),
                    Instant.ofEpochMilli(event.at().toEpochMilli()), event.documentId(), event.payload());
            held.put(EventFeed.Key.of(stored), stored);
        }
        wake();
    }

    /** The events handed over and not yet published or dropped (for tests). */
    int held() {
        return held.size();
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
                page = store.readOne(c -> EventFeed.after(c, from, PAGE, held));
                page.events().forEach(this::publish);
                position = page.next();
                any |= !page.events().isEmpty();
            } while (page.events().size() == PAGE);
            // an event handed over after a drain had read it from the store would be held for ever
            held.values().removeIf(e -> e.id() <= publishedUpTo.getOrDefault(e.office(), 0L));
            if (any) {
                afterPublish.run();
            }
        } catch (RuntimeException e) {
            LOG.warn("reading the event feed failed; the next wake-up retries", e);
        }
    }

    private void publish(Event event) {
        held.remove(EventFeed.Key.of(event));
        publishedUpTo.merge(event.office(), event.id(), Math::max);
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
