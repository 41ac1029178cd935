package jp.renkei.tools.client;

/** The recipient's receipt: the document was imported, or it was refused for a reason the sender will read. */
public record Receipt(Outcome outcome, String reason) {

    /** What the recipient's software did with the document. */
    public enum Outcome {
        IMPORTED,
        REFUSED
    }

    public Receipt {
        if (outcome == null) {
            throw new IllegalArgumentException("an outcome is required");
        }
        if (outcome == Outcome.REFUSED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        if (outcome == Outcome.IMPORTED && reason != null) {
            throw new IllegalArgumentException("an import takes no reason");
        }
    }

    public static Receipt imported() {
        return new Receipt(Outcome.IMPORTED, null);
    }

    public static Receipt refused(String reason) {
        return new Receipt(Outcome.REFUSED, reason);
    }
}
