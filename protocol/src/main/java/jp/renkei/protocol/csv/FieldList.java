package jp.renkei.protocol.csv;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The immutable field list of one lexed record, over an array the lexer hands over and never touches again: one
 * array per record instead of the copy {@code List.of} makes of it. {@link RawRecord} keeps it as it is.
 */
final class FieldList extends AbstractList<String> implements RandomAccess {

    private final String[] values;

    /** {@code values} must hold no null and must not be written after this. */
    FieldList(String[] values) {
        this.values = values;
    }

    @Override
    public String get(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }
}
