package jp.renkei.gateway.notify;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import io.netty.channel.Channel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import jp.renkei.gateway.store.Event;
import jp.renkei.gateway.store.Store;
import jp.renkei.gateway.store.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running notifications of one gateway: the dispatcher woken by each commit, the event streams and long-polls,
 * the webhooks with their delivery scheduler, and the time-based notices. Threads (see {@code CONCURRENCY.md}):
 * {@code renkei-notify-dispatch} reads the feed; {@code renkei-notify-read} (bounded) reads streams' histories;
 * {@code renkei-notify} (bounded) makes webhook calls; {@code renkei-notify-scheduler} claims due deliveries, polls
 * the feed and emits the time-based notices. Streams are written only on their own event loops.
 */
public final class Notifications implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);
    /** Reads waiting beyond this many are refused (the stream closes and its client resumes later). */
    private static final int READ_QUEUE = 20_000;
    /** Feed rows kept behind the dispatcher's position, and at least this long (other nodes' dispatchers read it). */
    private static final long FEED_KEPT = 10_000;
    private static final Duration FEED_KEPT_FOR = Duration.ofMinutes(10);

    private final NotifyConfig config;
    private final StreamRegistry registry = new StreamRegistry();
    private final NotifyMetrics metrics;
    private final ExecutorService reads;
    private final StreamContext context;
    private final EventDispatcher dispatcher;
    private final WebhookDelivery delivery;
    private final TimeNotices notices;
    private final Webhooks webhooks;
    private final Transactions store;
    private final Store content;
    private final Clock clock;
    private final AtomicBoolean claimWanted = new AtomicBoolean();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            new DefaultThreadFactory("renkei-notify-scheduler", true));

    private Notifications(NotifyConfig config, Store events, Duration retention, Clock clock,
            MeterRegistry meters) {
        this.config = config;
        this.clock = clock;
        Transactions store = events.transactions();
        this.store = store;
        this.content = events;
        AtomicInteger inFlight = new AtomicInteger();
        this.metrics = new NotifyMetrics(registry, inFlight, clock);
        metrics.bindTo(meters);
        this.reads = ExecutorServiceMetrics.monitor(meters, new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(READ_QUEUE), new DefaultThreadFactory("renkei-notify-read", true)),
                "notify-read", "renkei");
        this.context = new StreamContext(events, reads, registry, metrics, config);
        WebhookTargets targets = new WebhookTargets(config.privateWebhookAddresses());
        this.delivery = new WebhookDelivery(store, config, clock, metrics, inFlight, targets);
        this.dispatcher = new EventDispatcher(store, registry, metrics, this::deliverSoon);
        this.notices = new TimeNotices(store, retention, config, clock);
        this.webhooks = new Webhooks(store, clock, this::deliverSoon, targets);
    }

    /**
     * Starts the notifications over the store: hooks the dispatcher to the store's commits and starts the
     * scheduler. {@code retention} is the store's content retention (for {@code document.expiring}).
     */
    public static Notifications start(NotifyConfig config, Store store, Duration retention, Clock clock,
            MeterRegistry meters) {
        Notifications n = new Notifications(config, store, retention, clock, meters);
        store.onEvent(event -> n.dispatcher.wake());
        store.onEventsElsewhere(n.dispatcher::wake);
        long poll = config.pollInterval().toMillis();
        n.scheduler.scheduleWithFixedDelay(n::poll, poll, poll, TimeUnit.MILLISECONDS);
        long every = config.noticeInterval().toMillis();
        n.scheduler.scheduleWithFixedDelay(n::notices, 0, every, TimeUnit.MILLISECONDS);
        return n;
    }

    /**
     * Reads the event feed now: for events committed other than through the store's exchange. Commits through the
     * exchange, and other nodes' commits on a shared PostgreSQL database, wake it by themselves.
     */
    public void wake() {
        dispatcher.wake();
    }

    public Webhooks webhooks() {
        return webhooks;
    }

    /**
     * Turns the channel into an event stream of {@code office}'s events after {@code after}: writes the response
     * head and then every event, with heartbeats, until the client goes. Call on the channel's event loop, after
     * the request was read in full and authenticated.
     */
    public void stream(Channel channel, String office, long after) {
        new SseStream(context, office, channel, after).start();
    }

    /**
     * Waits up to {@code wait} for events of {@code office} after {@code after}, then gives {@code answer} (on the
     * channel's event loop) at most {@code limit} of them, or none when the wait ended first. Call on the loop.
     */
    public void poll(Channel channel, String office, long after, int limit, Duration wait,
            Consumer<List<Event>> answer) {
        new LongPoll(context, office, channel, after, limit, answer).start(wait);
    }

    public NotifyConfig config() {
        return config;
    }

    /** Emits the time-based notices due now (the scheduler does this every notice interval). */
    public int emitTimeNotices() {
        int emitted = notices.run();
        if (emitted > 0) {
            dispatcher.wake();
        }
        return emitted;
    }

    /** Coalesced: however many commits ask meanwhile, one claim runs next on the scheduler. */
    private void deliverSoon() {
        if (claimWanted.compareAndSet(false, true)) {
            try {
                scheduler.execute(this::claim);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                claimWanted.set(false);
            }
        }
    }

    private void poll() {
        dispatcher.wake();
        claim();
    }

    private void claim() {
        claimWanted.set(false);
        try {
            delivery.tick();
        } catch (RuntimeException e) {
            LOG.warn("claiming due webhook deliveries failed; the next poll retries", e);
        }
    }

    private void notices() {
        try {
            emitTimeNotices();
            long keepFrom = dispatcher.position() - FEED_KEPT;
            Instant olderThan = clock.instant().minus(FEED_KEPT_FOR);
            store.write(c -> EventFeed.prune(c, keepFrom, olderThan));
        } catch (RuntimeException e) {
            LOG.warn("emitting time-based notices failed; the next run retries", e);
        }
        purgeExpired();
    }

    /** Retention: content older than the store's retention period goes; metadata, hashes and the audit log stay. */
    private void purgeExpired() {
        try {
            int purged = content.purgeExpired();
            if (purged > 0) {
                LOG.info("retention: purged the content of {} documents", purged);
            }
        } catch (RuntimeException e) {
            LOG.warn("the retention purge failed; the next run retries", e);
        }
    }

    /** Stops the scheduler, the dispatcher and the calls in flight (their attempts are retried after restart). */
    @Override
    public void close() {
        scheduler.shutdownNow();
        dispatcher.close();
        delivery.close();
        reads.shutdownNow();
    }
}
