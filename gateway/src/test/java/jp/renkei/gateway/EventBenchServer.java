package jp.renkei.gateway;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jp.renkei.gateway.config.GatewayConfig;
import jp.renkei.gateway.config.ServerConfig;
import jp.renkei.gateway.http.GatewayServer;
import jp.renkei.gateway.mailbox.Office;
import jp.renkei.gateway.store.Transactions;

/**
 * The gateway side of {@link EventBench}, in its own JVM so its heap is measured alone. It registers the offices,
 * writes their credentials, starts the real gateway, then obeys commands on stdin: {@code heap} (prints the heap
 * used after a full GC), {@code events RATE SECONDS} (commits that many events a second, spread over the offices,
 * through the store's writer, and wakes the dispatcher), {@code quit}.
 */
final class EventBenchServer {

    private static final int WRITERS = 16;

    private EventBenchServer() {
    }

    static String office(int i) {
        return String.format("29%08d", i);
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int offices = Integer.parseInt(args[1]);
        GatewayConfig defaults = GatewayConfig.defaults(dir);
        GatewayConfig config = defaults.withServer(new ServerConfig("127.0.0.1", 0, List.of(), 1, 2, 50_000, true))
                .withManagement(defaults.management().withPort(0));
        Clock clock = Clock.systemUTC();
        GatewayHome home = GatewayHome.open(config, clock);
        ExecutorService setup = Executors.newFixedThreadPool(8);
        List<Future<CredentialFiles>> issued = new java.util.ArrayList<>();
        for (int i = 0; i < offices; i++) {
            String number = office(i);
            issued.add(setup.submit(() -> {
                home.registerOffice(new Office(number, "bench " + number, List.of("11"), "car", clock.instant()));
                return home.officeCredentials(number);
            }));
        }
        for (Future<CredentialFiles> f : issued) {
            f.get();
        }
        setup.shutdown();
        GatewayServer server = GatewayServer.start(config, home.store(), home.enrollment(), clock);
        System.out.println("READY " + server.port() + " " + home.caCertificate() + " " + server.managementPort());
        System.out.flush();
        commands(server, home.store().transactions(), offices);
        server.close();
        home.close();
    }

    private static void commands(GatewayServer server, Transactions store, int offices) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            String[] words = line.split(" ");
            if (words[0].equals("heap")) {
                System.out.println("HEAP " + heapAfterGc());
            } else if (words[0].equals("events")) {
                long[] commits = new long[Integer.parseInt(words[1]) * Integer.parseInt(words[2])];
                long sent = events(server, store, offices, Integer.parseInt(words[1]), Integer.parseInt(words[2]),
                        commits);
                java.util.Arrays.sort(commits, 0, (int) sent);
                System.out.println("SENT " + sent + " " + commits[(int) (sent * 0.5)] + " " + commits[(int) (sent * 0.99)]);
            }
            System.out.flush();
        }
    }

    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Commits {@code rate} events a second for {@code seconds}, from several threads (so the writer group-commits). */
    private static long events(GatewayServer server, Transactions store, int offices, int rate, int seconds,
            long[] commitMillis) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        long total = (long) rate * seconds;
        long start = System.nanoTime();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int t = 0; t < WRITERS; t++) {
            writers.execute(() -> {
                for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    pace(start, i, rate);
                    String office = office((int) (i % offices));
                    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                    String id = "bench-" + i;
                    store.write(c -> store.appendEvent(c, office, "document.arrived", now, id, "BENCH.CSV",
                            Map.of()));
                    commitMillis[(int) i] = Instant.now().toEpochMilli() - now.toEpochMilli();
                    server.notifications().wake();
                }
            });
        }
        writers.shutdown();
        writers.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        return Math.min(next.get(), total);
    }

    private static void pace(long start, long i, int rate) {
        long due = start + i * 1_000_000_000L / rate;
        long wait = due - System.nanoTime();
        if (wait > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(wait);
        }
    }
}
