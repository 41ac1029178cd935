package jp.renkei.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.record.CareplanCsv;
import jp.renkei.protocol.record.CareplanRecord;
import jp.renkei.protocol.record.MalformedCsvException;
import jp.renkei.protocol.render.JapaneseFont;
import jp.renkei.protocol.render.JapaneseFontNotFoundException;
import jp.renkei.protocol.render.PlanKey;
import jp.renkei.protocol.render.WeeklyScheduleRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code renkei render}: a UP3KYO file as the printed 第3表 週間サービス計画表 (PDF, one page per plan). */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render a 第3表 (UP3KYO) file as the printed 週間サービス計画表 PDF, one page per plan.",
            "Exit codes: 0 written, 1 the input is not a readable UP3KYO (or UPHOSOKU) file, 2 usage,",
            "3 a file could not be read or written, or no Japanese font is installed."})
final class RenderCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.CSV", description = "the UP3KYO file (MS932)")
    private Path file;

    @Option(names = "--supplement", paramLabel = "UPHOSOKU.CSV",
            description = "the 利用者補足情報 of the same sending unit, for the users' names")
    private Path supplement;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.pdf", description = "the PDF to write")
    private Path output;

    @Option(names = "--font", paramLabel = "FONT.ttf", defaultValue = "${env:RENKEI_FONT}",
            description = "a TrueType font with Japanese glyphs (default: $RENKEI_FONT, else IPAex Gothic, "
                    + "IPA Gothic or Noto Sans CJK from the system)")
    private Path font;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<List<String>> rows = read(file, FileKind.UP3KYO);
            if (rows.isEmpty()) {
                err.println("renkei render: " + file + " holds no UP3KYO record");
                return RenkeiCommand.INVALID;
            }
            Map<PlanKey, String> names = supplement == null ? Map.of()
                    : WeeklyScheduleRenderer.userNames(read(supplement, FileKind.UPHOSOKU));
            byte[] pdf = new WeeklyScheduleRenderer(JapaneseFont.locate(font)).render(rows, names);
            Files.write(output, pdf);
            return 0;
        } catch (NotThatKindException | MalformedCsvException e) {
            err.println("renkei render: " + e.getMessage());
            return RenkeiCommand.INVALID;
        } catch (JapaneseFontNotFoundException e) {
            err.println("renkei render: " + e.getMessage());
            return RenkeiCommand.IO;
        } catch (NoSuchFileException e) {
            err.println("renkei render: no such file: " + e.getFile());
            return RenkeiCommand.IO;
        } catch (IOException e) {
            err.println("renkei render: " + e);
            return RenkeiCommand.IO;
        }
    }

    /**
     * The records of a file of {@code kind} as unquoted values. A file named as another kind is refused; a file
     * whose name follows no prefix (renamed by a user) is read as {@code kind}.
     */
    static List<List<String>> read(Path file, FileKind kind) throws IOException {
        Optional<FileKind> named = FileKind.matchPrefix(file.getFileName().toString().toUpperCase(Locale.ROOT));
        if (named.isPresent() && named.get() != kind) {
            throw new NotThatKindException(file + " is named as a " + named.get() + " file, not " + kind);
        }
        return CareplanCsv.read(Files.readAllBytes(file), kind).stream().map(CareplanRecord::v4Fields).toList();
    }

    /** The file's name says it holds another kind of records. */
    static final class NotThatKindException extends IOException {

        NotThatKindException(String message) {
            super(message);
        }
    }
}
