package jp.renkei.protocol.csv;

import jp.renkei.protocol.validate.Rule;

/**
 * Bookkeeping of line ends outside quotes: LF or CR alone (CSV-002, once per file) and empty lines (CSV-007).
 * Empty lines are held back until a record follows them, so that those at the end of the file, with their line
 * ends, are ignored silently. Not thread-safe.
 */
final class LineEnds {

    private long bare;
    private long firstBare;
    private long empties;
    private long firstEmpty;
    private long emptiesBare;
    private long firstEmptyBare;

    /** A line ended with LF or CR alone; {@code emptyLine} when that line was empty and is still held back. */
    void bare(boolean emptyLine, long line) {
        if (emptyLine) {
            if (emptiesBare++ == 0) {
                firstEmptyBare = line;
            }
        } else if (bare++ == 0) {
            firstBare = line;
        }
    }

    void emptyLine(long line) {
        if (empties++ == 0) {
            firstEmpty = line;
        }
    }

    /** A record follows the held empty lines: they were between records (or before the first one). */
    void flushEmptyLines(ProblemSink sink) {
        for (long k = 0; k < empties; k++) {
            long line = firstEmpty + k;
            sink.problem(Rule.CSV_007, 0, line, -1, "empty line " + line + " before a record was skipped",
                    "レコードの前の空行（" + line + " 行目）を読み飛ばしました");
        }
        if (emptiesBare > 0 && bare == 0) {
            firstBare = firstEmptyBare;
        }
        bare += emptiesBare;
        empties = 0;
        emptiesBare = 0;
    }

    /** Reports CSV-002 once, if any line of a record or a skipped empty line ended with LF or CR alone. */
    void report(ProblemSink sink) {
        if (bare > 0) {
            sink.problem(Rule.CSV_002, 0, firstBare, -1, bare + " line end(s) are LF or CR alone (the first on line "
                    + firstBare + "); CRLF expected", "LF または CR だけの改行が " + bare + " 個あります（最初は "
                    + firstBare + " 行目）。改行は CRLF です");
        }
    }
}
