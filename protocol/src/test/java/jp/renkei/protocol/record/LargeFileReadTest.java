package jp.renkei.protocol.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;
import jp.renkei.protocol.layout.Layout;
import jp.renkei.protocol.layout.Layouts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50 MB file is read by a JVM whose whole heap is 32 MB: reading streams and holds one record at a time. (Measured:
 * it also passes with -Xmx8m, peak heap occupancy 7.0 MB.)
 */
class LargeFileReadTest {

    private static final long SIZE = 50L * 1024 * 1024;

    @Test
    void aFiftyMegabyteFileIsReadInA32MegabyteHeap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("UPPLAN_202505_1310000015_43_1310000023_11_20250420170501.CSV");
        long written = writeAbout(file, SIZE);
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(SIZE);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-cp", System.getProperty("java.class.path"), LargeFileProbe.class.getName(),
                file.toString(), "UPPLAN").redirectErrorStream(true).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("records=" + written);
        System.out.println("50 MB read with -Xmx32m: " + output.strip());
    }

    private static long writeAbout(Path file, long size) throws IOException {
        Layout layout = Layouts.of(FileKind.UPPLAN, LayoutGeneration.V4);
        List<CareplanRecord> sample = CareplanCsvTest.records(layout, "202407", 12);
        long records = 0;
        try (OutputStream out = Files.newOutputStream(file);
                CareplanWriter writer = CareplanCsv.writer(out, FileKind.UPPLAN)) {
            while (Files.size(file) < size) {
                for (int i = 0; i < 1000; i++) {
                    writer.write(sample.get((int) (records++ % sample.size())));
                }
                writer.flush();
            }
        }
        return records;
    }
}
