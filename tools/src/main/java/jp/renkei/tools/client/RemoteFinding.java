package jp.renkei.tools.client;

/**
 * One finding as the gateway reports it (a validation error or warning). Positions are 0 when they do not apply;
 * {@code byteOffset} is -1 unless an encoding rule reported it.
 *
 * @param rule the rule id, e.g. {@code ITEM-001}
 * @param severity {@code ERROR} or {@code WARNING}
 * @param itemName the item's Japanese name, or null
 */
public record RemoteFinding(
        String rule,
        String severity,
        String file,
        int record,
        long line,
        long byteOffset,
        int item,
        String itemName,
        String message,
        String messageJa) {

    public boolean isError() {
        return "ERROR".equals(severity);
    }
}
