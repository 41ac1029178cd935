package jp.renkei.gateway.mailbox;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.renkei.gateway.metering.Linkage;
import jp.renkei.protocol.generate.SizedPlanFile;
import jp.renkei.protocol.layout.ServiceKinds;
import jp.renkei.protocol.name.FileName;
import jp.renkei.protocol.name.FileNames;
import jp.renkei.protocol.validate.Validator;

/**
 * The CPU an accepted upload spends in our own code on a {@code db} thread, outside the store: validation, the users
 * metering reads from the file ({@link Linkage#of}), the content's SHA-256 and the file-name parse, each beside the
 * floor (decoding the file as MS932 with the JDK and splitting it into field strings) measured in the same rounds, so
 * that the ratios hold on a shared machine. The documents are those of {@code renkei bench exchange}: 8 KB 第6表 of
 * 240 office pairs. Not a test: run with
 * {@code java -cp gateway/target/test-classes:gateway/target/renkei-gateway.jar
 * jp.renkei.gateway.mailbox.UploadCpuBenchmark [rounds] [calls per round] [bytes]}. Prints, per part, the median
 * thread CPU time and allocation per call over the second half of the rounds, and its ratio to the floor.
 */
final class UploadCpuBenchmark {

    private static final Charset MS932 = Charset.forName("windows-31j");
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final List<String> names = new ArrayList<>();
    private final List<FileName> parsed = new ArrayList<>();
    private final List<byte[]> documents = new ArrayList<>();
    private final Validator validator = new Validator();
    private final ServiceKinds kinds = ServiceKinds.defaults();
    private int next;
    private long checksum;

    private UploadCpuBenchmark(int bytes) {
        for (int s = 0; s < 16; s++) {
            for (int r = 0; r < 16; r++) {
                if (r != s) {
                    SizedPlanFile plan = new SizedPlanFile(s * 7919L + r, Long.toString(1390000001L + s),
                            Long.toString(1390000001L + r));
                    names.add(plan.fileName("20250401000000"));
                    parsed.add(FileNames.parse(names.get(names.size() - 1), kinds).name());
                    documents.add(plan.bytes(bytes));
                }
            }
        }
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        UploadCpuBenchmark bench = new UploadCpuBenchmark(args.length > 2 ? Integer.parseInt(args[2]) : 8192);
        Map<String, Runnable> parts = new LinkedHashMap<>();
        parts.put("floor", bench::floor);
        parts.put("validation", bench::validation);
        parts.put("linkage", bench::linkage);
        parts.put("sha256", bench::sha256);
        parts.put("name", bench::name);
        bench.run(parts, rounds, calls);
    }

    private void run(Map<String, Runnable> parts, int rounds, int calls) {
        Map<String, double[]> cpu = new LinkedHashMap<>();
        Map<String, double[]> allocated = new LinkedHashMap<>();
        parts.keySet().forEach(p -> {
            cpu.put(p, new double[rounds]);
            allocated.put(p, new double[rounds]);
        });
        long thread = Thread.currentThread().getId();
        for (int round = -rounds / 2; round < rounds; round++) {
            for (Map.Entry<String, Runnable> part : parts.entrySet()) {
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                long bytes0 = THREADS.getThreadAllocatedBytes(thread);
                for (int i = 0; i < calls; i++) {
                    part.getValue().run();
                }
                if (round >= 0) {
                    cpu.get(part.getKey())[round] = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e3 / calls;
                    allocated.get(part.getKey())[round] = (THREADS.getThreadAllocatedBytes(thread) - bytes0)
                            / (double) calls;
                }
            }
        }
        double floor = median(cpu.get("floor"));
        System.out.printf("document %,d bytes; %d rounds of %d calls after %d warm-up rounds; medians%n",
                documents.get(0).length, rounds, calls, rounds / 2);
        for (String part : parts.keySet()) {
            double us = median(cpu.get(part));
            System.out.printf("%-10s %8.1f us CPU  %5.2f of the floor  %,9.0f bytes allocated%n", part, us,
                    us / floor, median(allocated.get(part)));
        }
        System.out.println("(checksum " + checksum + ")");
    }

    private void floor() {
        int i = next++ % documents.size();
        for (String line : new String(documents.get(i), MS932).split("\r\n")) {
            for (String field : line.split(",", -1)) {
                checksum += field.hashCode();
            }
        }
    }

    private void validation() {
        int i = next++ % documents.size();
        var report = validator.validateFile(names.get(i), documents.get(i));
        if (!report.valid()) {
            throw new IllegalStateException("the benchmark's document is invalid: " + report.findings());
        }
        checksum += report.records();
    }

    private void linkage() {
        int i = next++ % documents.size();
        checksum += Linkage.of(parsed.get(i), documents.get(i)).users().size();
    }

    private void sha256() {
        checksum += MailboxService.sha256(documents.get(next++ % documents.size())).length();
    }

    private void name() {
        checksum += FileNames.parse(names.get(next++ % names.size()), kinds).findings().size();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
