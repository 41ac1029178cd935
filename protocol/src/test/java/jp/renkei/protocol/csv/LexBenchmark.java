package jp.renkei.protocol.csv;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Throughput of the byte scan and the lexer on a synthetic MS932 file of 第6表-like records (50 MB by default),
 * beside the JDK decoder with a naive line-and-comma split. Not a test (surefire does not run it); start it with
 * {@code java -cp protocol/target/test-classes:protocol/target/classes jp.renkei.protocol.csv.LexBenchmark [MB]}.
 * Prints wall-clock and thread-CPU throughput per round and the best of all rounds: on a shared machine the CPU
 * figure is the steadier one.
 */
public final class LexBenchmark {

    private static final Charset MS932 = Charset.forName("windows-31j");
    private static final int ROUNDS = 8;
    private static final ProblemSink IGNORE = (r, i, l, o, m, j) -> { };

    private final Map<String, double[]> best = new LinkedHashMap<>();
    private final byte[] file;

    private LexBenchmark(byte[] file) {
        this.file = file;
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 1 && args[0].equals("stream")) {
            streamOnly(Integer.parseInt(args[1]));
            return;
        }
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        LexBenchmark bench = new LexBenchmark(sample(megabytes * 1_000_000));
        System.out.printf("file: %.1f MB%n", bench.file.length / 1e6);
        for (int round = 0; round < ROUNDS; round++) {
            bench.round();
        }
        System.out.println("best of " + ROUNDS + " rounds:");
        bench.best.forEach((what, b) -> System.out.printf("%-26s %7.1f MB/s wall %7.1f MB/s cpu%n", what, b[0], b[1]));
    }

    /**
     * Scans and lexes {@code megabytes} of records made on the fly, never held whole: run it with a small heap
     * (e.g. {@code -Xmx32m}) to see that memory stays bounded however long the file is.
     */
    private static void streamOnly(int megabytes) throws IOException {
        byte[] record = sample(1000);
        long total = (long) megabytes * 1_000_000;
        long start = System.nanoTime();
        ByteScan.Result scan = ByteScan.scan(repeat(record, total), IGNORE);
        long[] records = {0};
        CsvLexer.lex(repeat(record, total), IGNORE, r -> records[0]++);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d bytes scanned, %d records lexed in %.1f s (%.1f MB/s) with a max heap of %d MB%n",
                scan.bytes(), records[0], seconds, 2 * total / 1e6 / seconds,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static java.io.InputStream repeat(byte[] unit, long total) {
        return new java.io.InputStream() {
            private long position;

            @Override
            public int read() {
                return position < total ? unit[(int) (position++ % unit.length)] & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= total) {
                    return -1;
                }
                int at = (int) (position % unit.length);
                int n = (int) Math.min(Math.min(len, unit.length - at), total - position);
                System.arraycopy(unit, at, b, off, n);
                position += n;
                return n;
            }
        };
    }

    private void round() throws IOException {
        time("jdk decode + naive split", () -> naive(file));
        time("byte scan", () -> ByteScan.scan(file, IGNORE).bytes());
        time("lexer", () -> CsvLexer.lex(file, IGNORE, r -> { }).records());
        time("lexer from a stream", () -> CsvLexer.lex(new ByteArrayInputStream(file), IGNORE, r -> { }).records());
        time("scan + lexer", () -> ByteScan.scan(file, IGNORE).bytes()
                + CsvLexer.lex(file, IGNORE, r -> { }).records());
    }

    private interface Work {
        long run() throws IOException;
    }

    private void time(String what, Work work) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long result = work.run();
        double wall = file.length * 1e3 / (System.nanoTime() - start);
        double onCpu = file.length * 1e3 / (threads.getCurrentThreadCpuTime() - cpu);
        double[] b = best.computeIfAbsent(what, k -> new double[2]);
        b[0] = Math.max(b[0], wall);
        b[1] = Math.max(b[1], onCpu);
        System.out.printf("%-26s %7.1f MB/s wall %7.1f MB/s cpu  (%d)%n", what, wall, onCpu, result);
    }

    private static long naive(byte[] file) throws IOException {
        long fields = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(file), MS932))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                fields += line.split(",", -1).length;
            }
        }
        return fields;
    }

    /** UPPLAN-like v4 records: codes and numbers plain, names and free text quoted, some with line breaks. */
    static byte[] sample(int size) {
        Random random = new Random(1);
        String[] names = {"訪問介護ステーションさくら", "デイサービスひまわり", "株式会社髙橋福祉用具", "ｹｱｾﾝﾀｰ①"};
        StringBuilder out = new StringBuilder(size);
        int i = 0;
        while (out.length() * 5 / 4 < size) {
            out.append("202407,131016,").append(1000000000L + i % 5000).append(",20250420,202505,1310000015,")
               .append("\"山田　花子\",").append(random.nextInt(9999)).append(",,2025050").append(1 + i % 9)
               .append(",,0900,1000,1,11").append(1000 + random.nextInt(8999)).append(",,,\"")
               .append(i % 50 == 0 ? "手すり\r\n（玄関・浴室）" : "").append("\",,1310000023,\"")
               .append(names[i % names.length]).append("\",,0,1310000015,\r\n");
            i++;
        }
        return out.toString().getBytes(MS932);
    }
}
