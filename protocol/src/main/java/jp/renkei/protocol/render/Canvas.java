package jp.renkei.protocol.render;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Drawing on one page in the sheet's coordinates: millimetres from the top-left corner (spec §8.2). Text passed
 * here must be printable ({@link TextFit#printable}); sizes and line widths are in points.
 */
final class Canvas {

    static final float PAGE_WIDTH = 297f;
    static final float PAGE_HEIGHT = 210f;
    static final float POINTS_PER_MM = 72f / 25.4f;
    /** Baseline below the top of a line's em box, as a fraction of the size (Japanese fonts: 880/1000). */
    static final float ASCENT = 0.88f;
    static final float BLACK = 0f;

    private final PDPageContentStream stream;
    private final PDType0Font font;
    private final TextFit fit;
    private final Set<Integer> repertoire;

    /** {@code repertoire}: the code points of the embedded subset; any other character is drawn as {@code □}. */
    Canvas(PDPageContentStream stream, PDType0Font font, TextFit fit, Set<Integer> repertoire) {
        this.stream = stream;
        this.font = font;
        this.fit = fit;
        this.repertoire = repertoire;
    }

    /**
     * A canvas that draws nothing and adds every code point of the text it is given to {@code used}: the first pass
     * over a document, which tells which glyphs the font subset needs.
     */
    static Canvas recording(TextFit fit, Set<Integer> used) {
        return new Canvas(null, null, fit, used);
    }

    TextFit fit() {
        return fit;
    }

    static float pt(float mm) {
        return mm * POINTS_PER_MM;
    }

    static float mm(float pt) {
        return pt / POINTS_PER_MM;
    }

    void line(float x1, float y1, float x2, float y2, float width, float gray) throws IOException {
        if (stream == null) {
            return;
        }
        stream.setLineWidth(width);
        stream.setStrokingColor(gray);
        stream.moveTo(pt(x1), pt(PAGE_HEIGHT - y1));
        stream.lineTo(pt(x2), pt(PAGE_HEIGHT - y2));
        stream.stroke();
    }

    void frame(float x, float y, float w, float h, float width) throws IOException {
        if (stream == null) {
            return;
        }
        stream.setLineWidth(width);
        stream.setStrokingColor(BLACK);
        stream.addRect(pt(x), pt(PAGE_HEIGHT - y - h), pt(w), pt(h));
        stream.stroke();
    }

    /** A rectangle filled with {@code gray} and, unless {@code width} is 0, outlined in black. */
    void box(float x, float y, float w, float h, float gray, float width) throws IOException {
        if (stream == null) {
            return;
        }
        stream.setNonStrokingColor(gray);
        stream.addRect(pt(x), pt(PAGE_HEIGHT - y - h), pt(w), pt(h));
        if (width == 0) {
            stream.fill();
            return;
        }
        stream.setLineWidth(width);
        stream.setStrokingColor(BLACK);
        stream.fillAndStroke();
    }

    /** Text with its baseline at {@code baseline}; a line break left in single-line text prints as a space. */
    void text(String line, float x, float baseline, float size) throws IOException {
        String text = line.replace('\n', ' ');
        if (text.isEmpty()) {
            return;
        }
        if (stream == null) {
            text.codePoints().forEach(repertoire::add);
            return;
        }
        stream.setNonStrokingColor(BLACK);
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(pt(x), pt(PAGE_HEIGHT - baseline));
        stream.showText(inRepertoire(text));
        stream.endText();
    }

    private String inRepertoire(String text) {
        if (text.codePoints().allMatch(repertoire::contains)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.appendCodePoint(repertoire.contains(cp) ? cp : '□'));
        return out.toString();
    }

    void textRight(String text, float right, float baseline, float size) throws IOException {
        text(text, right - mm(fit.width(text, size)), baseline, size);
    }

    void textCentred(String text, float centre, float baseline, float size) throws IOException {
        text(text, centre - mm(fit.width(text, size)) / 2, baseline, size);
    }

    /** Centred text drawn filled and stroked, since the embedded Gothic font has no bold face. */
    void boldCentred(String text, float centre, float baseline, float size) throws IOException {
        if (stream == null) {
            textCentred(text, centre, baseline, size);
            return;
        }
        stream.setRenderingMode(RenderingMode.FILL_STROKE);
        stream.setLineWidth(size * 0.03f);
        stream.setStrokingColor(BLACK);
        textCentred(text, centre, baseline, size);
        stream.setRenderingMode(RenderingMode.FILL);
    }

    /** Fitted lines from {@code top} (the top of the first line's em box) down. */
    void lines(TextFit.Fitted fitted, float x, float top) throws IOException {
        List<String> lines = fitted.lines();
        float size = fitted.size();
        for (int i = 0; i < lines.size(); i++) {
            text(lines.get(i), x, top + mm(size * ASCENT + i * size * TextFit.LEADING), size);
        }
    }
}
