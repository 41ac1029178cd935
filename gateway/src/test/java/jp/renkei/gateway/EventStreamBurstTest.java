package jp.renkei.gateway;

import static jp.renkei.gateway.NotifyGateway.HOMON;
import static jp.renkei.gateway.NotifyGateway.KYOTAKU;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import javax.net.ssl.SSLSocket;
import jp.renkei.gateway.SseClient.SseEvent;
import jp.renkei.gateway.notify.NotifyConfig;
import jp.renkei.gateway.store.Transactions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event streams under load, over real mutual TLS: bursts committed from many threads at once, a stream that joins
 * in the middle of a burst, and a client that stops reading. Whatever happens, each stream gets every event of its
 * office exactly once and in id order.
 */
class EventStreamBurstTest {

    private static final Pattern ID = Pattern.compile("(?m)^id: (\\d+)$");

    @TempDir
    Path dir;
    NotifyGateway gateway;

    @BeforeEach
    void start() throws Exception {
        gateway = NotifyGateway.start(dir, NotifyConfig.defaults().withHeartbeat(Duration.ofMillis(500)));
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void aBurstFromManyThreadsReachesEveryStreamOnceInOrderIncludingOneThatResumesMidway() throws Exception {
        HttpClient homon = gateway.client(HOMON);
        int events = 1500;
        try (SseClient first = stream(homon, null); SseClient second = stream(homon, null)) {
            ExecutorService writers = Executors.newFixedThreadPool(8);
            AtomicInteger committed = new AtomicInteger();
            for (int i = 0; i < events; i++) {
                writers.execute(() -> {
                    commit(HOMON);
                    commit(KYOTAKU); // another office's events interleave in the feed
                    committed.incrementAndGet();
                });
            }
            while (committed.get() < events / 3) {
                Thread.sleep(5);
            }
            // joins while live events keep coming: reads 101.. from the store, holds live ones back meanwhile
            try (SseClient late = stream(homon, "100")) {
                writers.shutdown();
                assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
                assertThat(ids(late.take(events - 100, 30_000))).containsExactlyElementsOf(range(101, events));
                assertThat(ids(first.take(events, 30_000))).containsExactlyElementsOf(range(1, events));
                assertThat(ids(second.take(events, 30_000))).containsExactlyElementsOf(range(1, events));
                Thread.sleep(300);
                assertThat(late.events).isEmpty();
                assertThat(first.events).isEmpty();
                assertThat(second.events).isEmpty();
            }
        }
    }

    @Test
    void aClientThatStopsReadingGetsEveryEventOnceInOrderWhenItReadsAgain() throws Exception {
        int events = 3000; // 4 KB file names: 12 MB of frames, far more than socket buffers (<= 4 MB) hold
        String fileName = "F".repeat(4096);
        long readsBefore;
        try (SSLSocket socket = slowReader()) {
            InputStream in = socket.getInputStream();
            String head = readHead(in);
            assertThat(head).startsWith("HTTP/1.1 200").containsIgnoringCase("transfer-encoding: chunked");
            readsBefore = streamReads();
            ExecutorService writers = Executors.newFixedThreadPool(8);
            for (int i = 0; i < events; i++) {
                writers.execute(() -> commit(HOMON, fileName));
            }
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(500); // the stream stops writing once the socket is full
            List<Long> ids = new ArrayList<>();
            String pending = "";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (ids.size() < events) {
                assertThat(System.nanoTime()).as("all events within 60 s; got %d", ids.size()).isLessThan(deadline);
                pending += new String(chunk(in), StandardCharsets.UTF_8);
                int end = pending.lastIndexOf("\n\n");
                if (end >= 0) {
                    Matcher m = ID.matcher(pending.substring(0, end));
                    while (m.find()) {
                        ids.add(Long.parseLong(m.group(1)));
                    }
                    pending = pending.substring(end + 2);
                }
            }
            assertThat(ids).containsExactlyElementsOf(range(1, events));
        }
        // it went through the slow-client path: what did not fit was read back from the store, not buffered
        assertThat(streamReads()).isGreaterThan(readsBefore);
    }

    private void commit(String office) {
        commit(office, "F.CSV");
    }

    private void commit(String office, String fileName) {
        Transactions store = gateway.store.transactions();
        store.write(c -> store.appendEvent(c, office, "document.arrived", Instant.now(), "d", fileName, Map.of()));
        gateway.server.notifications().wake();
    }

    private SseClient stream(HttpClient client, String lastEventId) throws Exception {
        return SseClient.open(client, gateway.uri("/v1/events"), lastEventId);
    }

    /** A TLS connection with a 4 KB receive buffer that asks for the stream and then reads only when told. */
    private SSLSocket slowReader() throws Exception {
        var tls = TestGateway.sslContext(gateway.credentials(HOMON), gateway.enrollment.authority().certificate());
        SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress("localhost", gateway.uri("/").getPort()), 10_000);
        socket.setSoTimeout(30_000);
        socket.getOutputStream().write(("GET /v1/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream"
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed in the response head");
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    /** One HTTP chunk's data. */
    private static byte[] chunk(InputStream in) throws IOException {
        String size = line(in);
        byte[] data = in.readNBytes(Integer.parseInt(size.strip(), 16));
        line(in);
        return data;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the stream closed");
            }
            line.append((char) b);
        }
        return line.toString();
    }

    /** Catch-up reads the streams made so far (the {@code notify-read} executor's completed tasks). */
    private long streamReads() throws Exception {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + gateway.server.managementPort() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return metrics.lines().filter(l -> l.startsWith("renkei_executor_completed_tasks_total")
                        && l.contains("name=\"notify-read\""))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no notify-read executor metric"));
    }

    private static List<Long> ids(List<SseEvent> events) {
        return events.stream().map(SseEvent::id).toList();
    }

    private static List<Long> range(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }
}
