package jp.renkei.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.renkei.protocol.layout.ServiceKinds;
import jp.renkei.protocol.name.FileName;
import jp.renkei.protocol.name.FileNames;
import jp.renkei.protocol.validate.BatchReport;
import jp.renkei.protocol.validate.FileReport;
import jp.renkei.protocol.validate.Finding;
import jp.renkei.protocol.validate.UnitReport;
import jp.renkei.protocol.validate.Validator;

/**
 * What {@code send} will upload: the given files grouped into sending units (same sender, recipient and ファイル連番),
 * each judged as the gateway will judge it. A unit of several files goes as a set and is judged with the unit rules;
 * a lone file goes alone and, like a single upload at the gateway, is judged by the file rules only.
 */
final class SendPlan {

    /**
     * One upload: its files, whether it is valid, every finding to show (file and unit findings), and its first
     * file's parsed name (null when it does not parse).
     */
    record Unit(List<Validator.Named> files, boolean valid, List<Finding> findings, FileName name) {

        boolean set() {
            return files.size() > 1;
        }

        /** The sending office named by the first file, or null when its name does not parse. */
        String sender() {
            return name == null ? null : name.sender();
        }

        /**
         * Sender, recipient and their kinds: the units of one address must reach the gateway in ファイル連番 order.
         * A name that does not parse is an address of its own.
         */
        String address() {
            return name == null ? "?" + files.get(0).name()
                    : name.sender() + "_" + name.senderKind() + "_" + name.recipient() + "_" + name.recipientKind();
        }

        /** The ファイル連番, or "" when the name does not parse. */
        String sequence() {
            return name == null ? "" : name.sequence();
        }

        String label() {
            return set() ? files.get(0).name() + " (+" + (files.size() - 1) + " in its set)" : files.get(0).name();
        }
    }

    private SendPlan() {
    }

    /** The regular files named, and those directly inside the directories named (hidden files skipped). */
    static List<Path> files(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> listing = Files.list(input)) {
                    listing.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted(Comparator.comparing(Path::getFileName)).forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new java.nio.file.NoSuchFileException(input.toString(), null, "no such file or directory");
            }
        }
        return files;
    }

    static List<Unit> of(List<Validator.Named> files, Validator validator) {
        BatchReport report = validator.validateBatch(files, null);
        Map<String, Validator.Named> byName = new LinkedHashMap<>();
        files.forEach(f -> byName.put(f.name(), f));
        Map<String, FileReport> reports = new HashMap<>();
        report.files().forEach(r -> reports.put(r.file(), r));
        List<Unit> units = new ArrayList<>();
        for (UnitReport unit : report.units()) {
            List<Validator.Named> members = unit.files().stream().map(byName::get).toList();
            List<Finding> findings = new ArrayList<>();
            unit.files().forEach(name -> findings.addAll(reports.get(name).findings()));
            boolean valid = members.size() == 1 ? reports.get(unit.files().get(0)).valid() : unit.accepted();
            if (members.size() > 1) {
                findings.addAll(unit.findings());
            }
            units.add(new Unit(members, valid, findings,
                    FileNames.parse(members.get(0).name(), ServiceKinds.defaults()).name()));
        }
        return units;
    }
}
