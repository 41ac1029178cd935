package jp.renkei.protocol.layout;

/** The Req column: ○ required (ITEM-001), (○) probably required (ITEM-011), or optional. */
public enum Requirement {
    REQUIRED,
    PROBABLY_REQUIRED,
    OPTIONAL
}
