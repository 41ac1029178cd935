package jp.renkei.protocol.record;

import java.io.IOException;

/**
 * The content cannot be read as records of the requested kind: bad CSV syntax, bytes that are not MS932, a field
 * count that does not fit the layout, or a CSVバージョン that is unknown, no longer accepted or mixed within the file.
 * Positions are 0 when unknown.
 */
public final class MalformedCsvException extends IOException {

    private final long record;
    private final long line;

    MalformedCsvException(String message, long record, long line, Throwable cause) {
        super(message + where(record, line), cause);
        this.record = record;
        this.line = line;
    }

    /** The 1-based data record (a skipped header not counted) at which reading failed, or 0. */
    public long record() {
        return record;
    }

    /** The 1-based physical line at which reading failed, or 0. */
    public long line() {
        return line;
    }

    private static String where(long record, long line) {
        String at = record > 0 ? " (record " + record : "";
        if (line > 0) {
            at += (at.isEmpty() ? " (" : ", ") + "line " + line;
        }
        return at.isEmpty() ? "" : at + ")";
    }
}
