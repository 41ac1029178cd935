package jp.renkei.protocol.name;

/**
 * The underscore-separated parts of a file name after the prefix (spec §2.1), with their shapes and their labels
 * in findings. Shape only: whether a month or SEQ is a real date is checked by NAME-004 / NAME-006.
 */
enum NamePart {
    MONTH("month", "年月", 6, false),
    SENDER("sender office number", "送信元事業所番号", 10, false),
    SENDER_KIND("sender kind code", "送信元サービス種類コード", 2, true),
    RECIPIENT("recipient office number", "送信先事業所番号", 10, false),
    RECIPIENT_KIND("recipient kind code", "送信先サービス種類コード", 2, true),
    SEQ("SEQ", "ファイル連番", 14, false),
    BRANCH("image branch number", "枝番", 4, false);

    private final String label;
    private final String labelJa;
    private final int width;
    private final boolean kindCode;

    NamePart(String label, String labelJa, int width, boolean kindCode) {
        this.label = label;
        this.labelJa = labelJa;
        this.width = width;
        this.kindCode = kindCode;
    }

    String label() {
        return label;
    }

    String labelJa() {
        return labelJa;
    }

    /** Why {@code value} does not fit this part, or null when it does. */
    Message problem(String value) {
        return kindCode ? kindProblem(value) : digitsProblem(value);
    }

    private Message kindProblem(String value) {
        if (value.length() == width && value.chars().allMatch(NamePart::isKindChar)) {
            return null;
        }
        return new Message(
                label + " " + Message.quote(value) + " must be 2 characters of 0-9A-Z",
                labelJa + " " + Message.quote(value) + " は半角の数字・英大文字2文字でなければなりません");
    }

    private Message digitsProblem(String value) {
        boolean digits = value.chars().allMatch(NamePart::isDigit);
        if (digits && value.length() == width) {
            return null;
        }
        if (value.isEmpty()) {
            return new Message(label + " is empty; " + width + " digits expected",
                    labelJa + "が空です（半角数字" + width + "桁が必要）");
        }
        if (digits) {
            return new Message(label + " has " + value.length() + " digits; " + width + " expected",
                    labelJa + "が" + value.length() + "桁です（" + width + "桁が必要）");
        }
        return new Message(label + " " + Message.quote(value) + " must be " + width + " digits 0-9",
                labelJa + " " + Message.quote(value) + " は半角数字" + width + "桁でなければなりません");
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isKindChar(int c) {
        return isDigit(c) || c >= 'A' && c <= 'Z';
    }
}
