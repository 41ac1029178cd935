package jp.renkei.protocol.name;

/** The two naming forms: v4.1 (service-kind codes after each office number) and v3 (office numbers only). */
public enum NameForm {
    V3,
    V4
}
