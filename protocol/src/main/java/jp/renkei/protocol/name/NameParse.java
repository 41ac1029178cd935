package jp.renkei.protocol.name;

import java.util.List;
import jp.renkei.protocol.validate.Finding;

/**
 * The outcome of parsing one file name: the parsed name and every NAME finding.
 *
 * @param name the parsed name, or null when NAME-001 or NAME-002 leave it unusable
 * @param findings the NAME findings in the order found (record, line, item 0; byte offset -1)
 */
public record NameParse(FileName name, List<Finding> findings) {

    public NameParse {
        findings = List.copyOf(findings);
    }

    /** Whether any finding is an ERROR (the file, and so its unit, is rejected). */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
