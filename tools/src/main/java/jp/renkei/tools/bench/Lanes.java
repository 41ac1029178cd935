package jp.renkei.tools.bench;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bench's keep-alive connections: connection {@code i} speaks for office {@code i mod N}, so every office has
 * {@code C / N} of them. A phase runs one thread per connection and returns when all are done.
 */
final class Lanes implements AutoCloseable {

    /** One connection and the office it speaks for. */
    record Lane(int index, int office, HttpConnection connection) {
    }

    /** What one phase does on one connection, until its work is done. */
    @FunctionalInterface
    interface Work {
        void run(Lane lane) throws IOException, InterruptedException;
    }

    private final List<Lane> lanes = new ArrayList<>();

    Lanes(List<Registration.BenchOffice> offices, int connections, URI base) {
        for (int i = 0; i < connections; i++) {
            int office = i % offices.size();
            lanes.add(new Lane(i, office, new HttpConnection(offices.get(office).tls(), base)));
        }
    }

    /** The office of each connection, in connection order. */
    List<Integer> officeOfEach() {
        return lanes.stream().map(Lane::office).toList();
    }

    int size() {
        return lanes.size();
    }

    /** Opens every connection (TLS handshakes are not part of any measurement). */
    void connect(List<Registration.BenchOffice> offices) throws IOException {
        for (Lane lane : lanes) {
            HttpConnection.Response r = lane.connection().get("/v1/offices/" + offices.get(lane.office()).number());
            if (r.status() != 200) {
                throw new IOException("GET /v1/offices/{n} answered " + r.status() + ": " + r.text());
            }
        }
    }

    /** Runs {@code work} on every connection at once; the first failure of any is thrown after all have ended. */
    void run(String phase, Work work) throws IOException, InterruptedException {
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (Lane lane : lanes) {
            Thread t = new Thread(() -> {
                try {
                    work.run(lane);
                } catch (IOException | InterruptedException | RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }, "bench-" + phase + "-" + lane.index());
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        rethrow(failure.get());
    }

    private static void rethrow(Exception e) throws IOException, InterruptedException {
        if (e instanceof IOException io) {
            throw io;
        }
        if (e instanceof InterruptedException interrupted) {
            throw interrupted;
        }
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
    }

    @Override
    public void close() {
        lanes.forEach(l -> l.connection().close());
    }
}
