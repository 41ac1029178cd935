package jp.renkei.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.layout.ServiceKinds;
import jp.renkei.protocol.name.FileName;
import jp.renkei.protocol.name.FileNames;
import jp.renkei.protocol.record.CareplanCsv;
import jp.renkei.protocol.validate.BatchReport;
import jp.renkei.protocol.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void writesAMonthOfV4FilesIntoTheDirectory(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out");
        int code = run("generate", "--offices", "1", "--users", "6", "--month", "202506", "--seed", "4", "--out",
                target.toString());
        assertThat(code).as(err.toString()).isZero();
        List<Path> files = list(target);
        assertThat(files).extracting(p -> p.getFileName().toString())
                .anyMatch(n -> n.matches("UP1KYO_[0-9]{10}_43_[0-9]{10}_[0-9A-Z]{2}_[0-9]{14}\\.CSV"))
                .anyMatch(n -> n.startsWith("UP3KYO_"))
                .anyMatch(n -> n.startsWith("UPPLAN_202506_"))
                .anyMatch(n -> n.startsWith("UPJSK_202506_"));
        Path plan = files.stream().filter(p -> p.getFileName().toString().startsWith("UPPLAN_")).findFirst()
                .orElseThrow();
        assertThat(CareplanCsv.read(Files.readAllBytes(plan), FileKind.UPPLAN)).isNotEmpty();
        assertThat(out.toString()).contains(files.size() + " files").contains(target.toString());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theSameSeedWritesTheSameFiles(@TempDir Path dir) throws IOException {
        run("generate", "--users", "5", "--seed", "8", "--out", dir.resolve("a").toString());
        run("generate", "--users", "5", "--seed", "8", "--out", dir.resolve("b").toString());
        List<Path> a = list(dir.resolve("a"));
        assertThat(a).isNotEmpty();
        for (Path p : a) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(p.getFileName()))).isEqualTo(Files.readAllBytes(p));
        }
    }

    @Test
    void writesV3FilesOnRequest(@TempDir Path dir) throws IOException {
        int code = run("generate", "--csv-version", "202208", "--month", "202403", "--users", "4", "--out",
                dir.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(list(dir)).extracting(p -> p.getFileName().toString())
                .allMatch(n -> n.matches("[A-Z0-9]+(_[0-9]{6})?_[0-9]{10}_[0-9]{10}_[0-9]{14}\\.CSV"))
                .noneMatch(n -> n.startsWith("UP3KYO"));
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir Path dir) {
        String target = dir.toString();
        assertThat(run("generate", "--month", "2025-05", "--out", target)).isEqualTo(RenkeiCommand.USAGE);
        assertThat(err.toString()).contains("YYYYMM");
        assertThat(run("generate", "--month", "202513", "--out", target)).isEqualTo(RenkeiCommand.USAGE);
        assertThat(run("generate", "--csv-version", "202003", "--out", target)).isEqualTo(RenkeiCommand.USAGE);
        assertThat(run("generate", "--csv-version", "202208", "--month", "202505", "--out", target))
                .isEqualTo(RenkeiCommand.USAGE);
        assertThat(run("generate", "--users", "0", "--out", target)).isEqualTo(RenkeiCommand.USAGE);
        assertThat(run("generate", "--users", "3")).isEqualTo(RenkeiCommand.USAGE);
        assertThat(list(dir)).isEmpty();
    }

    @Test
    void givenNumbersAddressEveryFileBetweenThoseOfficesAndTheFilesStayValid(@TempDir Path dir) throws IOException {
        List<String> demo = List.of("1310000043", "1310000011", "1310000015");
        int code = run("generate", "--offices", "1", "--service-offices", "2", "--users", "6", "--numbers",
                String.join(",", demo), "--out", dir.toString());
        assertThat(code).as(err.toString()).isZero();

        List<Validator.Named> files = new ArrayList<>();
        for (Path p : list(dir)) {
            files.add(new Validator.Named(p.getFileName().toString(), Files.readAllBytes(p)));
        }
        assertThat(files).isNotEmpty().allSatisfy(f -> {
            FileName name = FileNames.parse(f.name(), ServiceKinds.defaults()).name();
            assertThat(demo).as(f.name()).contains(name.sender(), name.recipient());
        });
        assertThat(files).extracting(Validator.Named::name).anyMatch(n -> n.contains("_1310000043_43_1310000011_11_"))
                .anyMatch(n -> n.contains("_1310000043_43_1310000015_15_"))
                .anyMatch(n -> n.startsWith("UPJSK_202505_1310000011_11_1310000043_43_"));
        BatchReport report = new Validator().validateBatch(files, null);
        assertThat(report.units()).allSatisfy(u -> assertThat(u.accepted()).as(u.files().toString()).isTrue());
    }

    @Test
    void badNumbersAreUsageErrors(@TempDir Path dir) {
        String target = dir.toString();
        assertThat(run("generate", "--numbers", "131000004", "--out", target)).isEqualTo(RenkeiCommand.USAGE);
        assertThat(err.toString()).contains("10 digits, not 131000004");
        assertThat(run("generate", "--numbers", "1310000043,1310000043", "--out", target))
                .isEqualTo(RenkeiCommand.USAGE);
        assertThat(err.toString()).contains("its own number");
        assertThat(run("generate", "--offices", "1", "--service-offices", "1", "--numbers",
                "1310000043,1310000011,1310000015", "--out", target)).isEqualTo(RenkeiCommand.USAGE);
        assertThat(err.toString()).contains("names 3 offices, but only 2 are generated");
        assertThat(list(dir)).isEmpty();
    }

    @Test
    void anUnwritableOutputIsAnIoError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        assertThat(run("generate", "--users", "2", "--out", file.toString())).isEqualTo(RenkeiCommand.IO);
        assertThat(err.toString()).contains("cannot write");
    }

    private int run(String... args) {
        CommandLine cli = RenkeiCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
