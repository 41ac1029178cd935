package jp.renkei.protocol.validate;

/** ERROR rejects the file and its sending unit; WARNING is reported to the sender and the file is accepted. */
public enum Severity {
    ERROR,
    WARNING
}
