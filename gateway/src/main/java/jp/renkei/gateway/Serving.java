package jp.renkei.gateway;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import jp.renkei.gateway.http.GatewayServer;

/** Keeps a started gateway running until the JVM is asked to stop (Ctrl-C, SIGTERM), then closes it in order. */
final class Serving {

    private Serving() {
    }

    static void announce(PrintWriter out, GatewayServer server) {
        out.printf("Renkei gateway listening on %s (%s)%n", server.baseUri(), server.description());
        if (server.managementPort() > 0) {
            out.printf("management: http://127.0.0.1:%d/health and /metrics%n", server.managementPort());
        }
        out.flush();
    }

    /** Blocks until shutdown; the hook stops the server first (no new work), then closes the store. */
    static void untilShutdown(GatewayServer server, GatewayHome home) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            home.close();
            stopped.countDown();
        }, "renkei-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
    }
}
