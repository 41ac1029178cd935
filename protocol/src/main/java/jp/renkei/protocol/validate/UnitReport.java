package jp.renkei.protocol.validate;

import java.util.List;
import jp.renkei.protocol.name.UnitAddress;

/**
 * The verdict on one sending unit: its files and the unit-level findings (SET-*, DEL-001, SEQ-001).
 *
 * @param address the unit's address and SEQ, or null for a file with an unknown prefix (a unit of its own)
 * @param files the names of the unit's files, in the order given
 * @param findings unit-level findings only; file findings stay in each {@link FileReport}
 * @param accepted false when any file of the unit is invalid or a unit-level rule reports an ERROR
 */
public record UnitReport(UnitAddress address, List<String> files, List<Finding> findings, boolean accepted) {

    public UnitReport {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
    }
}
