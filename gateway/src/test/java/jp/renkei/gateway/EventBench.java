package jp.renkei.gateway;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The event-stream benchmark: starts {@link EventBenchServer} (the real gateway) in its own JVM with
 * {@code -Xmx512m}, opens many SSE streams to it over mutual TLS with a light Netty client (two threads, one
 * channel per stream), measures the gateway's heap with the streams idle, then commits events at a fixed rate and
 * measures the time from each event's {@code time} (taken before its write transaction) to its arrival at every
 * stream of its office. Every frame is checked: each stream must get its office's ids 1, 2, 3, ... in order, and
 * all of them, so the run proves exactly-once delivery besides timing it.
 *
 * <p>The client collects its heap once after opening the streams, so that copying its own connection state in a
 * young collection is not counted as delivery time. An optional warm-up first sends events at the same rate for
 * WARMUP seconds and reports them on their own: the first seconds of a fresh JVM run the write path interpreted or
 * C1-compiled while C2 compiles it, and are the figures of a gateway that has just started, not of one that runs.
 *
 * <p>Run (see {@code docs/notifications.md}): {@code EventBench STREAMS OFFICES RATE SECONDS [WARMUP]}. System
 * properties: {@code bench.server.jvm} adds options to the gateway's JVM (e.g. {@code -Xlog:gc:file=gc.log});
 * {@code bench.jfr=FILE} records the measured phase (not the warm-up) with JFR's {@code profile} settings.
 */
final class EventBench {

    /** Latencies of one phase (warm-up or measured), in milliseconds. */
    private static final class Phase {
        final String name;
        final long[] latencies;
        final AtomicInteger recorded = new AtomicInteger();

        Phase(String name, int capacity) {
            this.name = name;
            this.latencies = new long[capacity];
        }

        void record(long millis) {
            int slot = recorded.getAndIncrement();
            if (slot < latencies.length) {
                latencies[slot] = millis;
            }
        }
    }

    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong outOfOrder = new AtomicLong();
    private final Queue<StreamHandler> handlers = new ConcurrentLinkedQueue<>();
    private volatile Phase phase;

    public static void main(String[] args) throws Exception {
        int streams = Integer.parseInt(args[0]);
        int offices = Integer.parseInt(args[1]);
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        new EventBench().run(streams, offices, rate, seconds, warmup, System.getProperty("bench.server.jvm", ""),
                System.getProperty("bench.jfr", ""));
    }

    private void run(int streams, int offices, int rate, int seconds, int warmup, String serverJvm, String jfr)
            throws Exception {
        Path dir = Files.createTempDirectory("renkei-bench");
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx512m"));
        if (!serverJvm.isBlank()) {
            command.addAll(List.of(serverJvm.strip().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), EventBenchServer.class.getName(),
                dir.toString(), Integer.toString(offices)));
        Process server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter in = new PrintWriter(server.getOutputStream(), true, StandardCharsets.UTF_8);
        String[] ready = await(out, "READY").split(" ");
        int port = Integer.parseInt(ready[1]);
        long baseHeap = heap(in, out);
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        long t0 = System.nanoTime();
        open(group, port, Path.of(ready[2]), dir, streams, offices);
        double openSeconds = (System.nanoTime() - t0) / 1e9;
        // the client's own connection state (10,000 TLS channels: tens of MB) is live: promote it now, or the first
        // young collection while events flow copies it all and stalls every stream's reads for up to 0.5 s
        System.gc();
        Thread.sleep(2000);
        long idleHeap = heap(in, out);
        System.out.printf("streams %d over %d offices: %d connected, %d failed, opened in %.1f s%n", streams, offices,
                connected.get(), failed.get(), openSeconds);
        System.out.printf("gateway heap after GC: %.1f MB before streams, %.1f MB with them idle (%.1f KB/stream)%n",
                baseHeap / 1e6, idleHeap / 1e6, (idleHeap - baseHeap) / 1e3 / Math.max(1, streams));
        int perOffice = streams / offices;
        long expected = 0;
        if (warmup > 0) {
            expected = events(new Phase("warm-up", rate * warmup * perOffice + 1000), in, out, rate, warmup,
                    expected, perOffice, null);
        }
        if (!jfr.isBlank()) {
            jcmd(server, "JFR.start", "name=bench", "settings=profile", "filename=" + jfr);
        }
        events(new Phase("measured", rate * seconds * perOffice + 1000), in, out, rate, seconds, expected,
                perOffice, server);
        if (!jfr.isBlank()) {
            jcmd(server, "JFR.stop", "name=bench");
        }
        serverLag(Integer.parseInt(ready[3]));
        in.println("quit");
        group.shutdownGracefully();
        server.waitFor();
    }

