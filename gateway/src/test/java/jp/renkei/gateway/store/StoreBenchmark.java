package jp.renkei.gateway.store;

import static jp.renkei.gateway.store.StoreFixture.CARE;
import static jp.renkei.gateway.store.StoreFixture.HOME_HELP;
import static jp.renkei.gateway.store.StoreFixture.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jp.renkei.gateway.mailbox.UploadOutcome;

/**
 * Durable upload throughput at the store level: N callers each uploading 8 KB payloads through
 * {@code Exchange.upload}, with group commit (batch limit 256) and with one transaction per upload (batch limit 1).
 * Not a test: run with {@code java -cp ... jp.renkei.gateway.store.StoreBenchmark [callers] [uploadsPerCaller]}.
 */
final class StoreBenchmark {

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int callers = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int each = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        for (int batchLimit : new int[] {256, 1, 256, 1}) {
            run(callers, each, batchLimit);
        }
    }

    private static void run(int callers, int each, int batchLimit) throws Exception {
        Path dir = Files.createTempDirectory("renkei-bench");
        StoreFixture fixture = new StoreFixture(dir);
        byte[] payload = new byte[8 * 1024];
        Arrays.fill(payload, (byte) 'x');
        try (SqliteStore store = fixture.open(fixture.config().withBatchLimit(batchLimit))) {
            StoreFixture.registerOffices(store);
            long commits = store.commits();
            long writes = store.writes();
            AtomicInteger created = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < callers; t++) {
                int thread = t;
                futures.add(pool.submit(() -> upload(store, thread, each, payload, created)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            long txns = store.commits() - commits;
            System.out.printf("batchLimit=%-4d callers=%d uploads=%d time=%.2fs -> %.0f uploads/s,"
                    + " %d transactions (%.1f writes each)%n", batchLimit, callers, created.get(), seconds,
                    created.get() / seconds, txns, (store.writes() - writes) / (double) txns);
        }
    }

    private static void upload(SqliteStore store, int thread, int each, byte[] payload, AtomicInteger created) {
        for (int i = 0; i < each; i++) {
            byte[] content = payload.clone();
            String seq = String.format("2025%02d%08d", thread + 1, i);
            System.arraycopy(seq.getBytes(), 0, content, 0, seq.length());
            UploadOutcome o = store.exchange().upload(CARE, plan(HOME_HELP, seq), content, "bench");
            if (o instanceof UploadOutcome.Created) {
                created.incrementAndGet();
            }
        }
    }
}
