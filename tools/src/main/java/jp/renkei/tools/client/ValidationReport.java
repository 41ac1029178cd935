package jp.renkei.tools.client;

import java.util.List;

/**
 * The gateway's validation report (the conformance sandbox): every file's findings and, for a batch, each sending
 * unit's verdict.
 *
 * @param accepted true when the gateway would accept every file (every unit, for a batch)
 */
public record ValidationReport(boolean accepted, List<FileResult> files, List<UnitResult> units) {

    public ValidationReport {
        files = List.copyOf(files);
        units = List.copyOf(units);
    }

    /** One file's report; {@code kind} and {@code csvVersion} are null when they could not be read. */
    public record FileResult(String file, String kind, String csvVersion, long records, boolean valid,
            List<RemoteFinding> findings, long omitted) {

        public FileResult {
            findings = List.copyOf(findings);
        }
    }

    /** One sending unit's verdict with its unit-level findings. */
    public record UnitResult(String sequence, List<String> files, List<RemoteFinding> findings, boolean accepted) {

        public UnitResult {
            files = List.copyOf(files);
            findings = List.copyOf(findings);
        }
    }
}
