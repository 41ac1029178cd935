package jp.renkei.protocol.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;

/**
 * Renders UP3KYO records as the printed 第3表 週間サービス計画表 (spec §8): one PDF holding, for each plan key in
 * order of first appearance, the grid page followed by its notes pages.
 *
 * <p>Rendering never fails because of content: invalid or incomplete entries go to the notes page, characters
 * the font lacks print as {@code □}. The output is deterministic: the same records and names give the same bytes
 * (the document id is a hash of the input, no dates, the fixed title {@link #TITLE} and no personal data in the
 * metadata). Thread-safe; instances are cheap, the font is the expensive part and may be shared.
 */
public final class WeeklyScheduleRenderer {

    /** The PDF metadata title of every rendered document. */
    public static final String TITLE = "第３表 週間サービス計画表";

    private final JapaneseFont font;

    public WeeklyScheduleRenderer(JapaneseFont font) {
        this.font = font;
    }

    /**
     * The PDF of the records.
     *
     * @param rows UP3KYO records, each the 13 unquoted values of spec §4.5 (missing values read as empty)
     * @param userNames 利用者氏名 by plan key (see {@link #userNames}); plans without one print
     *     {@code （被保険者番号 …）}
     * @throws IllegalArgumentException if there are no records at all
     */
    public byte[] render(List<List<String>> rows, Map<PlanKey, String> userNames) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a 第3表 needs at least one UP3KYO record");
        }
        TextFit fit = new TextFit(font);
        List<Entries> plans = Entries.byPlan(rows);
        Map<PlanKey, String> printedNames = new LinkedHashMap<>();
        plans.forEach(plan -> printedNames.put(plan.key(), name(plan.key(), userNames)));
        Set<Integer> repertoire = new TreeSet<>();
        try {
            Canvases recording = new Canvases(null, null, fit, repertoire);
            for (Entries plan : plans) {
                renderPlan(recording, plan, printedNames.get(plan.key()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("a recording canvas does no I/O", e);
        }
        try (TrueTypeFont subset = font.subset(repertoire); PDDocument document = new PDDocument()) {
            PDType0Font pdfFont = PDType0Font.load(document, subset, false);
            Canvases canvases = new Canvases(document, pdfFont, fit, repertoire);
            for (Entries plan : plans) {
                renderPlan(canvases, plan, printedNames.get(plan.key()));
            }
            document.getDocumentInformation().setTitle(TITLE);
            document.getDocument().getTrailer().setItem(COSName.ID, id(rows, printedNames));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            // A classic xref table instead of object streams: as small within 2 %, quicker, readable by old viewers.
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PDF to memory failed", e);
        }
    }

    /**
     * 利用者氏名 (No.6) of UPHOSOKU records by plan key (No.2, 3, 4); the first non-empty name of a key wins.
     *
     * @param rows UPHOSOKU records, each the unquoted values of spec §4.1
     */
    public static Map<PlanKey, String> userNames(List<List<String>> rows) {
        Map<PlanKey, String> names = new LinkedHashMap<>();
        for (List<String> row : rows) {
            String name = Entries.item(row, 6);
            if (!name.isBlank()) {
                names.putIfAbsent(new PlanKey(Entries.item(row, 2), Entries.item(row, 3), Entries.item(row, 4)), name);
            }
        }
        return names;
    }

    private static String name(PlanKey key, Map<PlanKey, String> names) {
        String name = names.get(key);
        return name == null || name.isBlank() ? "（被保険者番号 " + key.insured() + "）" : name;
    }

    private static void renderPlan(Canvases canvases, Entries plan, String name)
            throws IOException {
        Notes notes = new Notes(1);
        List<Entries.Unplaced> unplaced = new ArrayList<>(plan.unplaced());
        List<NotesPages.Line> lines;
        int pages;
        try (Canvases.Page page = canvases.newPage()) {
            Sheet.header(page.canvas(), plan, name, notes);
            new GridPage(page.canvas(), notes).draw(plan, unplaced);
            lines = NotesPages.lines(page.canvas().fit(), notes.all(), unplaced);
            pages = 1 + NotesPages.pages(lines);
            Sheet.footer(page.canvas(), plan.key(), 1, pages);
        }
        for (int index = 0; index < pages - 1; index++) {
            try (Canvases.Page page = canvases.newPage()) {
                Sheet.header(page.canvas(), plan, name, notes);
                NotesPages.draw(page.canvas(), lines, index);
                Sheet.footer(page.canvas(), plan.key(), index + 2, pages);
            }
        }
    }

    /** A document id derived from everything that is printed, so equal input gives equal bytes. */
    private static COSArray id(List<List<String>> rows, Map<PlanKey, String> printedNames) {
        MessageDigest digest = sha256();
        for (List<String> row : rows) {
            row.forEach(value -> update(digest, value));
            update(digest, "\u0000row");
        }
        printedNames.values().forEach(name -> update(digest, name));
        byte[] id = Arrays.copyOf(digest.digest(), 16);
        COSArray array = new COSArray();
        array.add(new COSString(id));
        array.add(new COSString(id));
        return array;
    }

    private static void update(MessageDigest digest, String value) {
        byte[] bytes = (value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Makes A4 landscape pages and the canvas to draw on each. */
    private record Canvases(PDDocument document, PDType0Font font, TextFit fit, Set<Integer> repertoire) {

        static final PDRectangle A4_LANDSCAPE = new PDRectangle(Canvas.pt(Canvas.PAGE_WIDTH),
                Canvas.pt(Canvas.PAGE_HEIGHT));

        /** A page to draw on, or with no document a recording canvas that only collects the characters drawn. */
        Page newPage() throws IOException {
            if (document == null) {
                return new Page(null, Canvas.recording(fit, repertoire));
            }
            PDPage page = new PDPage(A4_LANDSCAPE);
            document.addPage(page);
            PDPageContentStream stream = new PDPageContentStream(document, page);
            return new Page(stream, new Canvas(stream, font, fit, repertoire));
        }

        record Page(PDPageContentStream stream, Canvas canvas) implements AutoCloseable {

            @Override
            public void close() throws IOException {
                if (stream != null) {
                    stream.close();
                }
            }
        }
    }
}
