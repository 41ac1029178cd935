package jp.renkei.protocol.validate;

import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;
import jp.renkei.protocol.layout.ServiceKinds;
import jp.renkei.protocol.name.FileName;

/**
 * What the record and file rules of one file know about it, and how they report.
 *
 * @param name the parsed name, or null when the name fits no form (NAME-001): rules that compare records with the
 *     name are then skipped
 */
record FileContext(
        FileKind kind, LayoutGeneration generation, FileName name, Schema schema, Findings findings,
        ServiceKinds serviceKinds) {

    private static final int SHOWN = 40;

    /** A finding on one item of a record. */
    void item(Row row, int no, Rule rule, String message, String messageJa) {
        findings.add(new Finding(rule, findings.file(), row.index(), row.line(), -1, no,
                schema.item(no).name(), message, messageJa));
    }

    /** A finding on a record as a whole. */
    void row(Row row, Rule rule, String message, String messageJa) {
        findings.add(new Finding(rule, findings.file(), row.index(), row.line(), -1, 0, null, message, messageJa));
    }

    /** A finding at a remembered record position, with an item when {@code no > 0}. */
    void at(Position position, int no, Rule rule, String message, String messageJa) {
        String itemName = no > 0 ? schema.item(no).name() : null;
        findings.add(new Finding(rule, findings.file(), position.record(), position.line(), -1, no, itemName,
                message, messageJa));
    }

    /** {@code , got "value"} to end an English message, or empty when the item may hold personal data (§6.2). */
    String got(Row row, int no) {
        return schema.quotable(no) ? ", got \"" + shown(row.value(no)) + "\"" : "";
    }

    /** {@code （値「value」）} to end a Japanese message, or empty when the item may hold personal data. */
    String gotJa(Row row, int no) {
        return schema.quotable(no) ? "（値「" + shown(row.value(no)) + "」）" : "";
    }

    /** A value cut to 40 characters for a message; callers make sure it is not personal data. */
    static String shown(String value) {
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…";
    }

    /** The file-name MONTH, or null when the kind has none or the name did not parse. */
    String month() {
        return name == null ? null : name.month();
    }

    boolean v4() {
        return generation == LayoutGeneration.V4;
    }
}
