package jp.renkei.gateway.store;

import static jp.renkei.gateway.store.StoreFixture.CARE;
import static jp.renkei.gateway.store.StoreFixture.HOME_HELP;
import static jp.renkei.gateway.store.StoreFixture.plan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.renkei.gateway.mailbox.UploadOutcome;
import jp.renkei.gateway.mailbox.UploadValidation;
import jp.renkei.protocol.name.FileName;
import jp.renkei.protocol.validate.BatchReport;
import jp.renkei.protocol.validate.FileReport;
import jp.renkei.protocol.validate.RecordTap;
import jp.renkei.protocol.validate.Validator;

/**
 * Durable upload throughput and latency: N callers each uploading valid 8 KB files through {@code Exchange.upload};
 * on SQLite with group commit (batch limit 256, the reference) and with one transaction per upload (batch limit 1),
 * and on PostgreSQL (the local server, as in the tests) with one node and with two nodes on one database; once with
 * validation skipped (the store alone: encryption, SQL, commit) and once with the real validator. Not a test: run
 * with {@code java -cp ... jp.renkei.gateway.store.StoreBenchmark [callers] [uploadsPerCaller]}.
 */
final class StoreBenchmark {

    private StoreBenchmark() {
    }

    /** Accepts every file without reading it, so only the store is measured. */
    private static final class NoValidation implements UploadValidation {
        private final UploadValidation names = UploadValidation.standard();

        @Override
        public FileReport validateFile(String name, byte[] content, RecordTap tap) {
            return new FileReport(name, null, "202407", 0, List.of(), 0);
        }

        @Override
        public BatchReport validateBatch(List<Validator.Named> files, String lastAcceptedSequence,
                Function<String, RecordTap> taps) {
            throw new UnsupportedOperationException("single uploads only");
        }

        @Override
        public Optional<FileName> parseName(String fileName) {
            return names.parseName(fileName);
        }
    }

    public static void main(String[] args) throws Exception {
        int callers = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int each = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        boolean postgres = TestDatabase.POSTGRESQL.reachable();
        if (!postgres) {
            System.out.println("PostgreSQL is not reachable at " + TestDatabase.BASE_URL + ": SQLite only");
        }
        run("warm-up", TestDatabase.SQLITE, 1, UploadValidation.standard(), callers, Math.max(1, each / 4), 256);
        if (postgres) {
            run("warm-up", TestDatabase.POSTGRESQL, 1, UploadValidation.standard(), callers, Math.max(1, each / 4),
                    256);
        }
        for (boolean validate : new boolean[] {false, true}) {
            UploadValidation validation = validate ? UploadValidation.standard() : new NoValidation();
            String label = validate ? "exchange" : "store";
            double reference = run(label, TestDatabase.SQLITE, 1, validation, callers, each, 256);
            run(label, TestDatabase.SQLITE, 1, validation, callers, each, 1);
            if (postgres) {
                double one = run(label, TestDatabase.POSTGRESQL, 1, validation, callers, each, 256);
                double two = run(label, TestDatabase.POSTGRESQL, 2, validation, callers, each, 256);
                System.out.printf("%-8s PostgreSQL / SQLite: %.2f; two PostgreSQL nodes / one: %.2f%n", label,
                        one / reference, two / one);
            }
        }
    }

    /**
     * {@code callers} threads upload {@code each} files, spread over {@code nodes} stores on one database (each its
     * own writer and connections, as separate gateway processes would have); returns uploads per second.
     */
    private static double run(String label, TestDatabase database, int nodes, UploadValidation validation,
            int callers, int each, int batchLimit) throws Exception {
        Path dir = Files.createTempDirectory("renkei-bench");
        StoreFixture fixture = new StoreFixture(dir, database);
        byte[] payload = payload();
        List<JdbcStore> stores = new ArrayList<>();
        try {
            for (int n = 0; n < nodes; n++) {
                stores.add(JdbcStore.open(fixture.config().withBatchLimit(batchLimit), fixture.clock, validation));
            }
            StoreFixture.registerOffices(stores.get(0));
            long commits = stores.stream().mapToLong(JdbcStore::commits).sum();
            long writes = stores.stream().mapToLong(JdbcStore::writes).sum();
            long[] latencies = new long[callers * each];
            long written = bytesWritten();
            long writerCpu = writerCpuNanos();
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < callers; t++) {
                int thread = t;
                JdbcStore store = stores.get(t % nodes);
                futures.add(pool.submit(() -> upload(store, thread, each, payload, latencies)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            long txns = stores.stream().mapToLong(JdbcStore::commits).sum() - commits;
            double writtenPerUpload = (bytesWritten() - written) / (double) (callers * each);
            double writerMicros = (writerCpuNanos() - writerCpu) / 1e3 / (callers * each);
            long requests = stores.stream().mapToLong(JdbcStore::writes).sum() - writes;
            int uploads = callers * each;
            Arrays.sort(latencies);
            System.out.printf("%-8s %-10s nodes=%d batchLimit=%-3d callers=%d uploads=%d x %d B: %6.2f s,"
                    + " %5.0f uploads/s, latency p50 %.1f ms p99 %.1f ms, %4d transactions (%.1f writes each),"
                    + " per upload %.1f KB written, %.0f us of writer CPU%n",
                    label, database, nodes, batchLimit, callers, uploads, payload.length, seconds, uploads / seconds,
                    latencies[uploads / 2] / 1e6, latencies[(int) (uploads * 0.99)] / 1e6, txns,
                    requests / (double) txns, writtenPerUpload / 1024, writerMicros);
            return uploads / seconds;
        } finally {
            stores.forEach(JdbcStore::close);
            deleteTree(dir);
        }
    }

    /** Removes the run's data directory (a run leaves tens of megabytes). */
    private static void deleteTree(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Bytes this process has written through system calls (files and sockets), from /proc; 0 elsewhere. */
    private static long bytesWritten() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
                if (line.startsWith("wchar:")) {
                    return Long.parseLong(line.substring(6).trim());
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux: the figure reads 0
        }
        return 0;
    }

    /** CPU time of the store writer threads so far. */
    private static long writerCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (java.lang.management.ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (t != null && t.getThreadName().equals("store-writer")) {
                total += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
            }
        }
        return total;
    }

    /** A valid DLT1KYO body of about 8 KB: one plan deletion per user. */
    private static byte[] payload() {
        StringBuilder csv = new StringBuilder();
        for (int user = 1; csv.length() < 8 * 1024 - 40; user++) {
            csv.append("202407,131001,").append(String.format("%010d", user)).append(",20250401\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void upload(JdbcStore store, int thread, int each, byte[] payload, long[] latencies) {
        for (int i = 0; i < each; i++) {
            String seq = String.format("2025%02d%08d", thread + 1, i);
            long began = System.nanoTime();
            UploadOutcome o = store.exchange().upload(CARE, plan(HOME_HELP, seq), payload, "bench");
            latencies[thread * each + i] = System.nanoTime() - began;
            if (!(o instanceof UploadOutcome.Created)) {
                throw new IllegalStateException("not created: " + o);
            }
        }
    }
}
