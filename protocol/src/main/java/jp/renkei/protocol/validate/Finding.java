package jp.renkei.protocol.validate;

/**
 * One violation of one rule (spec §6.2).
 *
 * <p>Positions are 0 when they do not apply: {@code record} is the 1-based data record (header excluded),
 * {@code line} the 1-based physical line where the record starts, {@code byteOffset} the 0-based offset for ENC
 * rules (-1 when not applicable), {@code item} the 1-based item No. with its Japanese {@code itemName}.
 * Messages never quote free text or 被保険者番号 (personal data).
 */
public record Finding(
        Rule rule,
        String file,
        int record,
        long line,
        long byteOffset,
        int item,
        String itemName,
        String message,
        String messageJa) {

    public Severity severity() {
        return rule.severity();
    }

    public boolean isError() {
        return rule.severity() == Severity.ERROR;
    }
}
