package jp.renkei.gateway.store;

/** Who a client certificate speaks for: an office, the operator, or the ministry (read-only usage figures). */
public enum Role {
    OFFICE,
    OPERATOR,
    MINISTRY
}
