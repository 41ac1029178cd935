package jp.renkei.tools.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLParameters;

/**
 * A client of the Renkei HTTP API (v1) for one office, over mutual TLS with the JDK's HTTP client.
 *
 * <p>Thread-safe: share one instance; its keep-alive connections are pooled. Every method blocks. Idempotent calls
 * (reads, and uploads, which the gateway de-duplicates by sender and file name) are retried on connection failures
 * and 503 according to the {@link RetryPolicy}; receipts are not. Errors the gateway answers come as
 * {@link ApiErrorException} with status, code, message and findings; network failures as other
 * {@link IOException}s.
 *
 * <pre>{@code
 * RenkeiClient client = RenkeiClient.builder(URI.create("https://renkei.example:8443"))
 *         .pkcs12(Path.of("cert.p12"), password).trust(Path.of("ca.pem")).build();
 * Upload upload = client.upload(Path.of("UPPLAN_202505_1310000015_43_1310000023_11_20250420170501.CSV"));
 * }</pre>
 */
public final class RenkeiClient {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    private final URI baseUrl;
    private final String subject;
    private final HttpCalls calls;
    private final RetryPolicy retry;
    private final Duration eventIdle;
    private final ContentDownload content;

    private RenkeiClient(Builder b, HttpClient http) throws IOException {
        this.baseUrl = b.baseUrl;
        this.subject = ClientTls.subject(b.credential);
        this.retry = b.retry;
        this.eventIdle = b.eventIdleTimeout;
        this.calls = new HttpCalls(http, b.baseUrl, b.retry, b.timeout);
        this.content = new ContentDownload(calls, b.retry);
    }

    public static Builder builder(URI baseUrl) {
        return new Builder(baseUrl);
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * The subject of this client's certificate (RFC 2253), e.g. {@code CN=1310000015,OU=office,O=Renkei}: whom the
     * gateway will take it for.
     */
    public String certificateSubject() {
        return subject;
    }

    /** The 10-digit office number this client's certificate speaks for, or empty for other roles. */
    public Optional<String> officeNumber() {
        if (subject == null || !subject.matches("(?i).*\\bOU=office\\b.*")) {
            return Optional.empty();
        }
        java.util.regex.Matcher cn = java.util.regex.Pattern.compile("(?i)\\bCN=([0-9]{10})\\b").matcher(subject);
        return cn.find() ? Optional.of(cn.group(1)) : Optional.empty();
    }

    /** Uploads one file ({@code POST /v1/documents}); safe to repeat: the same bytes give {@code created=false}. */
    public Upload upload(Path file) throws IOException {
        return upload(NamedContent.of(file));
    }

    public Upload upload(NamedContent file) throws IOException {
        HttpRequest request = calls.request("/v1/documents").header("X-Renkei-File-Name", file.name())
                .header("Content-Type", MultipartBody.contentType(file.name()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file.content())).build();
        HttpCalls.Json answer = calls.json(request, true);
        return new Upload(Shapes.documents(answer.body()), answer.status() == 201);
    }

    /** Uploads the files of a sending unit together ({@code POST /v1/sets}): all stored or none. */
    public Upload uploadSet(List<NamedContent> files) throws IOException {
        MultipartBody body = new MultipartBody(files);
        HttpRequest request = calls.request("/v1/sets").header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build();
        HttpCalls.Json answer = calls.json(request, true);
        return new Upload(Shapes.documents(answer.body()), answer.status() == 201);
    }

    /** Validates one file without sending it (the conformance sandbox). */
    public ValidationReport validate(NamedContent file) throws IOException {
        HttpRequest request = calls.request("/v1/validate").header("X-Renkei-File-Name", file.name())
                .header("Content-Type", MultipartBody.contentType(file.name()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(file.content())).build();
        return Shapes.report(calls.json(request, true).body());
    }

    /** Validates files as one batch, sending units and their cross-file rules included. */
    public ValidationReport validate(List<NamedContent> files) throws IOException {
        MultipartBody body = new MultipartBody(files);
        HttpRequest request = calls.request("/v1/validate").header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build();
        return Shapes.report(calls.json(request, true).body());
    }

    /** Documents addressed to this office with a cursor after {@code after}, oldest first, at most {@code limit}. */
    public DocumentPage inbox(long after, int limit) throws IOException {
        return page("/v1/inbox", after, limit);
    }

    /** Documents this office sent, with their states and receipts. */
    public DocumentPage outbox(long after, int limit) throws IOException {
        return page("/v1/outbox", after, limit);
    }

    /** A document's metadata and state history; {@code document_not_found} (404) when not this office's. */
    public Document document(String id) throws IOException {
        return Shapes.document(calls.json(calls.request("/v1/documents/" + segment(id)).GET().build(), true).body());
    }

    /**
     * Writes the exact bytes uploaded to {@code out}, checked against their SHA-256, and returns their count. The
     * recipient's first download moves the document to DOWNLOADED.
     */
    public long download(String id, OutputStream out) throws IOException {
        return content.to(segment(id), out);
    }

    /** Downloads into {@code file} atomically: a temporary file in the same directory, forced to disk, renamed. */
    public void download(String id, Path file) throws IOException {
        content.to(segment(id), file);
    }

    /** Records this office's receipt of a document it downloaded; not retried (a repeat answers 409). */
    public Document receipt(String id, Receipt receipt) throws IOException {
        Map<String, String> body = receipt.outcome() == Receipt.Outcome.IMPORTED ? Map.of("outcome", "imported")
                : Map.of("outcome", "refused", "reason", receipt.reason());
        HttpRequest request = calls.request("/v1/documents/" + segment(id) + "/receipt")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Shapes.bytes(body))).build();
        return Shapes.document(calls.json(request, false).body());
    }

