package jp.renkei.tools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;

/**
 * Follows one office's {@code GET /v1/events} stream on a daemon thread and hands each event to a listener. It starts
 * after the office's newest event (found by long-poll batches), so old events of a reused office are not replayed.
 */
final class EventFollower implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Called on the follower's thread for each event. */
    interface Listener {
        void event(int office, String type, String documentId, String fileName);
    }

    private final int office;
    private final HttpConnection connection;
    private final Listener listener;
    private final Thread thread;
    private volatile boolean closed;
    private volatile IOException failure;

    EventFollower(int office, SSLContext tls, URI base, Listener listener) {
        this.office = office;
        this.connection = new HttpConnection(tls, base);
        this.listener = listener;
        this.thread = new Thread(this::follow, "bench-events-" + office);
        thread.setDaemon(true);
    }

    /** Finds the newest event, opens the stream after it and starts following; returns once the stream is open. */
    EventFollower start() throws IOException {
        long after = newest();
        InputStream stream = connection.stream("/v1/events?after=" + after, "Accept: text/event-stream\r\n");
        reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
        thread.start();
        return this;
    }

    private BufferedReader reader;

    private long newest() throws IOException {
        long after = 0;
        while (true) {
            HttpConnection.Response batch = connection.send("GET", "/v1/events?after=" + after + "&limit=1000&wait=0",
                    "Accept: application/json\r\n", null);
            if (batch.status() != 200) {
                throw new IOException("GET /v1/events answered " + batch.status() + ": " + batch.text());
            }
            JsonNode body = JSON.readTree(batch.body());
            if (body.path("events").isEmpty()) {
                return after;
            }
            after = body.path("next").asLong();
        }
    }

    private void follow() {
        String type = null;
        try {
            for (String line = reader.readLine(); line != null && !closed; line = reader.readLine()) {
                if (line.startsWith("event:")) {
                    type = line.substring(6).trim();
                } else if (line.startsWith("data:") && type != null) {
                    JsonNode data = JSON.readTree(line.substring(5));
                    listener.event(office, type, data.path("documentId").asText(), data.path("fileName").asText());
                    type = null;
                }
            }
            if (!closed) {
                failure = new IOException("the event stream of office " + office + " ended");
            }
        } catch (IOException e) {
            if (!closed) {
                failure = e;
            }
        }
    }

    /** Why the stream stopped before it was closed, or null. */
    IOException failure() {
        return failure;
    }

    @Override
    public void close() {
        closed = true;
        connection.close();
    }
}
