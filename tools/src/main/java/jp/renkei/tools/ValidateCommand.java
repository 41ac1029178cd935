package jp.renkei.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import jp.renkei.protocol.name.UnitAddress;
import jp.renkei.protocol.validate.BatchReport;
import jp.renkei.protocol.validate.FileReport;
import jp.renkei.protocol.validate.Finding;
import jp.renkei.protocol.validate.Severity;
import jp.renkei.protocol.validate.UnitReport;
import jp.renkei.protocol.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code renkei validate [--json] FILE|DIR...}: validates files against the standard. Directories are walked; all
 * files given form one batch, so the files of a sending unit are also checked together. A file is valid when it
 * has no ERROR of its own; unit findings (units of two or more files) are reported apart and do not make a file
 * invalid. Exit 0 when every file is valid, 1 when any is not, 2 on usage errors, 3 when a file cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate care-plan CSV files (ケアプランデータ連携 CSV) and their sending units.")
public final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--json", description = "One JSON object per line: each file, then each unit with findings.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files to validate; directories are walked.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BatchReport report;
        try {
            report = new Validator().validatePaths(files(), null);
        } catch (NoSuchFileException e) {
            err.println("renkei validate: no such file: " + e.getFile());
            return RenkeiCommand.IO;
        } catch (IOException e) {
            err.println("renkei validate: cannot read: " + e.getMessage());
            return RenkeiCommand.IO;
        }
        List<UnitReport> units = report.units().stream().filter(u -> u.files().size() > 1).toList();
        if (json) {
            printJson(out, report.files(), units);
        } else {
            printText(out, report.files(), units);
        }
        out.flush();
        return report.files().stream().allMatch(FileReport::valid) ? 0 : RenkeiCommand.INVALID;
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw new NoSuchFileException(p.toString());
            }
        }
        return files;
    }

    private static void printText(PrintWriter out, List<FileReport> files, List<UnitReport> units) {
        for (FileReport f : files) {
            out.printf("%s: %s (%s, CSV version %s, %d records, %d errors, %d warnings)%n", f.file(),
                    f.valid() ? "VALID" : "INVALID", f.kind() == null ? "unknown kind" : f.kind().prefix(),
                    f.csvVersion() == null ? "-" : f.csvVersion(), f.records(), count(f.findings(), Severity.ERROR),
                    count(f.findings(), Severity.WARNING));
            f.findings().forEach(x -> printFinding(out, x));
            if (f.omitted() > 0) {
                out.printf("  ... %d more findings not listed%n", f.omitted());
            }
        }
        for (UnitReport u : units) {
            out.printf("Unit %s (%d files): %s%n", address(u.address()), u.files().size(),
                    u.accepted() ? "ACCEPTED" : "REJECTED");
            u.findings().forEach(x -> printFinding(out, x));
        }
    }

    private static void printFinding(PrintWriter out, Finding f) {
        StringBuilder where = new StringBuilder();
        if (f.line() > 0) {
            where.append(" line ").append(f.line());
        }
        if (f.byteOffset() >= 0) {
            where.append(" byte ").append(f.byteOffset());
        }
        if (f.item() > 0) {
            where.append(" No.").append(f.item()).append(' ').append(f.itemName());
        }
        out.printf("  %-7s %-9s%s%n", f.severity(), f.rule().id(), where);
        out.printf("          %s%n          %s%n", f.messageJa(), f.message());
    }

    private static void printJson(PrintWriter out, List<FileReport> files, List<UnitReport> units) {
        ObjectMapper mapper = new ObjectMapper();
        for (FileReport f : files) {
            ObjectNode node = mapper.createObjectNode();
            node.put("file", f.file());
            node.put("valid", f.valid());
            node.put("kind", f.kind() == null ? null : f.kind().prefix());
            node.put("csvVersion", f.csvVersion());
            findings(node.putArray("findings"), f.findings());
            out.println(node);
        }
        for (UnitReport u : units) {
            ObjectNode node = mapper.createObjectNode();
            node.put("unit", address(u.address()));
            node.put("accepted", u.accepted());
            ArrayNode names = node.putArray("files");
            u.files().forEach(names::add);
            findings(node.putArray("findings"), u.findings());
            out.println(node);
        }
    }

    private static void findings(ArrayNode array, List<Finding> findings) {
        for (Finding f : findings) {
            ObjectNode n = array.addObject();
            n.put("rule", f.rule().id());
            n.put("severity", f.severity().name());
            n.put("line", f.line());
            n.put("item", f.item());
            n.put("name", f.itemName());
            n.put("message", f.message());
            n.put("messageJa", f.messageJa());
        }
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    private static String address(UnitAddress a) {
        if (a == null) {
            return "-";
        }
        return a.senderKind() == null ? a.sender() + "_" + a.recipient() + "_" + a.sequence()
                : String.join("_", a.sender(), a.senderKind(), a.recipient(), a.recipientKind(), a.sequence());
    }
}
