package jp.renkei.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import jp.renkei.protocol.generate.SizedPlanFile;
import jp.renkei.protocol.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code renkei bench validate}: validation speed on generated UPPLAN files of about 1 KB, 100 KB and 50 MB, beside
 * the floor measured in the same run (MS932 decoding and field splitting, {@link Floor}). Each size is warmed up,
 * then measured several times, floor and validation alternating so that both see the same machine load; the
 * medians are reported. Small files are validated many times per measurement so that each lasts long enough to time.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validation MB/s and records/s beside the floor (decode MS932 + split fields).")
final class BenchValidateCommand implements Callable<Integer> {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Option(names = "--sizes", split = ",", defaultValue = "1k,100k,50m",
            description = "File sizes, with k or m suffix (default: ${DEFAULT-VALUE}).")
    List<String> sizes;

    @Option(names = "--iterations", defaultValue = "5",
            description = "Measured iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--warmup", defaultValue = "3", description = "Warm-up iterations (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--dir", description = "Where to write the generated files (default: a temporary directory).")
    Path dir;

    @Option(names = "--work", defaultValue = "20m", description = "Bytes validated per measurement: small files "
            + "are validated repeatedly up to this much, so that a measurement lasts long enough (default: "
            + "${DEFAULT-VALUE}).")
    String work;

    @Option(names = "--cpu", description = "Time by this thread's CPU time instead of the wall clock: steadier on a "
            + "shared machine, where the wall clock also measures the other tenants.")
    boolean cpu;

    @Spec
    CommandSpec spec;

    /** One size's figures: medians over the iterations. */
    private record Result(String size, long bytes, long records, double floorMbps, double validateMbps) {

        double ratio() {
            return validateMbps / floorMbps;
        }

        double recordsPerSecond(double mbps) {
            return records * mbps * 1e6 / bytes;
        }
    }

    @Override
    public Integer call() throws IOException {
        for (String size : concat(sizes, work)) {
            if (!size.trim().matches("[0-9]{1,9}[kKmM]?")) {
                throw new ParameterException(spec.commandLine(), "not a size: '" + size + "' (e.g. 1k, 100k, 50m)");
            }
        }
        if (cpu && !THREADS.isCurrentThreadCpuTimeSupported()) {
            throw new ParameterException(spec.commandLine(), "--cpu: this JVM cannot measure thread CPU time");
        }
        if (iterations < 1 || warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--iterations must be at least 1, --warmup at least 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("renkei-bench");
        out.printf("bench validate: %d warm-up and %d measured iterations per size, medians, %s time%n", warmup,
                iterations, cpu ? "thread CPU" : "wall-clock");
        out.printf("%-6s %12s %9s %11s %11s %12s %12s %6s%n", "size", "bytes", "records", "floor MB/s",
                "valid. MB/s", "floor rec/s", "valid. rec/s", "ratio");
        ObjectNode summary = new ObjectMapper().createObjectNode().put("bench", "validate")
                .put("clock", cpu ? "cpu" : "wall");
        ArrayNode results = summary.putArray("results");
        for (String size : sizes) {
            Result r = measure(size, generate(work, size));
            out.printf("%-6s %,12d %,9d %11.1f %11.1f %,12.0f %,12.0f %6.2f%n", r.size(), r.bytes(), r.records(),
                    r.floorMbps(), r.validateMbps(), r.recordsPerSecond(r.floorMbps()),
                    r.recordsPerSecond(r.validateMbps()), r.ratio());
            out.flush();
            results.addObject().put("size", r.size()).put("bytes", r.bytes()).put("records", r.records())
                    .put("floorMBps", round(r.floorMbps())).put("validateMBps", round(r.validateMbps()))
                    .put("floorRecordsPerSecond", Math.round(r.recordsPerSecond(r.floorMbps())))
                    .put("validateRecordsPerSecond", Math.round(r.recordsPerSecond(r.validateMbps())))
                    .put("ratio", round(r.ratio()));
        }
        out.println(summary);
        out.flush();
        return 0;
    }

    private static Path generate(Path work, String size) throws IOException {
        SizedPlanFile plan = new SizedPlanFile(1);
        Path file = Files.createDirectories(work.resolve(size)).resolve(plan.fileName());
        try (OutputStream out = Files.newOutputStream(file)) {
            plan.writeTo(out, bytes(size));
        }
        return file;
    }

    private Result measure(String size, Path file) throws IOException {
        long bytes = Files.size(file);
        int repeat = (int) Math.max(1, bytes(work) / Math.max(1, bytes));
        Validator validator = new Validator();
        long records = validator.validateFile(file).records();
        for (int i = 0; i < warmup; i++) {
            time(() -> Floor.run(file), repeat);
            time(() -> validator.validateFile(file), repeat);
        }
        double[] floor = new double[iterations];
        double[] validate = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            floor[i] = bytes * repeat / 1e6 / time(() -> Floor.run(file), repeat);
            validate[i] = bytes * repeat / 1e6 / time(() -> validator.validateFile(file), repeat);
        }
        return new Result(size, bytes, records, median(floor), median(validate));
    }

    /** A measured action. */
    @FunctionalInterface
    private interface Action {
        Object run() throws IOException;
    }

    /** Seconds taken by {@code repeat} runs. */
    private double time(Action action, int repeat) throws IOException {
        long start = now();
        for (int i = 0; i < repeat; i++) {
            if (action.run() == null) {
                throw new IllegalStateException("no result");
            }
        }
        return Math.max(1, now() - start) / 1e9;
    }

    private long now() {
        return cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static List<String> concat(List<String> list, String one) {
        List<String> all = new ArrayList<>(list);
        all.add(one);
        return all;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** {@code 1k} = 1,000 bytes, {@code 50m} = 50,000,000 bytes; a plain number is bytes. */
    static long bytes(String size) {
        String s = size.trim().toLowerCase(Locale.ROOT);
        long unit = s.endsWith("k") ? 1_000 : s.endsWith("m") ? 1_000_000 : 1;
        String digits = unit == 1 ? s : s.substring(0, s.length() - 1);
        return Long.parseLong(digits) * unit;
    }
}
