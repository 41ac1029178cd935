package jp.renkei.tools;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.render.JapaneseFont;
import jp.renkei.protocol.render.WeeklyScheduleRenderer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code renkei bench render}: how fast a one-page 第3表 renders, cold and warm, beside LibreOffice converting the
 * same CSV in the same run. Wall-clock figures depend on what else the machine runs; thread CPU time is printed too.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Measure 第3表 PDF rendering (ms per page, pages per second) against LibreOffice headless.")
final class BenchRenderCommand implements Callable<Integer> {

    @Option(names = "--file", paramLabel = "UP3KYO.CSV",
            description = "a one-plan UP3KYO file (default: a sample week)")
    private Path file;

    @Option(names = "--iterations", defaultValue = "1000", description = "measured renders (default ${DEFAULT-VALUE})")
    private int iterations;

    @Option(names = "--warmup", defaultValue = "300",
            description = "renders before measuring (default ${DEFAULT-VALUE})")
    private int warmup;

    @Option(names = "--libreoffice-runs", defaultValue = "3",
            description = "LibreOffice conversions, 0 to skip (default ${DEFAULT-VALUE})")
    private int libreOfficeRuns;

    @Option(names = "--font", paramLabel = "FONT.ttf", defaultValue = "${env:RENKEI_FONT}",
            description = "the Japanese TrueType font (default: $RENKEI_FONT, else the system's)")
    private Path font;

    @Option(names = "--search-path", hidden = true, defaultValue = "${env:PATH}",
            description = "where to look for LibreOffice (default: $PATH)")
    private String searchPath;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("renkei-bench");
        Path csv = file != null ? file : SampleWeek.write(dir);
        List<List<String>> rows = RenderCommand.read(csv, FileKind.UP3KYO);
        long coldStart = System.nanoTime();
        WeeklyScheduleRenderer renderer = new WeeklyScheduleRenderer(JapaneseFont.locate(font));
        byte[] first = renderer.render(rows, Map.of());
        double coldMs = (System.nanoTime() - coldStart) / 1e6;
        int pages = pageCount(first);
        Timings warm = measure(renderer, rows);
        out.printf("第3表 PDF rendering (%s, %d page(s) per document, %d bytes)%n", csv.getFileName(), pages,
                first.length);
        out.printf("  cold (first render in this JVM, font load included): %.1f ms%n", coldMs);
        out.printf("  warm wall clock: median %.2f ms, p90 %.2f ms per document over %d renders%n",
                warm.median(warm.wall), warm.p90(warm.wall), iterations);
        out.printf("  warm thread CPU: median %.2f ms, p90 %.2f ms%n", warm.median(warm.cpu), warm.p90(warm.cpu));
        out.printf("  single thread: %.0f pages per second (wall clock); %.0f per CPU-second%n",
                pages * iterations / (Arrays.stream(warm.wall).sum() / 1e3),
                pages * iterations / (Arrays.stream(warm.cpu).sum() / 1e3));
        try {
            libreOffice(out, csv, dir, warm.median(warm.wall) / pages);
        } finally {
            out.flush();
            delete(dir);
        }
        return 0;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private Timings measure(WeeklyScheduleRenderer renderer, List<List<String>> rows) {
        for (int i = 0; i < warmup; i++) {
            renderer.render(rows, Map.of());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] wall = new double[iterations];
        double[] cpu = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            renderer.render(rows, Map.of());
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        return new Timings(wall, cpu);
    }

    /** Per-render times in milliseconds. */
    private record Timings(double[] wall, double[] cpu) {

        double median(double[] times) {
            return percentile(times, 0.5);
        }

        double p90(double[] times) {
            return percentile(times, 0.9);
        }

        private static double percentile(double[] times, double p) {
            double[] sorted = times.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
        }
    }

    private void libreOffice(PrintWriter out, Path csv, Path dir, double renkeiMsPerPage)
            throws IOException, InterruptedException {
        Optional<Path> office = onPath("libreoffice").or(() -> onPath("soffice"));
        if (office.isEmpty()) {
            out.println("LibreOffice: not found on PATH (install libreoffice-calc-nogui to compare)");
            return;
        }
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < libreOfficeRuns; i++) {
            runs.add(convert(office.get(), csv, dir));
        }
        if (runs.isEmpty()) {
            return;
        }
        List<Double> sorted = new ArrayList<>(runs);
        sorted.sort(Double::compare);
        double median = sorted.get(sorted.size() / 2);
        out.printf("LibreOffice headless --convert-to pdf (same CSV): runs %s ms, median %.0f ms%n",
                runs.stream().map(ms -> String.format("%.0f", ms)).toList(), median);
        out.printf("  Renkei warm is %.0f times faster per page (median against median)%n", median / renkeiMsPerPage);
    }

    /** One conversion in a fresh process with its own profile directory, as a server would run it. */
    private static double convert(Path office, Path csv, Path dir) throws IOException, InterruptedException {
        Path profile = dir.resolve("lo-profile");
        ProcessBuilder builder = new ProcessBuilder(office.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--infilter=CSV:44,34,64", "--convert-to", "pdf", "--outdir", dir.toString(),
                csv.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("lo.log").toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("LibreOffice did not finish within 120 s");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private Optional<Path> onPath(String command) {
        return searchPath == null ? Optional.empty() : Arrays.stream(searchPath.split(File.pathSeparator))
                .map(dir -> Path.of(dir, command)).filter(Files::isExecutable).findFirst();
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }
}
