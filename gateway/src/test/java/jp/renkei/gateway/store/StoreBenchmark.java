package jp.renkei.gateway.store;

import static jp.renkei.gateway.store.StoreFixture.CARE;
import static jp.renkei.gateway.store.StoreFixture.HOME_HELP;
import static jp.renkei.gateway.store.StoreFixture.plan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.renkei.gateway.mailbox.UploadOutcome;
import jp.renkei.gateway.mailbox.UploadValidation;
import jp.renkei.protocol.name.FileName;
import jp.renkei.protocol.validate.BatchReport;
import jp.renkei.protocol.validate.FileReport;
import jp.renkei.protocol.validate.Validator;

/**
 * Durable upload throughput: N callers each uploading valid 8 KB files through {@code Exchange.upload}, with group
 * commit (batch limit 256) and with one transaction per upload (batch limit 1); once with validation skipped (the
 * store alone: encryption, SQL, fsync) and once with the real validator. Not a test: run with
 * {@code java -cp ... jp.renkei.gateway.store.StoreBenchmark [callers] [uploadsPerCaller]}.
 */
final class StoreBenchmark {

    private StoreBenchmark() {
    }

    /** Accepts every file without reading it, so only the store is measured. */
    private static final class NoValidation implements UploadValidation {
        private final UploadValidation names = UploadValidation.standard();

        @Override
        public FileReport validateFile(String name, byte[] content) {
            return new FileReport(name, null, "202407", 0, List.of(), 0);
        }

        @Override
        public BatchReport validateBatch(List<Validator.Named> files, String lastAcceptedSequence) {
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
        run("warm-up", UploadValidation.standard(), callers, Math.max(1, each / 4), 256);
        for (boolean validate : new boolean[] {false, true}) {
            UploadValidation validation = validate ? UploadValidation.standard() : new NoValidation();
            String label = validate ? "exchange" : "store";
            for (int batchLimit : new int[] {256, 1}) {
                run(label, validation, callers, each, batchLimit);
            }
        }
    }

    private static void run(String label, UploadValidation validation, int callers, int each, int batchLimit)
            throws Exception {
        Path dir = Files.createTempDirectory("renkei-bench");
        StoreFixture fixture = new StoreFixture(dir);
        byte[] payload = payload();
        try (JdbcStore store = JdbcStore.open(fixture.config().withBatchLimit(batchLimit), fixture.clock,
                validation)) {
            StoreFixture.registerOffices(store);
            long commits = store.commits();
            long writes = store.writes();
            ExecutorService pool = Executors.newFixedThreadPool(callers);
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < callers; t++) {
                int thread = t;
                futures.add(pool.submit(() -> upload(store, thread, each, payload)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            long txns = store.commits() - commits;
            int uploads = callers * each;
            System.out.printf("%-8s batchLimit=%-3d callers=%d uploads=%d x %d B: %6.2f s, %5.0f uploads/s,"
                    + " %4d transactions (%.1f uploads each)%n", label, batchLimit, callers, uploads,
                    payload.length, seconds, uploads / seconds, txns, (store.writes() - writes) / (double) txns);
        }
    }

    /** A valid DLT1KYO body of about 8 KB: one plan deletion per user. */
    private static byte[] payload() {
        StringBuilder csv = new StringBuilder();
        for (int user = 1; csv.length() < 8 * 1024 - 40; user++) {
            csv.append("202407,131001,").append(String.format("%010d", user)).append(",20250401\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void upload(JdbcStore store, int thread, int each, byte[] payload) {
        for (int i = 0; i < each; i++) {
            String seq = String.format("2025%02d%08d", thread + 1, i);
            UploadOutcome o = store.exchange().upload(CARE, plan(HOME_HELP, seq), payload, "bench");
            if (!(o instanceof UploadOutcome.Created)) {
                throw new IllegalStateException("not created: " + o);
            }
        }
    }
}
