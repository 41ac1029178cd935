package jp.renkei.gateway.notify;

import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import jp.renkei.gateway.store.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the webhook calls. The scheduler thread {@linkplain #tick() claims} due deliveries in the database (so the
 * state survives restarts and, on PostgreSQL with {@code FOR UPDATE SKIP LOCKED}, two nodes never claim the same
 * one) and hands each to the bounded {@code notify} executor, never more than it has free threads and never more
 * than the per-office limit for one office: a receiver that hangs holds at most that many threads, for at most the
 * call timeout, and other offices go on. Each attempt's outcome is written back: delivered, due again after the
 * backoff, or a dead letter after the last attempt.
 */
final class WebhookDelivery implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDelivery.class);
    private static final int MAX_ERROR = 500;

    private final Transactions store;
    private final NotifyConfig config;
    private final Clock clock;
    private final NotifyMetrics metrics;
    private final AtomicInteger inFlight;
    private final Map<String, AtomicInteger> perOffice = new ConcurrentHashMap<>();
    private final ExecutorService calls;
    private final ExecutorService clientThreads;
    private final HttpClient client;
    private final WebhookTargets targets;

    WebhookDelivery(Transactions store, NotifyConfig config, Clock clock, NotifyMetrics metrics,
            AtomicInteger inFlight, WebhookTargets targets) {
        this.targets = targets;
        this.store = store;
        this.config = config;
        this.clock = clock;
        this.metrics = metrics;
        this.inFlight = inFlight;
        int threads = config.webhookThreads();
        // never more tasks than free threads are submitted (see tick), so the queue stays short
        this.calls = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new DefaultThreadFactory("renkei-notify", true));
        this.clientThreads = Executors.newFixedThreadPool(2, new DefaultThreadFactory("renkei-notify-http", true));
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).executor(clientThreads)
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Claims what is due and free to run, and starts the calls. On the scheduler thread only. */
    void tick() {
        int free = config.webhookThreads() - inFlight.get();
        if (free <= 0) {
            return;
        }
        Instant now = now();
        List<String[]> due = store.readOne(c -> WebhookRows.due(c, now, free * 4));
        List<String[]> chosen = choose(due, free);
        if (chosen.isEmpty()) {
            return;
        }
        Instant leaseEnd = now.plus(config.connectTimeout()).plus(config.requestTimeout()).plusSeconds(5);
        List<WebhookRows.Claimed> claimed = store.write(c -> {
            List<WebhookRows.Claimed> got = new ArrayList<>();
            for (String[] d : chosen) {
                WebhookRows.claim(c, d[0], Long.parseLong(d[1]), now, leaseEnd).ifPresent(got::add);
            }
            return got;
        });
        claimed.forEach(this::start);
    }

    /** At most {@code free} deliveries, and no office beyond its limit counting the calls it already has. */
    private List<String[]> choose(List<String[]> due, int free) {
        Map<String, Integer> taken = new HashMap<>();
        List<String[]> chosen = new ArrayList<>();
        for (String[] d : due) {
            int running = perOffice.getOrDefault(d[0], new AtomicInteger()).get() + taken.getOrDefault(d[0], 0);
            if (chosen.size() < free && running < config.perOfficeConcurrency()) {
                chosen.add(d);
                taken.merge(d[0], 1, Integer::sum);
            }
        }
        return chosen;
    }

    private void start(WebhookRows.Claimed d) {
        inFlight.incrementAndGet();
        perOffice.computeIfAbsent(d.office(), o -> new AtomicInteger()).incrementAndGet();
        calls.execute(() -> {
            try {
                record(d, call(d));
            } catch (RuntimeException e) {
                LOG.warn("recording a webhook attempt failed; it is due again after its lease", e);
            } finally {
                perOffice.computeIfPresent(d.office(), (o, n) -> n.decrementAndGet() == 0 ? null : n);
                inFlight.decrementAndGet();
            }
        });
    }

    /** The outcome of one call: a status (null when none came back), a short error, and the meter's outcome. */
    private record Result(Integer status, String error, String outcome) {
        boolean delivered() {
            return outcome.equals("delivered");
        }
    }

    private Result call(WebhookRows.Claimed d) {
        if (d.url() == null) {
            return new Result(null, "no webhook is set", "error");
        }
        URI url = URI.create(d.url());
        Optional<String> refused = targets.refusal(url);
        if (refused.isPresent()) {
            return new Result(null, "not called: " + refused.get() + "; webhooks go to public internet addresses only",
                    "refused");
        }
        byte[] body = d.payload().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("User-Agent", "Renkei-Webhook/1")
                .header("Renkei-Event-Id", Long.toString(d.eventId()))
                .header("Renkei-Event-Type", d.type())
                .header("Renkei-Delivery-Attempt", Integer.toString(d.attempt()))
                .header(WebhookSignature.HEADER, WebhookSignature.header(d.secret(), clock.instant().getEpochSecond(),
                        body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        CompletableFuture<HttpResponse<Void>> response = client.sendAsync(request,
                HttpResponse.BodyHandlers.discarding());
        try {
            int status = response.get(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS).statusCode();
            return status / 100 == 2 ? new Result(status, null, "delivered")
                    : new Result(status, "the receiver answered " + status, "rejected");
        } catch (TimeoutException e) {
            response.cancel(true);
            return new Result(null, "no answer within " + config.requestTimeout().toSeconds() + " s", "timeout");
        } catch (ExecutionException e) {
            String error = e.getCause() instanceof java.net.http.HttpTimeoutException ? "timeout" : "error";
            return new Result(null, String.valueOf(e.getCause()), error);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, "interrupted (the gateway is stopping)", "error");
        }
    }

    private void record(WebhookRows.Claimed d, Result result) {
        metrics.attempt(result.outcome());
        Instant now = now();
        boolean last = d.attempt() >= config.maxAttempts();
        String state = result.delivered() ? "delivered" : last ? "dead" : "pending";
        Instant next = state.equals("pending") ? now.plus(config.retryDelay(d.attempt())) : now;
        String error = result.error() == null ? null
                : result.error().substring(0, Math.min(MAX_ERROR, result.error().length()));
        store.write(c -> {
            WebhookRows.finish(c, d, state, next, result.status(), error, now);
            return null;
        });
        if (result.delivered()) {
            metrics.delivered("webhook", d.eventAt());
        } else if (last) {
            metrics.deadLetter();
            LOG.warn("webhook of office {} gave up on event {} after {} attempts: {}", d.office(), d.eventId(),
                    d.attempt(), error);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public void close() {
        calls.shutdown();
        try {
            // calls in flight get a moment to end and be recorded; one cut short is due again after its lease
            if (!calls.awaitTermination(5, TimeUnit.SECONDS)) {
                calls.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clientThreads.shutdownNow();
    }
}