    /**
     * One phase: asks the gateway for {@code rate} events a second for {@code seconds}, waits until every stream got
     * every frame (up to 10 s more), and reports; with {@code server}, also its threads' CPU and run-queue wait.
     * Returns the frames expected by the end of this phase.
     */
    private long events(Phase next, PrintWriter in, BufferedReader out, int rate, int seconds, long expectedBefore,
            int perOffice, Process server) throws Exception {
        phase = next;
        ThreadTimes gatewayBefore = server == null ? null : ThreadTimes.of(server.pid());
        ThreadTimes clientBefore = ThreadTimes.of(ProcessHandle.current().pid());
        long start = System.nanoTime();
        in.println("events " + rate + " " + seconds);
        String[] sentLine = await(out, "SENT").split(" ");
        long sent = Long.parseLong(sentLine[1]);
        double commitSeconds = (System.nanoTime() - start) / 1e9;
        long expected = expectedBefore + sent * perOffice;
        waitFor(() -> frames.get() >= expected, 10_000);
        double deliverSeconds = (System.nanoTime() - start) / 1e9;
        report(next, rate, sent, commitSeconds, deliverSeconds, expected, expected - expectedBefore);
        System.out.printf("  the commits themselves (event time to commit returned) ms: p50 %s, p99 %s%n",
                sentLine[2], sentLine[3]);
        if (server != null) {
            System.out.print("  threads while events were sent and delivered:\n"
                    + ThreadTimes.of(server.pid()).since(gatewayBefore, "gateway", deliverSeconds)
                    + ThreadTimes.of(ProcessHandle.current().pid()).since(clientBefore, "client", deliverSeconds));
        }
        return expected;
    }

