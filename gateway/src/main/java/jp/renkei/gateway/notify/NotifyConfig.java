package jp.renkei.gateway.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings of the notifications, checked in full at construction.
 *
 * @param heartbeat how often an idle event stream gets a comment line, so proxies keep it open
 * @param slowConsumerTimeout how long a stream may stay unwritable (its client not reading) before it is closed
 * @param retryBase the delay before the second webhook attempt; each later delay doubles up to {@code retryCap}
 * @param retryCap the longest delay between two attempts
 * @param maxAttempts attempts per event before it becomes a dead letter (first attempt included)
 * @param connectTimeout the TCP and TLS connect timeout of a webhook call
 * @param requestTimeout the whole webhook call, from sending to the complete answer
 * @param webhookThreads threads of the {@code notify} executor that makes webhook calls
 * @param perOfficeConcurrency the most webhook calls in flight for one office
 * @param pollInterval how often the scheduler looks for due deliveries and for events committed elsewhere
 * @param documentExpiringDays {@code document.expiring} this many days before retention purges an unread document
 * @param certificateWarningDays {@code certificate.expiring} at each of these days before a certificate ends
 * @param noticeInterval how often the time-based notices are looked for
 * @param privateWebhookAddresses whether webhooks may go to loopback, private, link-local and other non-public
 *     addresses (see {@link WebhookTargets}); off by default
 */
public record NotifyConfig(
        Duration heartbeat,
        Duration slowConsumerTimeout,
        Duration retryBase,
        Duration retryCap,
        int maxAttempts,
        Duration connectTimeout,
        Duration requestTimeout,
        int webhookThreads,
        int perOfficeConcurrency,
        Duration pollInterval,
        int documentExpiringDays,
        List<Integer> certificateWarningDays,
        Duration noticeInterval,
        boolean privateWebhookAddresses) {

    public NotifyConfig {
        certificateWarningDays = certificateWarningDays.stream().sorted((a, b) -> b - a).toList();
        List<String> problems = problems(heartbeat, slowConsumerTimeout, retryBase, retryCap, maxAttempts,
                webhookThreads, perOfficeConcurrency, documentExpiringDays);
        positive(problems, "connectTimeout", connectTimeout);
        positive(problems, "requestTimeout", requestTimeout);
        positive(problems, "pollInterval", pollInterval);
        positive(problems, "noticeInterval", noticeInterval);
        if (certificateWarningDays.stream().anyMatch(d -> d < 1)) {
            problems.add("certificateWarningDays must all be positive");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid notify configuration: " + String.join("; ", problems));
        }
    }

    /**
     * The defaults: heartbeat 15 s; webhook retries 30 s doubling to 1 h, 31 attempts (the last 24 h 3.5 min
     * after the first); 10 s connect and 30 s call timeouts; 16 webhook threads, 2 calls per office; poll every
     * second; {@code document.expiring} 14 days before purge; {@code certificate.expiring} at 90, 30 and 7 days;
     * webhooks to public addresses only.
     */
    public static NotifyConfig defaults() {
        return new NotifyConfig(Duration.ofSeconds(15), Duration.ofSeconds(60), Duration.ofSeconds(30),
                Duration.ofHours(1), 31, Duration.ofSeconds(10), Duration.ofSeconds(30), 16, 2, Duration.ofSeconds(1),
                14, List.of(90, 30, 7), Duration.ofMinutes(10), false);
    }

    public NotifyConfig withHeartbeat(Duration value) {
        return new NotifyConfig(value, slowConsumerTimeout, retryBase, retryCap, maxAttempts, connectTimeout,
                requestTimeout, webhookThreads, perOfficeConcurrency, pollInterval, documentExpiringDays,
                certificateWarningDays, noticeInterval, privateWebhookAddresses);
    }

    /** The retry schedule: first delay, cap and number of attempts. */
    public NotifyConfig withRetries(Duration base, Duration cap, int attempts) {
        return new NotifyConfig(heartbeat, slowConsumerTimeout, base, cap, attempts, connectTimeout,
                requestTimeout, webhookThreads, perOfficeConcurrency, pollInterval, documentExpiringDays,
                certificateWarningDays, noticeInterval, privateWebhookAddresses);
    }

    public NotifyConfig withTimeouts(Duration connect, Duration request) {
        return new NotifyConfig(heartbeat, slowConsumerTimeout, retryBase, retryCap, maxAttempts, connect, request,
                webhookThreads, perOfficeConcurrency, pollInterval, documentExpiringDays, certificateWarningDays,
                noticeInterval, privateWebhookAddresses);
    }

    public NotifyConfig withPollInterval(Duration value) {
        return new NotifyConfig(heartbeat, slowConsumerTimeout, retryBase, retryCap, maxAttempts, connectTimeout,
                requestTimeout, webhookThreads, perOfficeConcurrency, value, documentExpiringDays,
                certificateWarningDays, noticeInterval, privateWebhookAddresses);
    }

    public NotifyConfig withNotices(int expiringDays, List<Integer> warningDays, Duration interval) {
        return new NotifyConfig(heartbeat, slowConsumerTimeout, retryBase, retryCap, maxAttempts, connectTimeout,
                requestTimeout, webhookThreads, perOfficeConcurrency, pollInterval, expiringDays, warningDays,
                interval, privateWebhookAddresses);
    }

    /** Allows (or again forbids) webhooks to non-public addresses: for closed networks, demos and tests. */
    public NotifyConfig withPrivateWebhookAddresses(boolean allowed) {
        return new NotifyConfig(heartbeat, slowConsumerTimeout, retryBase, retryCap, maxAttempts, connectTimeout,
                requestTimeout, webhookThreads, perOfficeConcurrency, pollInterval, documentExpiringDays,
                certificateWarningDays, noticeInterval, allowed);
    }

    /** The delay after failed attempt number {@code attempt} (1-based): base × 2^(attempt-1), at most the cap. */
    public Duration retryDelay(int attempt) {
        int doublings = Math.min(attempt - 1, 30);
        Duration delay = retryBase.multipliedBy(1L << doublings);
        return delay.compareTo(retryCap) > 0 ? retryCap : delay;
    }

    /** The time from the first attempt to the last: the sum of the delays between all attempts. */
    public Duration retryWindow() {
        Duration total = Duration.ZERO;
        for (int attempt = 1; attempt < maxAttempts; attempt++) {
            total = total.plus(retryDelay(attempt));
        }
        return total;
    }

    private static List<String> problems(Duration heartbeat, Duration slow, Duration base, Duration cap,
            int attempts, int threads, int perOffice, int expiringDays) {
        List<String> problems = new ArrayList<>();
        positive(problems, "heartbeat", heartbeat);
        positive(problems, "slowConsumerTimeout", slow);
        positive(problems, "retryBase", base);
        positive(problems, "retryCap", cap);
        if (attempts < 1 || attempts > 1000) {
            problems.add("maxAttempts must be 1..1000, not " + attempts);
        }
        if (threads < 1 || threads > 256) {
            problems.add("webhookThreads must be 1..256, not " + threads);
        }
        if (perOffice < 1 || perOffice > 64) {
            problems.add("perOfficeConcurrency must be 1..64, not " + perOffice);
        }
        if (expiringDays < 1) {
            problems.add("documentExpiringDays must be positive, not " + expiringDays);
        }
        return problems;
    }

    private static void positive(List<String> problems, String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            problems.add(name + " must be positive");
        }
    }
}
