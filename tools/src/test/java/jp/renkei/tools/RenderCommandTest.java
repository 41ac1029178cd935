package jp.renkei.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RenderCommandTest {

    private static final Charset MS932 = Charset.forName("windows-31j");
    private static final String NAME = "UP3KYO_1234567890_11_2345678901_43_20240401000001.CSV";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine command = RenkeiCommand.commandLine();
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        return command.execute(args);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(MS932));
        return file;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void writesThePdfOfASampleWeek() throws Exception {
        Path csv = SampleWeek.write(dir);
        Path pdf = dir.resolve("week.pdf");

        assertThat(run("render", csv.toString(), "-o", pdf.toString())).isZero();

        assertThat(text(pdf)).contains("週間サービス計画表", "訪問介護（身体介護）", "起床",
                "福祉用具貸与（車いす・特殊寝台・付属品）", "（被保険者番号 0000123456）");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void takesTheUsersNameFromTheSupplement() throws Exception {
        Path csv = SampleWeek.write(dir);
        Path supplement = write("UPHOSOKU_1234567890_11_2345678901_43_20240401000001.CSV",
                "202407,131016,0000123456,20240401,\"ヤマダ　ハナコ\",\"山田　花子\"" + ",".repeat(57) + "000000\r\n");
        Path pdf = dir.resolve("week.pdf");

        assertThat(run("render", csv.toString(), "--supplement", supplement.toString(), "-o", pdf.toString()))
                .isZero();

        assertThat(text(pdf)).contains("山田　花子").doesNotContain("（被保険者番号");
    }

    @Test
    void refusesAFileNamedAsAnotherKind() throws Exception {
        Path other = Files.copy(SampleWeek.write(dir), dir.resolve("UP2KYO_1234567890_2345678901_20240401000001.CSV"));

        assertThat(run("render", other.toString(), "-o", dir.resolve("x.pdf").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("UP2KYO");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void refusesRecordsThatAreNotUp3kyoRecords() throws Exception {
        Path csv = write(NAME, "202407,131016,0000123456,20240401\r\n");

        assertThat(run("render", csv.toString(), "-o", dir.resolve("x.pdf").toString())).isEqualTo(1);
    }

    @Test
    void refusesAFileWithNoRecords() throws Exception {
        Path csv = write(NAME, "");

        assertThat(run("render", csv.toString(), "-o", dir.resolve("x.pdf").toString())).isEqualTo(1);
    }

    @Test
    void reportsAMissingInputAsAnIoError() {
        assertThat(run("render", dir.resolve(NAME).toString(), "-o", dir.resolve("x.pdf").toString())).isEqualTo(3);
        assertThat(err.toString()).contains("no such file");
    }

    @Test
    void reportsAMissingFontWithThePackageToInstall() throws Exception {
        Path csv = SampleWeek.write(dir);

        int exit = run("render", csv.toString(), "--font", dir.resolve("none.ttf").toString(), "-o",
                dir.resolve("x.pdf").toString());

        assertThat(exit).isEqualTo(3);
        assertThat(err.toString()).contains("fonts-ipaexfont-gothic");
    }

    @Test
    void answersUsageErrorsWithExitCodeTwo() {
        assertThat(run("render", "only-input.csv")).isEqualTo(2);
        assertThat(err.toString()).contains("--output");
    }

    @Test
    void benchmarksAFewRendersWithoutLibreOffice() {
        int exit = run("bench", "render", "--iterations", "5", "--warmup", "2", "--search-path", dir.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("cold", "median", "pages per second", "LibreOffice: not found");
    }
}
