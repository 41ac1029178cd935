package jp.renkei.protocol.csv;

import java.util.List;

/**
 * One data record as lexed, before any layout is applied.
 *
 * @param index 1-based data record number (a skipped header line is not counted)
 * @param line 1-based physical line on which the record starts
 * @param fields the values after unquoting and unescaping, untrimmed; immutable
 * @param quoted for each field, whether it was written quoted (its first character was {@code "})
 */
public record RawRecord(int index, long line, List<String> fields, List<Boolean> quoted) {

    public RawRecord {
        fields = fields instanceof FieldList ? fields : List.copyOf(fields);
        quoted = List.copyOf(quoted);
    }

    public int size() {
        return fields.size();
    }

    /** The value of 1-based item {@code no}. */
    public String field(int no) {
        return fields.get(no - 1);
    }

    public boolean quoted(int no) {
        return quoted.get(no - 1);
    }
}
