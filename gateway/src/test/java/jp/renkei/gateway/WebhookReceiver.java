package jp.renkei.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * A real webhook receiver: the JDK's HTTP server on a loopback port, answering each call with the status its
 * behaviour gives ({@link #HANG} never answers until the receiver closes). Records every call it gets.
 */
final class WebhookReceiver implements AutoCloseable {

    static final int HANG = -1;

    record Call(long at, String signature, String eventId, String type, String attempt, byte[] body) {
    }

    final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    final List<Call> all = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile IntSupplier behaviour = () -> 200;

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Answers every later call with what {@code next} gives (a status, or {@link #HANG}). */
    void answer(IntSupplier next) {
        this.behaviour = next;
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        var h = exchange.getRequestHeaders();
        Call call = new Call(System.currentTimeMillis(), h.getFirst("Renkei-Signature"), h.getFirst("Renkei-Event-Id"),
                h.getFirst("Renkei-Event-Type"), h.getFirst("Renkei-Delivery-Attempt"), body);
        all.add(call);
        calls.add(call);
        int status = behaviour.getAsInt();
        if (status == HANG) {
            try {
                closing.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        exchange.sendResponseHeaders(status == HANG ? 503 : status, -1);
        exchange.close();
    }

    Call next(long timeoutMillis) throws InterruptedException {
        Call call = calls.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        if (call == null) {
            throw new AssertionError("no webhook call within " + timeoutMillis + " ms; got " + all.size());
        }
        return call;
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
