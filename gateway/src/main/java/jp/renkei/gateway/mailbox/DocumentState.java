package jp.renkei.gateway.mailbox;

/** The states of a document (architecture: Documents, sets and states). */
public enum DocumentState {
    ACCEPTED,
    DOWNLOADED,
    RECEIPTED,
    REFUSED,
    EXPIRED
}
