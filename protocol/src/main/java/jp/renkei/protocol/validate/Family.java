package jp.renkei.protocol.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.renkei.protocol.FileKind;

/**
 * A parent kind with its child kinds inside a unit type (spec §7.2, §7.3): which children need the parent
 * (SET-002), which children are mandatory (SET-003), and which rule checks the children's keys against the parent's.
 */
record Family(FileKind parent, List<FileKind> children, List<FileKind> mandatory, Rule keyRule) {

    private static final Family PLAN = new Family(FileKind.UP1KYO,
            List.of(FileKind.UP2KYO, FileKind.UP3KYO, FileKind.UPHOSOKU), List.of(FileKind.UP2KYO, FileKind.UPHOSOKU),
            Rule.SET_010);
    private static final Family SERVICE_USE = new Family(FileKind.UPPLAN,
            List.of(FileKind.UPSIKYU, FileKind.UPHOSOKU), List.of(FileKind.UPSIKYU, FileKind.UPHOSOKU), Rule.SET_011);
    private static final Family BASIC_INFO = new Family(FileKind.UPKIHON,
            List.of(FileKind.UPKIHON_SUB1, FileKind.UPKIHON_SUB2, FileKind.UPKIHON_IMAGE),
            List.of(FileKind.UPKIHON_SUB1, FileKind.UPKIHON_SUB2), Rule.SET_013);
    private static final Family PREVENTIVE_PLAN = new Family(FileKind.UPYOBO, List.of(FileKind.UPYOBO_SUB),
            List.of(FileKind.UPYOBO_SUB), Rule.SET_013);

    /** The families of a unit type; U8 includes the U7 family when any U7 member is present. */
    static List<Family> of(UnitType type, Set<FileKind> present) {
        List<Family> families = new ArrayList<>();
        switch (type) {
            case PLAN -> families.add(PLAN);
            case SERVICE_USE -> families.add(SERVICE_USE);
            case BASIC_INFO -> families.add(BASIC_INFO);
            case PREVENTIVE_PLAN -> {
                families.add(PREVENTIVE_PLAN);
                if (present.contains(BASIC_INFO.parent) || BASIC_INFO.children.stream().anyMatch(present::contains)) {
                    families.add(BASIC_INFO);
                }
            }
            default -> { }
        }
        return families;
    }
}
