package jp.renkei.protocol.validate;

import jp.renkei.protocol.csv.RawRecord;

/**
 * One record that passed the version and field-count checks, with its values as the rules see them: free text as
 * received, every other value trimmed of ASCII spaces (spec §3.2). Item No. 0 stands for an item the file's layout
 * generation does not have (e.g. TAISコード in v3) and reads as empty.
 */
final class Row {

    private final RawRecord raw;
    private final String[] values;

    Row(RawRecord raw, String[] values) {
        this.raw = raw;
        this.values = values;
    }

    int index() {
        return raw.index();
    }

    long line() {
        return raw.line();
    }

    /** The checked value of 1-based item {@code no}; empty for {@code no == 0}. */
    String value(int no) {
        return no == 0 ? "" : values[no - 1];
    }

    boolean filled(int no) {
        return no != 0 && !values[no - 1].isEmpty();
    }

    boolean quoted(int no) {
        return raw.quoted(no);
    }
}
