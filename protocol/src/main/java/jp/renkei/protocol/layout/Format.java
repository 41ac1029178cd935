package jp.renkei.protocol.layout;

/**
 * The format tokens of spec §0.3. {@code CODE} means the value must be in the item's code table; {@code RULE} means
 * a fixed value checked only by a kind-specific rule (e.g. HOS-002, T7-006), not by ITEM-003; {@code NONE} is STR.
 */
public enum Format {
    VER, INSURER, INSURED, OFFICE, DATE, MONTH, TIME, TIMEE, TIME9, TIMEE9, INT, UINT, NO99, DEC, POSTAL, KIND, SVC,
    DAYS31, TAIS, TEXT, STR, CODE, RULE, UNUSED
}
