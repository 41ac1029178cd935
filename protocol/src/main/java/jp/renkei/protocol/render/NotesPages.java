package jp.renkei.protocol.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.protocol.render.Entries.Unplaced;

/** The notes pages of a plan (spec §8.7): full text of every ※n, then the entries the grid could not place. */
final class NotesPages {

    static final String HEADING = "週間サービス計画表（注記）";
    private static final float TOP = 36f;
    private static final float BOTTOM = 194f;
    private static final float SIZE = 8f;
    private static final float PITCH = Canvas.mm(SIZE * 1.4f);
    private static final String[] ITEM_NAMES = {"介護サービス内容", "曜日", "開始時間", "終了時間",
        "主な日常生活上の活動", "開始時間", "終了時間", "週単位以外のサービス"};

    /** One printed line, {@code indent} mm right of the left margin. */
    record Line(String text, float indent, boolean heading) {
    }

    private NotesPages() {
    }

    static int linesPerPage() {
        return (int) ((BOTTOM - TOP) / PITCH);
    }

    static int pages(List<Line> lines) {
        return (lines.size() + linesPerPage() - 1) / linesPerPage();
    }

    static List<Line> lines(TextFit fit, List<Notes.Note> notes, List<Unplaced> unplaced) {
        List<Line> lines = new ArrayList<>();
        if (!notes.isEmpty()) {
            lines.add(new Line("枠に収まらなかった記載（全文）", 0, true));
            for (Notes.Note note : notes) {
                paragraph(fit, note.mark() + "　", note.text(), lines);
            }
        }
        if (!unplaced.isEmpty()) {
            lines.add(new Line("表に配置できなかった記載（レコードはファイル内の順番）", 0, true));
            for (Unplaced entry : unplaced) {
                paragraph(fit, "レコード" + entry.record() + "　", entry.reason() + "：" + raw(entry), lines);
            }
        }
        return lines;
    }

    private static String raw(Unplaced entry) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ITEM_NAMES.length; i++) {
            text.append(i == 0 ? "" : "　").append(ITEM_NAMES[i]).append("「").append(entry.raw().get(i)).append("」");
        }
        return text.toString();
    }

    /** {@code prefix} then {@code text} wrapped to the page width, continuation lines indented under the text. */
    private static void paragraph(TextFit fit, String prefix, String text, List<Line> lines) {
        String head = fit.printable(prefix);
        float indent = Canvas.mm(fit.width(head, SIZE));
        float width = Canvas.pt(Sheet.RIGHT - Sheet.LEFT - indent);
        List<String> wrapped = fit.wrap(fit.printable(text), width, SIZE);
        lines.add(new Line(head + wrapped.get(0), 0, false));
        for (String line : wrapped.subList(1, wrapped.size())) {
            lines.add(new Line(line, indent, false));
        }
    }

    /** Draws page {@code index} (0-based) of the notes below the shared header. */
    static void draw(Canvas canvas, List<Line> lines, int index) throws IOException {
        canvas.boldCentred(HEADING, Canvas.PAGE_WIDTH / 2, Sheet.baseline(Sheet.HEADINGS_TOP, Sheet.GRID_TOP, 11), 11);
        int from = index * linesPerPage();
        int to = Math.min(lines.size(), from + linesPerPage());
        float baseline = TOP + Canvas.mm(SIZE) * Canvas.ASCENT;
        for (Line line : lines.subList(from, to)) {
            canvas.text(line.text(), Sheet.LEFT + line.indent(), baseline, SIZE);
            if (line.heading()) {
                float width = Canvas.mm(canvas.fit().width(line.text(), SIZE));
                canvas.line(Sheet.LEFT, baseline + 0.6f, Sheet.LEFT + width, baseline + 0.6f, 0.3f, Canvas.BLACK);
            }
            baseline += PITCH;
        }
    }
}