    /** The document's records, each keyed by the specification's Japanese item names (images have none: 409). */
    public Records records(String id) throws IOException {
        return Shapes.records(calls.json(calls.request("/v1/documents/" + segment(id) + "/records").GET().build(),
                true).body());
    }

    /**
     * The 第3表 (UP3KYO) rendered as the printed 週間サービス計画表: A4 landscape PDF bytes. Another kind answers 409
     * {@code not_weekly_schedule}. Like a download, the recipient's first one moves the document to DOWNLOADED.
     */
    public byte[] pdf(String id) throws IOException {
        HttpResponse<byte[]> response = calls.send(calls.request("/v1/documents/" + segment(id) + "/pdf")
                .header("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray(), true);
        if (response.statusCode() >= 400) {
            throw Shapes.error(response.statusCode(), response.body());
        }
        return response.body();
    }

    /**
     * Sets (or replaces) this office's webhook: each later event is POSTed to {@code url}, signed with {@code secret}
     * (16–256 printable ASCII characters; see {@code Renkei-Signature}). A URL to a non-public address is refused
     * (400 {@code invalid_webhook}, every problem listed).
     */
    public Webhook setWebhook(URI url, String secret) throws IOException {
        HttpRequest request = calls.request("/v1/webhook").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(Shapes.bytes(Map.of("url", url.toString(),
                        "secret", secret)))).build();
        return Shapes.webhook(calls.json(request, true).body());
    }

    /** This office's webhook with its delivery counts, or empty when none is set. */
    public Optional<Webhook> webhook() throws IOException {
        try {
            return Optional.of(Shapes.webhook(calls.json(calls.request("/v1/webhook").GET().build(), true).body()));
        } catch (ApiErrorException e) {
            if (e.status() == 404 && "no_webhook".equals(e.code())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Removes the webhook (its pending deliveries become dead letters); false when none was set. */
    public boolean deleteWebhook() throws IOException {
        try {
            calls.json(calls.request("/v1/webhook").DELETE().build(), true);
            return true;
        } catch (ApiErrorException e) {
            if (e.status() == 404 && "no_webhook".equals(e.code())) {
                return false;
            }
            throw e;
        }
    }

    /** The events whose webhook delivery was given up, with an event id after {@code after}, at most {@code limit}. */
    public List<DeadLetter> deadLetters(long after, int limit) throws IOException {
        HttpRequest request = calls.request("/v1/webhook/dead-letters?after=" + after + "&limit=" + limit).GET()
                .build();
        return Shapes.deadLetters(calls.json(request, true).body());
    }

    /**
     * Queues a dead letter again with a fresh retry schedule, attempted at once. 404 {@code dead_letter_not_found}
     * when there is no such dead letter, 409 {@code no_webhook} when no webhook is set.
     */
    public void resendDeadLetter(long eventId) throws IOException {
        calls.json(calls.request("/v1/webhook/dead-letters/" + eventId + "/retry")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), false);
    }

    /** The registered office with this number, or empty when none is registered. */
    public Optional<Office> office(String number) throws IOException {
        try {
            return Optional.of(Shapes.office(
                    calls.json(calls.request("/v1/offices/" + segment(number)).GET().build(), true).body()));
        } catch (ApiErrorException e) {
            if (e.status() == 404 && "unknown_office".equals(e.code())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** This office's metering for {@code month}. */
    public Usage usage(YearMonth month) throws IOException {
        String m = month.format(MONTH);
        return Shapes.usage(calls.json(calls.request("/v1/usage?month=" + m).GET().build(), true).body(), m);
    }

    /** The events after {@code afterEventId} (0 for all kept), as a reconnecting iterator; close it when done. */
    public EventStream events(long afterEventId) {
        return new EventStream(calls, afterEventId, retry, eventIdle);
    }

    /**
     * The events after {@code afterEventId} as one batch ({@code Accept: application/json}), waiting up to
     * {@code wait} (whole seconds) for the first when there is none yet: for callers that cannot hold a stream open.
     */
    public EventBatch pollEvents(long afterEventId, int limit, Duration wait) throws IOException {
        Duration timeout = wait.plus(Duration.ofSeconds(30));
        HttpRequest request = calls.request("/v1/events?after=" + afterEventId + "&limit=" + limit + "&wait="
                + wait.toSeconds(), timeout).header("Accept", "application/json").GET().build();
        return Shapes.eventBatch(calls.json(request, true).body(), afterEventId);
    }

    /** Follows the events after {@code afterEventId} on a thread of its own, calling {@code listener}. */
    public Subscription subscribe(long afterEventId, EventListener listener) {
        return new Subscription(events(afterEventId), listener, retry).start();
    }

    private DocumentPage page(String path, long after, int limit) throws IOException {
        HttpRequest request = calls.request(path + "?after=" + after + "&limit=" + limit).GET().build();
        return Shapes.page(calls.json(request, true).body(), after);
    }

    /** Ids and numbers come from the gateway or the user: encode them so none can change the path. */
    private static String segment(String value) {
        return URLEncoder.encode(Objects.requireNonNull(value, "id"), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Settings of a {@link RenkeiClient}; a credential and the CA to trust are required. */
    public static final class Builder {
        private final URI baseUrl;
        private KeyStore credential;
        private char[] password;
        private Path ca;
        private RetryPolicy retry = RetryPolicy.DEFAULT;
        private Duration timeout = Duration.ofSeconds(60);
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration eventIdleTimeout = Duration.ofSeconds(120);

        private Builder(URI baseUrl) {
            this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        }

        /** The office's key and certificate in a PKCS#12 file (as the gateway's {@code office add} writes it). */
        public Builder pkcs12(Path file, char[] storePassword) throws IOException {
            this.credential = ClientTls.pkcs12(file, storePassword);
            this.password = storePassword.clone();
            return this;
        }

        /** The office's certificate (chain) and its unencrypted PKCS#8 private key, both PEM. */
        public Builder pem(Path certificate, Path key) throws IOException {
            this.credential = ClientTls.pem(certificate, key);
            this.password = ClientTls.inMemoryPassword();
            return this;
        }

        /** The Renkei CA certificate (PEM) that signed the gateway's server certificate. */
        public Builder trust(Path caCertificate) {
            this.ca = caCertificate;
            return this;
        }

        public Builder retry(RetryPolicy policy) {
            this.retry = Objects.requireNonNull(policy);
            return this;
        }

        /** The longest wait for a whole answer (not for the event stream); 60 s by default. */
        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        /** The event stream reconnects when nothing (not even a heartbeat) arrives for this long; 120 s default. */
        public Builder eventIdleTimeout(Duration value) {
            this.eventIdleTimeout = value;
            return this;
        }

        public RenkeiClient build() throws IOException {
            if (credential == null || ca == null) {
                throw new IllegalStateException("a credential (pkcs12 or pem) and the CA to trust are required");
            }
            SSLParameters tls = new SSLParameters();
            tls.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .sslContext(ClientTls.context(credential, password, ca)).sslParameters(tls)
                    .connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
            return new RenkeiClient(this, http);
        }
    }
}
