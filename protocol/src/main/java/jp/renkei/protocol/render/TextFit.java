package jp.renkei.protocol.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fits text into a box (spec §8.6): wrapped at any character, shrunk in 0.5 pt steps down to 5 pt, and only then
 * cut with {@code …} and a note mark. All sizes are in points.
 */
final class TextFit {

    static final float MIN_SIZE = 5f;
    static final float STEP = 0.5f;
    /** Line pitch as a multiple of the font size. */
    static final float LEADING = 1.15f;
    static final String ELLIPSIS = "…";

    /** Characters that must not start a line (行頭禁則); the previous character moves down with them. */
    private static final String NO_LINE_START = "、。，．）」』】〕〉》！？ー～…・：；,.)!?ぁぃぅぇぉっゃゅょァィゥェォッャュョ";

    /** Text at one size, one string per line. */
    record Fitted(float size, List<String> lines) {

        float height() {
            return TextFit.height(lines.size(), size);
        }
    }

    private final JapaneseFont font;

    TextFit(JapaneseFont font) {
        this.font = font;
    }

    /**
     * The text at the largest size from {@code maxSize} down to 5 pt at which its wrapped lines fit, or empty.
     * {@code text} must already be {@link #printable printable}.
     */
    Optional<Fitted> fit(String text, float width, float height, float maxSize, int maxLines) {
        for (float size = maxSize; size >= MIN_SIZE; size -= STEP) {
            List<String> lines = wrap(text, width, size);
            if (lines.size() <= maxLines && height(lines.size(), size) <= height) {
                return Optional.of(new Fitted(size, lines));
            }
        }
        return Optional.empty();
    }

    /** The text at 5 pt cut after the lines that fit, the last one ending in {@code …} and {@code mark}. */
    Fitted truncate(String text, float width, float height, int maxLines, String mark) {
        List<String> lines = wrap(text, width, MIN_SIZE);
        int kept = Math.min(Math.min(maxLines, linesWithin(height, MIN_SIZE)), lines.size());
        if (kept == 0) {
            return new Fitted(MIN_SIZE, List.of());
        }
        List<String> result = new ArrayList<>(lines.subList(0, kept - 1));
        result.add(cut(lines.get(kept - 1), width, mark));
        return new Fitted(MIN_SIZE, result);
    }

    private String cut(String line, float width, String mark) {
        String tail = ELLIPSIS + mark;
        int[] points = line.codePoints().toArray();
        for (int n = points.length; n >= 0; n--) {
            String candidate = new String(points, 0, n) + tail;
            if (width(candidate, MIN_SIZE) <= width) {
                return candidate;
            }
        }
        return width(mark, MIN_SIZE) <= width ? mark : "";
    }

    /** Lines wrapped at any character to {@code width}; line breaks in the text are kept. */
    List<String> wrap(String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, width, size, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, float width, float size, List<String> lines) {
        StringBuilder line = new StringBuilder();
        float used = 0;
        for (int i = 0; i < paragraph.length(); ) {
            int cp = paragraph.codePointAt(i);
            float w = font.width(cp) * size / 1000f;
            if (used + w > width && line.length() > 0) {
                String carried = carry(line, cp);
                lines.add(line.toString());
                line.setLength(0);
                line.append(carried);
                used = width(carried, size);
            }
            line.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        lines.add(line.toString());
    }

    /** Removes and answers the character to move down with {@code next} when {@code next} may not start a line. */
    private static String carry(StringBuilder line, int next) {
        if (NO_LINE_START.indexOf(next) < 0 || line.codePointCount(0, line.length()) < 2) {
            return "";
        }
        int last = line.offsetByCodePoints(line.length(), -1);
        String carried = line.substring(last);
        line.setLength(last);
        return carried;
    }

    /** Width in points of already printable text. */
    float width(String text, float size) {
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            total += font.width(cp);
            i += Character.charCount(cp);
        }
        return total * size / 1000f;
    }

    /**
     * The text as it can be drawn: line breaks normalised to LF (trailing ones dropped), tabs as spaces, other
     * control characters removed, and every character the font lacks replaced by {@code □}.
     */
    String printable(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        while (normalised.endsWith("\n")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        StringBuilder out = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == ' ' || cp == '　') {
                out.appendCodePoint(cp);
            } else if (!Character.isISOControl(cp)) {
                out.appendCodePoint(font.hasGlyph(cp) ? cp : '□');
            }
        });
        return out.toString();
    }

    /** Height in points of {@code lines} lines: the first is one size tall, each further one a pitch. */
    static float height(int lines, float size) {
        return lines == 0 ? 0 : size + (lines - 1) * size * LEADING;
    }

    static int linesWithin(float height, float size) {
        return height < size ? 0 : (int) Math.min(Integer.MAX_VALUE - 1, Math.floor((height - size) / (size * LEADING)
                + 1e-4)) + 1;
    }
}
