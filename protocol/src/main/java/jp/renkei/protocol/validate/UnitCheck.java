package jp.renkei.protocol.validate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;
import jp.renkei.protocol.name.UnitAddress;

/**
 * The unit phase (spec §6.3.8, §7): whether the files of one sending unit form one unit type with all its members
 * (DEL-001, SET-001…005), whether their records refer to each other (SET-010…014, in {@link UnitKeys}), and the
 * order of units (SEQ-001). A unit is accepted when all its files are valid and no unit rule reports an ERROR.
 */
final class UnitCheck {

    static final String PLAN_SET_MONTH = "000000";

    private final UnitAddress address;
    private final List<FileFacts> files;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<FileKind, List<FileFacts>> byKind = new EnumMap<>(FileKind.class);

    UnitCheck(UnitAddress address, List<FileFacts> files) {
        this.address = address;
        this.files = files;
        for (FileFacts f : files) {
            byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f);
        }
    }

    /** {@code lastAcceptedSequence}: the highest SEQ already accepted for this address, or null (no SEQ-001). */
    UnitReport check(String lastAcceptedSequence) {
        List<FileFacts> rest = deletions();
        if (!rest.isEmpty() && structure(rest)) {
            UnitType type = UnitType.of(rest.get(0).kind(), rest.get(0).name());
            new UnitKeys(byKind, findings).check(type, v4());
        }
        versions();
        sequence(lastAcceptedSequence);
        boolean accepted = files.stream().allMatch(FileFacts::valid) && findings.stream().noneMatch(Finding::isError);
        return new UnitReport(address, files.stream().map(FileFacts::file).toList(), findings, accepted);
    }

    /** DEL-001; returns the files that are not deletions. */
    private List<FileFacts> deletions() {
        List<FileFacts> rest = new ArrayList<>();
        for (FileFacts f : files) {
            if (!f.kind().deletion()) {
                rest.add(f);
            } else if (files.size() > 1) {
                unit(Rule.DEL_001, f.file(), "a deletion file travels alone, but this unit has " + files.size()
                        + " files", "削除ファイルは単独で送ること（この送信単位は " + files.size() + " ファイル）");
            }
        }
        return rest;
    }

    /** SET-001, SET-002, SET-003; false when the unit mixes types, so that member checks make no sense. */
    private boolean structure(List<FileFacts> rest) {
        Set<UnitType> types = EnumSet.noneOf(UnitType.class);
        rest.forEach(f -> types.add(UnitType.of(f.kind(), f.name())));
        if (types.contains(UnitType.PREVENTIVE_PLAN)) {
            types.remove(UnitType.BASIC_INFO);
        }
        if (types.size() > 1) {
            String list = types.stream().map(UnitType::label).collect(Collectors.joining(", "));
            unit(Rule.SET_001, rest.get(0).file(), "the files mix unit types: " + list + " (" + kinds(rest) + ")",
                    "種類の異なる送信単位のファイルが混在しています：" + list + "（" + kinds(rest) + "）");
            return false;
        }
        boolean ok = duplicates() & months(rest);
        UnitType type = types.iterator().next();
        for (Family family : Family.of(type, byKind.keySet())) {
            members(family);
        }
        return ok;
    }

    /** SET-001: one file per kind, images excepted. */
    private boolean duplicates() {
        boolean ok = true;
        for (Map.Entry<FileKind, List<FileFacts>> e : byKind.entrySet()) {
            FileKind kind = e.getKey();
            if (!kind.deletion() && !kind.image() && e.getValue().size() > 1) {
                ok = false;
                unit(Rule.SET_001, e.getValue().get(1).file(), "the unit has " + e.getValue().size() + " files of kind "
                        + kind.prefix() + "; one is allowed", "送信単位に " + kind.prefix() + " が " + e.getValue().size()
                        + " ファイルあります（1ファイルのみ）");
            }
        }
        return ok;
    }

    /** SET-001: the files of a 利用票 set share one MONTH. */
    private boolean months(List<FileFacts> rest) {
        Set<String> months = new TreeSet<>();
        rest.stream().filter(f -> f.name().month() != null).forEach(f -> months.add(f.name().month()));
        if (months.size() > 1) {
            unit(Rule.SET_001, rest.get(0).file(), "the files of the unit carry different months " + months,
                    "送信単位のファイルの年月が異なります " + months);
            return false;
        }
        return true;
    }

    /** SET-002 (a child without its parent) and SET-003 (a mandatory member missing while the parent is there). */
    private void members(Family family) {
        List<FileFacts> parents = byKind.get(family.parent());
        for (FileKind child : family.children()) {
            List<FileFacts> present = byKind.get(child);
            if (present != null && parents == null) {
                unit(Rule.SET_002, present.get(0).file(), child.prefix() + " needs its parent file "
                        + family.parent().prefix() + " in the same unit", child.prefix() + " の親ファイル "
                        + family.parent().prefix() + " が同じ送信単位にありません");
            }
        }
        if (parents == null) {
            return;
        }
        for (FileKind mandatory : family.mandatory()) {
            if (!byKind.containsKey(mandatory)) {
                unit(Rule.SET_003, parents.get(0).file(), "the unit lacks its mandatory member " + mandatory.prefix(),
                        "送信単位に必須のファイル " + mandatory.prefix() + " がありません");
            }
        }
    }

    /** SET-004 (one CSV version per unit) and SET-005 (a v4 plan set has a 第3表). */
    private void versions() {
        Set<String> versions = new TreeSet<>();
        files.stream().filter(f -> f.csvVersion() != null).forEach(f -> versions.add(f.csvVersion()));
        if (versions.size() > 1) {
            unit(Rule.SET_004, files.get(0).file(), "the files of the unit carry different CSV versions " + versions,
                    "送信単位のファイルの CSVバージョンが異なります " + versions);
        }
        if (byKind.containsKey(FileKind.UP1KYO) && !byKind.containsKey(FileKind.UP3KYO) && v4()) {
            unit(Rule.SET_005, byKind.get(FileKind.UP1KYO).get(0).file(), "a v4 plan set should include UP3KYO "
                    + "(第3表)", "v4 の計画書の送信単位に UP3KYO（第3表）がありません");
        }
    }

    /** SEQ-001: the unit must come after the last accepted unit of its address. */
    private void sequence(String lastAccepted) {
        String seq = address.sequence();
        if (lastAccepted != null && seq != null && seq.compareTo(lastAccepted) <= 0) {
            unit(Rule.SEQ_001, files.get(0).file(), "SEQ " + seq + " is not greater than " + lastAccepted
                    + ", the last accepted for this address; receivers would process it after newer data",
                    "ファイル連番 " + seq + " がこの宛先で受付済みの " + lastAccepted + " 以下です（受信側で新しいデータの後に処理されます）");
        }
    }

    private boolean v4() {
        return files.stream().map(FileFacts::csvVersion).map(v -> v == null ? null : CsvVersion.of(v).orElse(null))
                .anyMatch(v -> v != null && v.generation().orElse(null) == LayoutGeneration.V4);
    }

    private static String kinds(List<FileFacts> files) {
        return files.stream().map(f -> f.kind().prefix()).collect(Collectors.joining(", "));
    }

    private void unit(Rule rule, String file, String message, String messageJa) {
        findings.add(new Finding(rule, file, 0, 0, -1, 0, null, message, messageJa));
    }
}