    private void open(EventLoopGroup group, int port, Path ca, Path dir, int streams, int offices) throws Exception {
        List<SslContext> contexts = new ArrayList<>();
        for (int o = 0; o < offices; o++) {
            Path creds = dir.resolve("offices").resolve(EventBenchServer.office(o));
            contexts.add(SslContextBuilder.forClient().sslProvider(SslProvider.OPENSSL)
                    .keyManager(creds.resolve("cert.pem").toFile(), creds.resolve("key.pem").toFile())
                    .trustManager(ca.toFile()).protocols("TLSv1.3").build());
        }
        Semaphore handshakes = new Semaphore(200);
        for (int i = 0; i < streams; i++) {
            handshakes.acquire();
            SslContext tls = contexts.get(i % offices);
            ChannelInitializer<SocketChannel> pipeline = new ChannelInitializer<>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    ch.pipeline().addLast(tls.newHandler(ch.alloc(), "localhost", port), new HttpClientCodec(),
                            new StreamHandler(handshakes));
                }
            };
            new Bootstrap().group(group).channel(NioSocketChannel.class).handler(pipeline)
                    .connect("127.0.0.1", port).addListener(f -> {
                if (!f.isSuccess()) {
                    failed.incrementAndGet();
                    handshakes.release();
                }
            });
        }
        waitFor(() -> connected.get() + failed.get() >= streams, 300_000);
    }

    /**
     * Sends the GET, counts the 200 as connected, times every event frame against its event's time and checks that
     * the ids come 1, 2, 3, ... (each stream starts after 0).
     */
    private final class StreamHandler extends SimpleChannelInboundHandler<HttpObject> implements SseFrames.Sink {
        private final Semaphore handshakes;
        private final SseFrames parser = new SseFrames(this);
        private boolean released;
        private volatile long lastId;
        private long now;

        StreamHandler(Semaphore handshakes) {
            this.handshakes = handshakes;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            handlers.add(this);
            var get = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/v1/events?after=0");
            get.headers().set(HttpHeaderNames.HOST, "localhost").set(HttpHeaderNames.ACCEPT, "text/event-stream");
            ctx.writeAndFlush(get);
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, HttpObject msg) {
            if (msg instanceof HttpResponse response) {
                (response.status().code() == 200 ? connected : failed).incrementAndGet();
                release();
            }
            if (msg instanceof HttpContent content) {
                now = System.currentTimeMillis();
                parser.read(content.content());
            }
        }

        @Override
        public void frame(long id, long timeMillis) {
            if (id != lastId + 1) {
                outOfOrder.incrementAndGet();
            }
            lastId = Math.max(lastId, id);
            frames.incrementAndGet();
            Phase current = phase;
            if (current != null) {
                current.record(now - timeMillis);
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (!released) {
                failed.incrementAndGet();
            }
            release();
            ctx.close();
        }

        private void release() {
            if (!released) {
                released = true;
                handshakes.release();
            }
        }
    }

    /**
     * Prints one phase. Exactly once: every stream got ids without a gap, a repeat or a reordering (checked per
     * frame), and the last ids of all streams add up to the frames expected, so none is missing at the end either.
     */
    private void report(Phase p, int rate, long sent, double commitSeconds, double deliverSeconds, long expected,
            long expectedInPhase) {
        int n = Math.min(p.recorded.get(), p.latencies.length);
        long[] sorted = Arrays.copyOf(p.latencies, n);
        Arrays.sort(sorted);
        long lastIds = handlers.stream().mapToLong(h -> h.lastId).sum();
        boolean exactlyOnce = outOfOrder.get() == 0 && lastIds == expected && frames.get() == expected;
        System.out.printf("%s: %d events committed in %.1f s (%.0f/s, target %d/s); frames %d of %d (%.0f/s);"
                + " every stream got every id once, in order: %s%n", p.name, sent, commitSeconds,
                sent / commitSeconds, rate, n, expectedInPhase, n / deliverSeconds,
                exactlyOnce ? "yes" : "NO (" + outOfOrder.get() + " out of order, ids " + lastIds + ", frames "
                        + frames.get() + " of " + expected + ")");
        System.out.printf("  commit-to-delivery ms: p50 %d, p90 %d, p99 %d, p99.9 %d, max %d%n", pct(sorted, 0.50),
                pct(sorted, 0.90), pct(sorted, 0.99), pct(sorted, 0.999), n == 0 ? -1 : sorted[n - 1]);
    }

    /** The gateway's own view: its delivery-lag timer (event time to the frame written on the socket). */
    private static void serverLag(int managementPort) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        String metrics = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + managementPort + "/metrics")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        metrics.lines().filter(l -> l.startsWith("renkei_events_delivery_lag_seconds{channel=\"sse\",quantile")
                || l.startsWith("renkei_events_delivery_lag_seconds_max"))
                .forEach(l -> System.out.println("gateway, both phases: " + l));
    }

    /** Runs {@code jcmd} on the gateway's JVM (a JFR recording of the measured phase only). */
    private static void jcmd(Process server, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/jcmd",
                Long.toString(server.pid())));
        line.addAll(List.of(command));
        new ProcessBuilder(line).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    private static long pct(long[] sorted, double p) {
        return sorted.length == 0 ? -1 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private static long heap(PrintWriter in, BufferedReader out) throws Exception {
        in.println("heap");
        return Long.parseLong(await(out, "HEAP").split(" ")[1]);
    }

    private static String await(BufferedReader out, String prefix) throws Exception {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("the gateway process ended before " + prefix);
    }

    private static void waitFor(java.util.function.BooleanSupplier done, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!done.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
    }

    private static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
