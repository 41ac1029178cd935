package jp.renkei.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Server-Sent Events client over the JDK HttpClient: reads the stream line by line on its own thread and parses
 * it as the SSE specification does (fields {@code id}, {@code event}, {@code data}; comments start with a colon;
 * a blank line ends an event).
 */
final class SseClient implements AutoCloseable {

    /** An event as read, with the wall-clock time it was read (ms). */
    record SseEvent(long id, String type, String data, long receivedAt) {
    }

    final BlockingQueue<SseEvent> events = new LinkedBlockingQueue<>();
    final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
    final HttpResponse<Stream<String>> response;
    private final Thread reader;

    private SseClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    static SseClient open(HttpClient client, URI uri, String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        CompletableFuture<HttpResponse<Stream<String>>> future = client.sendAsync(request.build(),
                HttpResponse.BodyHandlers.ofLines());
        try {
            return new SseClient(future.get(10, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("the stream did not open", e);
        }
    }

    private void read() {
        long id = 0;
        String type = "message";
        StringBuilder data = new StringBuilder();
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new SseEvent(id, type, data.toString(), System.currentTimeMillis()));
                    }
                    type = "message";
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    comments.add(line);
                } else if (line.startsWith("id: ")) {
                    id = Long.parseLong(line.substring(4));
                } else if (line.startsWith("event: ")) {
                    type = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(line.substring(6));
                }
            }
        } catch (RuntimeException e) {
            // the stream was closed under us: the test decides whether that was expected
        }
    }

    /** The next {@code n} events, failing when they do not all come within the timeout. */
    List<SseEvent> take(int n, long timeoutMillis) throws InterruptedException {
        List<SseEvent> taken = new ArrayList<>();
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (taken.size() < n) {
            SseEvent e = events.poll(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            if (e == null) {
                throw new AssertionError("got " + taken.size() + " of " + n + " events: " + taken);
            }
            taken.add(e);
        }
        return taken;
    }

    @Override
    public void close() {
        reader.interrupt();
        response.body().close();
    }
}
