package jp.renkei.protocol.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A rendered 第3表 read back: its text per page and its pages as grey images, addressed in sheet millimetres. */
final class Rendered {

    static final float DPI = 100f;
    private static JapaneseFont font;

    final byte[] pdf;

    private Rendered(byte[] pdf) {
        this.pdf = pdf;
    }

    /** The system font, located once for all tests (installed by {@code fonts-ipaexfont-gothic}). */
    static synchronized JapaneseFont font() {
        if (font == null) {
            try {
                font = JapaneseFont.locate(null);
            } catch (JapaneseFontNotFoundException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return font;
    }

    static Rendered of(List<List<String>> rows, Map<PlanKey, String> names) {
        return new Rendered(new WeeklyScheduleRenderer(font()).render(rows, names));
    }

    static Rendered of(Week week) {
        return of(week.rows(), Map.of());
    }

    PDDocument load() {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pages() {
        try (PDDocument document = load()) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text of page {@code page} (1-based) in drawing order. */
    String text(int page) {
        try (PDDocument document = load()) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text of all pages with every whitespace removed, so that wrapped labels read as one string. */
    String compactText() {
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= pages(); page++) {
            all.append(text(page));
        }
        return compact(all.toString());
    }

    static String compact(String text) {
        return text.replaceAll("[\\s\u3000]+", "");
    }

    Image image(int page) {
        try (PDDocument document = load()) {
            return new Image(new PDFRenderer(document).renderImageWithDPI(page - 1, DPI, ImageType.GRAY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rasterised page; coordinates are sheet millimetres from the top-left corner. */
    record Image(BufferedImage image) {

        /** Grey level 0 (black) … 255 (white) at the point. */
        int gray(float xMm, float yMm) {
            int x = (int) Math.floor(xMm * DPI / 25.4f);
            int y = (int) Math.floor(yMm * DPI / 25.4f);
            return image.getRaster().getSample(x, y, 0);
        }

        boolean isBlockFill(float xMm, float yMm) {
            return Math.abs(gray(xMm, yMm) - 230) <= 6;
        }

        boolean isWhite(float xMm, float yMm) {
            return gray(xMm, yMm) >= 250;
        }

        /** Whether every pixel of the rectangle is white. */
        boolean blank(float left, float top, float right, float bottom) {
            int x0 = (int) Math.floor(left * DPI / 25.4f);
            int x1 = (int) Math.ceil(right * DPI / 25.4f);
            int y0 = (int) Math.floor(top * DPI / 25.4f);
            int y1 = (int) Math.ceil(bottom * DPI / 25.4f);
            for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
                for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                    if (image.getRaster().getSample(x, y, 0) < 250) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
