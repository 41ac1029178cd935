package jp.renkei.protocol.validate;

import java.util.ArrayList;
import java.util.List;
import jp.renkei.protocol.csv.ProblemSink;

/**
 * Collects the findings of one file: keeps the first {@value #LIMIT}, counts the rest (spec §6.1), and remembers
 * whether any ERROR was found, also among the omitted ones. Not thread-safe: one per file validation.
 */
final class Findings implements ProblemSink {

    static final int LIMIT = 1000;

    private final String file;
    private final List<Finding> kept = new ArrayList<>();
    private long omitted;
    private boolean error;

    Findings(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(Finding finding) {
        error |= finding.isError();
        if (kept.size() < LIMIT) {
            kept.add(finding);
        } else {
            omitted++;
        }
    }

    /** A finding about the file as a whole (no record, no item). */
    void file(Rule rule, String message, String messageJa) {
        add(new Finding(rule, file, 0, 0, -1, 0, null, message, messageJa));
    }

    @Override
    public void problem(Rule rule, int record, long line, long byteOffset, String message, String messageJa) {
        add(new Finding(rule, file, record, line, byteOffset, 0, null, message, messageJa));
    }

    /** Counts findings another phase found but did not pass on (the byte scan keeps its own limit). */
    void omit(long count) {
        omitted += count;
    }

    boolean hasError() {
        return error;
    }

    List<Finding> kept() {
        return kept;
    }

    long omitted() {
        return omitted;
    }
}
