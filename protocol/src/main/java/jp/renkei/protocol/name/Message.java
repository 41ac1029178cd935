package jp.renkei.protocol.name;

/** One finding text in English and Japanese. */
record Message(String en, String ja) {

    private static final int MAX_QUOTED = 40;

    /**
     * A name part quoted for a message: control and other invisible characters are shown as {@code \}{@code uXXXX}
     * so that a hostile name cannot forge lines in a report, and long values are cut at 40 characters.
     */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("'");
        int shown = Math.min(value.length(), MAX_QUOTED);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        if (value.length() > MAX_QUOTED) {
            out.append('…');
        }
        return out.append('\'').toString();
    }
}
