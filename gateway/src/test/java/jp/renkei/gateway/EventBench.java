package jp.renkei.gateway;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The event-stream benchmark: starts {@link EventBenchServer} (the real gateway) in its own JVM with
 * {@code -Xmx512m}, opens many SSE streams to it over mutual TLS with a light Netty client (two threads, one
 * channel per stream), measures the gateway's heap with the streams idle, then commits events at a fixed rate and
 * measures the time from each event's commit to its arrival at every stream of its office.
 *
 * <p>Run (see {@code docs/notifications.md}): {@code EventBench STREAMS OFFICES RATE SECONDS}.
 */
final class EventBench {

    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicLong frames = new AtomicLong();
    private final long[] latencies = new long[4_000_000];
    private final AtomicInteger recorded = new AtomicInteger();
    private volatile boolean recording;

    public static void main(String[] args) throws Exception {
        int streams = Integer.parseInt(args[0]);
        int offices = Integer.parseInt(args[1]);
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        new EventBench().run(streams, offices, rate, seconds);
    }

    private void run(int streams, int offices, int rate, int seconds) throws Exception {
        Path dir = Files.createTempDirectory("renkei-bench");
        Process server = new ProcessBuilder(javaBin(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                EventBenchServer.class.getName(), dir.toString(), Integer.toString(offices))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter in = new PrintWriter(server.getOutputStream(), true, StandardCharsets.UTF_8);
        String[] ready = await(out, "READY").split(" ");
        int port = Integer.parseInt(ready[1]);
        long baseHeap = heap(in, out);
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        long t0 = System.nanoTime();
        open(group, port, Path.of(ready[2]), dir, streams, offices);
        double openSeconds = (System.nanoTime() - t0) / 1e9;
        Thread.sleep(2000);
        long idleHeap = heap(in, out);
        recording = true;
        long start = System.nanoTime();
        in.println("events " + rate + " " + seconds);
        String[] sentLine = await(out, "SENT").split(" ");
        long sent = Long.parseLong(sentLine[1]);
        double commitSeconds = (System.nanoTime() - start) / 1e9;
        long expected = sent * (streams / offices);
        waitFor(() -> frames.get() >= expected, 10_000);
        double deliverSeconds = (System.nanoTime() - start) / 1e9;
        serverLag(Integer.parseInt(ready[3]));
        in.println("quit");
        report(streams, offices, rate, openSeconds, baseHeap, idleHeap, sent, commitSeconds, deliverSeconds, expected);
        System.out.printf("the commits themselves (event time to commit returned) ms: p50 %s, p99 %s%n", sentLine[2],
                sentLine[3]);
        group.shutdownGracefully();
        server.waitFor();
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
            new Bootstrap().group(group).channel(NioSocketChannel.class).handler(new ChannelInitializer<SocketChannel>() {
                @Override
                protected void initChannel(SocketChannel ch) {
                    ch.pipeline().addLast(tls.newHandler(ch.alloc(), "localhost", port), new HttpClientCodec(),
                            new StreamHandler(handshakes));
                }
            }).connect("127.0.0.1", port).addListener(f -> {
                if (!f.isSuccess()) {
                    failed.incrementAndGet();
                    handshakes.release();
                }
            });
        }
        waitFor(() -> connected.get() + failed.get() >= streams, 300_000);
    }

    /** Sends the GET, counts the 200 as connected, and times every {@code data:} line against its event's time. */
    private final class StreamHandler extends SimpleChannelInboundHandler<HttpObject> {
        private final Semaphore handshakes;
        private final StringBuilder pending = new StringBuilder();
        private boolean released;

        StreamHandler(Semaphore handshakes) {
            this.handshakes = handshakes;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
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
                scan(content.content());
            }
        }

        /** Frames may be split across TLS records and HTTP chunks: only complete ones (up to a blank line) count. */
        private void scan(ByteBuf buf) {
            pending.append(buf.toString(StandardCharsets.UTF_8));
            int end = pending.lastIndexOf("\n\n");
            if (end < 0) {
                return;
            }
            String text = pending.substring(0, end);
            pending.delete(0, end + 2);
            long now = Instant.now().toEpochMilli();
            for (int at = text.indexOf("\"time\":\""); at >= 0; at = text.indexOf("\"time\":\"", at + 1)) {
                long millis = now - Instant.parse(text.substring(at + 8, text.indexOf('"', at + 8))).toEpochMilli();
                frames.incrementAndGet();
                int slot = recording ? recorded.getAndIncrement() : latencies.length;
                if (slot < latencies.length) {
                    latencies[slot] = millis;
                }
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

    private void report(int streams, int offices, int rate, double openSeconds, long baseHeap, long idleHeap,
            long sent, double commitSeconds, double deliverSeconds, long expected) {
        int n = Math.min(recorded.get(), latencies.length);
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        System.out.printf("streams %d over %d offices: %d connected, %d failed, opened in %.1f s%n", streams, offices,
                connected.get(), failed.get(), openSeconds);
        System.out.printf("gateway heap after GC: %.1f MB before streams, %.1f MB with them idle (%.1f KB/stream)%n",
                baseHeap / 1e6, idleHeap / 1e6, (idleHeap - baseHeap) / 1e3 / Math.max(1, streams));
        System.out.printf("events: %d committed in %.1f s (%.0f/s, target %d/s); frames delivered %d of %d (%.0f/s)%n",
                sent, commitSeconds, sent / commitSeconds, rate, frames.get(), expected, n / deliverSeconds);
        System.out.printf("commit-to-delivery ms: p50 %d, p90 %d, p99 %d, max %d%n", pct(sorted, 0.50),
                pct(sorted, 0.90), pct(sorted, 0.99), n == 0 ? -1 : sorted[n - 1]);
    }

    /** The gateway's own view: its delivery-lag timer (event time to the frame written on the socket). */
    private static void serverLag(int managementPort) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        String metrics = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + managementPort + "/metrics")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        metrics.lines().filter(l -> l.startsWith("renkei_events_delivery_lag_seconds{channel=\"sse\",quantile")
                || l.startsWith("renkei_events_delivery_lag_seconds_max")).forEach(l -> System.out.println("gateway " + l));
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
