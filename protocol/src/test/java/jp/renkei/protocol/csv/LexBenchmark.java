package jp.renkei.protocol.csv;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.util.Random;

/**
 * Throughput of the byte scan and the lexer on a synthetic 50 MB MS932 file of 第6表-like records, beside the JDK
 * decoder with a naive line-and-comma split. Not a test (surefire does not run it); start it with
 * {@code java -cp protocol/target/test-classes:protocol/target/classes jp.renkei.protocol.csv.LexBenchmark}.
 */
public final class LexBenchmark {

    private static final Charset MS932 = Charset.forName("windows-31j");

    private LexBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        byte[] file = sample(megabytes << 20);
        System.out.printf("file: %.1f MB%n", file.length / 1e6);
        for (int round = 0; round < 5; round++) {
            time("jdk decode + naive split", file, () -> naive(file));
            time("byte scan", file, () -> ByteScan.scan(file, (r, i, l, o, m, j) -> { }).bytes());
            time("lexer", file, () -> CsvLexer.lex(file, (r, i, l, o, m, j) -> { }, r -> { }).records());
            time("lexer from a stream", file, () -> CsvLexer.lex(new ByteArrayInputStream(file),
                    (r, i, l, o, m, j) -> { }, r -> { }).records());
            time("scan + lexer", file, () -> ByteScan.scan(file, (r, i, l, o, m, j) -> { }).bytes()
                    + CsvLexer.lex(file, (r, i, l, o, m, j) -> { }, r -> { }).records());
        }
    }

    private interface Work {
        long run() throws IOException;
    }

    /** Prints wall-clock and thread-CPU throughput: on a shared machine the CPU figure is the steadier one. */
    private static void time(String what, byte[] file, Work work) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long result = work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        System.out.printf("%-26s %7.1f MB/s wall %7.1f MB/s cpu  (%d)%n", what, file.length / 1e6 / seconds,
                file.length / 1e6 / cpuSeconds, result);
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
        while (out.length() * 3 / 2 < size) {
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
