package jp.renkei.protocol.validate;

/** Where a record starts: its 1-based data record number and physical line, kept for findings reported later. */
record Position(int record, long line) {

    static Position of(Row row) {
        return new Position(row.index(), row.line());
    }
}
