package jp.renkei.gateway.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.renkei.gateway.store.Transactions;

/**
 * The webhook of each office and its dead letters, behind {@code /v1/webhook}. Every method blocks (JDBC): call it
 * from the {@code db} executor. Only events committed after the webhook was set are delivered to it; the event
 * stream has the whole history.
 */
public final class Webhooks {

    static final int MAX_URL = 2000;
    static final int MIN_SECRET = 16;
    static final int MAX_SECRET = 256;

    private final Transactions store;
    private final Clock clock;
    private final Runnable wake;
    private final WebhookTargets targets;

    Webhooks(Transactions store, Clock clock, Runnable wake, WebhookTargets targets) {
        this.store = store;
        this.clock = clock;
        this.wake = wake;
        this.targets = targets;
    }

    /** A webhook as shown to its office: never its secret. */
    public record Webhook(String url, Instant createdAt, Instant updatedAt, long pending, long deadLetters) {
    }

    /** An event whose every attempt failed (or whose webhook was removed before it was delivered). */
    public record DeadLetter(long eventId, String type, int attempts, Integer lastStatus, String lastError,
            Instant lastAttemptAt, Instant failedAt, String payload) {
    }

    /** The outcome of setting a webhook. */
    public sealed interface Saved {
        record Set(Webhook webhook) implements Saved {
        }

        /** Every problem with the input, not just the first. */
        record Invalid(List<String> problems) implements Saved {
        }
    }

    /** The outcome of re-sending a dead letter. */
    public enum Resend { SCHEDULED, NOT_FOUND, NO_WEBHOOK }

    /** Sets (or replaces) the office's webhook; later attempts of pending deliveries use the new URL and secret. */
    public Saved put(String office, String url, String secret) {
        List<String> problems = problems(url, secret);
        if (problems.isEmpty()) {
            targets.refusal(URI.create(url)).ifPresent(why -> problems.add(
                    "url must point to a public internet address: " + why));
        }
        if (!problems.isEmpty()) {
            return new Saved.Invalid(problems);
        }
        Instant now = now();
        store.write(c -> {
            WebhookRows.upsert(c, office, url, secret, now);
            return null;
        });
        return new Saved.Set(get(office).orElseThrow());
    }

    public Optional<Webhook> get(String office) {
        return store.read(c -> {
            Optional<WebhookRows.Row> row = WebhookRows.find(c, office);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            WebhookRows.Row w = row.get();
            return Optional.of(new Webhook(w.url(), w.createdAt(), w.updatedAt(),
                    WebhookRows.count(c, office, "pending"), WebhookRows.count(c, office, "dead")));
        });
    }

    /** Removes the webhook; its pending deliveries become dead letters. False when there was none. */
    public boolean delete(String office) {
        Instant now = now();
        return store.write(c -> WebhookRows.delete(c, office, now));
    }

    public List<DeadLetter> deadLetters(String office, long after, int limit) {
        return store.read(c -> WebhookRows.dead(c, office, after, limit));
    }

    /** Queues a dead letter again with a fresh retry schedule, attempted at once. */
    public Resend resend(String office, long eventId) {
        Instant now = now();
        Resend outcome = store.write(c -> {
            if (WebhookRows.find(c, office).isEmpty()) {
                return Resend.NO_WEBHOOK;
            }
            return WebhookRows.resend(c, office, eventId, now) ? Resend.SCHEDULED : Resend.NOT_FOUND;
        });
        if (outcome == Resend.SCHEDULED) {
            wake.run();
        }
        return outcome;
    }

    static List<String> problems(String url, String secret) {
        List<String> problems = new ArrayList<>();
        if (url == null || url.isBlank()) {
            problems.add("url is required");
        } else {
            urlProblems(url, problems);
        }
        if (secret == null || secret.length() < MIN_SECRET || secret.length() > MAX_SECRET) {
            problems.add("secret must be " + MIN_SECRET + " to " + MAX_SECRET + " characters");
        } else if (!secret.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f)) {
            problems.add("secret must be printable ASCII without spaces");
        }
        return problems;
    }

    private static void urlProblems(String url, List<String> problems) {
        if (url.length() > MAX_URL) {
            problems.add("url must be at most " + MAX_URL + " characters");
            return;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                problems.add("url must be an absolute http or https URL");
            }
            if (uri.getHost() == null) {
                problems.add("url must name a host");
            }
            if (uri.getRawUserInfo() != null) {
                problems.add("url must not carry credentials; the signature authenticates the gateway");
            }
            if (uri.getRawFragment() != null) {
                problems.add("url must not have a fragment");
            }
        } catch (URISyntaxException e) {
            problems.add("url is not a valid URI: " + e.getReason());
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
