package jp.renkei.protocol.validate;

import java.util.List;
import jp.renkei.protocol.FileKind;

/**
 * The findings of one file.
 *
 * @param kind the kind from the name, or null when the prefix is unknown (NAME-002)
 * @param csvVersion item No.1 of the first record, or null when none was read
 * @param records data records read (header excluded)
 * @param findings at most 1000 findings, in the order found
 * @param omitted findings counted beyond the first 1000
 */
public record FileReport(
        String file, FileKind kind, String csvVersion, long records, List<Finding> findings, long omitted) {

    public FileReport {
        findings = List.copyOf(findings);
    }

    /** Valid when no ERROR finding is attributed to this file. */
    public boolean valid() {
        return findings.stream().noneMatch(Finding::isError);
    }
}
