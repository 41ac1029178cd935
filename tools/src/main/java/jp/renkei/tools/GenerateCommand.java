package jp.renkei.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.concurrent.Callable;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.generate.CareplanGenerator;
import jp.renkei.protocol.generate.GeneratedFile;
import jp.renkei.protocol.generate.GeneratorConfig;
import jp.renkei.protocol.generate.SendingUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code renkei generate}: a month of realistic, valid synthetic files, deterministic from a seed. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a month of realistic, valid synthetic sending units (plan sets, 利用票 sets, 実績, "
                + "occasional deletions) into a directory, deterministic from the seed.",
            "Exit codes: 0 written, 2 usage, 3 the files could not be written."})
final class GenerateCommand implements Callable<Integer> {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuuMM")
            .withResolverStyle(ResolverStyle.STRICT);

    @Option(names = "--offices", defaultValue = "2", paramLabel = "N",
            description = "居宅介護支援事業所 (kind 43) (default: ${DEFAULT-VALUE})")
    private int offices;

    @Option(names = "--service-offices", paramLabel = "N",
            description = "service offices, kinds 11, 15, 17, 13, 78, 16, 14 in turn (default: 3 per 居宅, at least 7)")
    private Integer serviceOffices;

    @Option(names = "--users", defaultValue = "20", paramLabel = "N", description = "users (default: ${DEFAULT-VALUE})")
    private int users;

    @Option(names = "--month", paramLabel = "YYYYMM",
            description = "service-provision month (default: 202505 for 202407, 202412 for 202208)")
    private String month;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "random seed (default: 1)")
    private long seed;

    @Option(names = "--csv-version", defaultValue = "202407", paramLabel = "VERSION",
            description = "202407 (v4, months from 202504) or 202208 (v3, months 202301-202503)")
    private String csvVersion;

    @Option(names = "--numbers", split = ",", paramLabel = "NUMBER,...",
            description = {"office numbers to use, 居宅 first, then the service offices (kinds 11, 15, 17, 13, 78, 16,"
                + " 14 in turn); the rest are drawn. For a demo: --offices 1 --service-offices 2 --numbers"
                + " 1310000043,1310000011,1310000015"})
    private List<String> numbers = List.of();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory to write the files to")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        GeneratorConfig config = config();
        List<SendingUnit> units = new CareplanGenerator(config).generate(numbers());
        try {
            long[] written = write(units);
            spec.commandLine().getOut().printf("%d units, %d files, %d bytes written to %s%n", units.size(),
                    written[0], written[1], out);
            return 0;
        } catch (IOException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("renkei generate: cannot write to " + out + ": " + e);
            return RenkeiCommand.IO;
        }
    }

    /** Writes every file; returns the number of files and of bytes. */
    private long[] write(List<SendingUnit> units) throws IOException {
        long files = 0;
        long bytes = 0;
        Files.createDirectories(out);
        for (SendingUnit unit : units) {
            for (GeneratedFile f : unit.files()) {
                byte[] content = f.content();
                Files.write(out.resolve(f.name()), content);
                files++;
                bytes += content.length;
            }
        }
        return new long[] {files, bytes};
    }

    /** The options as a checked config; anything wrong is a usage error (exit 2). */
    private GeneratorConfig config() {
        CsvVersion version = CsvVersion.of(csvVersion).orElseThrow(() -> usage("unknown --csv-version " + csvVersion));
        try {
            YearMonth m = month == null ? GeneratorConfig.defaultMonth(version) : YearMonth.parse(month, MONTH);
            int services = serviceOffices != null ? serviceOffices : Math.max(7, 3 * offices);
            return new GeneratorConfig(offices, services, users, m, seed, version);
        } catch (DateTimeParseException e) {
            throw usage("--month must be YYYYMM, not " + month);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** The --numbers, checked: ten digits each, no repeats, no more than there are offices. */
    private List<String> numbers() {
        int offices = this.offices + (serviceOffices != null ? serviceOffices : Math.max(7, 3 * this.offices));
        if (numbers.size() > offices) {
            throw usage("--numbers names " + numbers.size() + " offices, but only " + offices + " are generated");
        }
        for (String number : numbers) {
            if (!number.matches("[0-9]{10}")) {
                throw usage("--numbers: an office number is 10 digits, not " + number);
            }
        }
        if (numbers.stream().distinct().count() < numbers.size()) {
            throw usage("--numbers: each office needs its own number");
        }
        return numbers;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
