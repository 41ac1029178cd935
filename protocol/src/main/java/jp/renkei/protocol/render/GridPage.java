package jp.renkei.protocol.render;

import static jp.renkei.protocol.render.Sheet.GRID_BOTTOM;
import static jp.renkei.protocol.render.Sheet.GRID_TOP;
import static jp.renkei.protocol.render.Sheet.HEADINGS_TOP;
import static jp.renkei.protocol.render.Sheet.LEFT;
import static jp.renkei.protocol.render.Sheet.RIGHT;

import java.io.IOException;
import java.util.List;
import jp.renkei.protocol.render.Entries.Service;
import jp.renkei.protocol.render.Lanes.Block;

/** The first page of a plan below the header: the weekly grid with its blocks, activities and the N box. */
final class GridPage {

    static final float BAND_RIGHT = 18f;
    static final float DAYS_LEFT = 30f;
    static final float DAY_WIDTH = 29f;
    static final float ACTIVITIES_LEFT = 233f;
    static final float BOX_TOP = 171f;
    static final float BOX_BOTTOM = 195f;
    static final float BLOCK_GRAY = 0.9f;
    static final float HOUR_GRAY = 0.6f;
    private static final float PAD = 0.5f;
    private static final float LABEL_SIZE = 7f;
    private static final float TIME_SIZE = 6f;
    private static final int[] BANDS = {0, 6, 8, 12, 18, 22, 24};
    private static final String[] BAND_LABELS = {"深夜", "早朝", "午前", "午後", "夜間", "深夜"};

    private final Canvas canvas;
    private final Notes notes;

    GridPage(Canvas canvas, Notes notes) {
        this.canvas = canvas;
        this.notes = notes;
    }

    /** Draws everything of the plan that has a place on the grid; {@code unplaced} receives what does not. */
    void draw(Entries plan, List<Entries.Unplaced> unplaced) throws IOException {
        hourLines();
        for (Block block : Lanes.layout(plan.services())) {
            block(block);
        }
        new ActivityColumn(canvas, notes).draw(plan.activities(), unplaced);
        gridLines();
        new NonWeeklyBox(canvas, notes).draw(plan.nonWeekly());
    }

    static float dayLeft(int day) {
        return DAYS_LEFT + (day - 1) * DAY_WIDTH;
    }

    /** Hour and band lines, drawn under the blocks so that a block reads as one piece. */
    private void hourLines() throws IOException {
        for (int hour = 1; hour < 24; hour++) {
            float y = Sheet.y(hour * 60);
            canvas.line(DAYS_LEFT, y, RIGHT, y, 0.2f, HOUR_GRAY);
        }
        for (int i = 1; i < BANDS.length - 1; i++) {
            float y = Sheet.y(BANDS[i] * 60);
            canvas.line(LEFT, y, RIGHT, y, 0.5f, Canvas.BLACK);
        }
    }

    /** Frame, separators, headings and labels, drawn over the blocks so that the columns stay visible. */
    private void gridLines() throws IOException {
        canvas.line(LEFT, GRID_TOP, RIGHT, GRID_TOP, 0.5f, Canvas.BLACK);
        canvas.line(BAND_RIGHT, GRID_TOP, BAND_RIGHT, GRID_BOTTOM, 0.5f, Canvas.BLACK);
        for (int day = 1; day <= 8; day++) {
            canvas.line(dayLeft(day), HEADINGS_TOP, dayLeft(day), GRID_BOTTOM, 0.5f, Canvas.BLACK);
        }
        canvas.frame(LEFT, HEADINGS_TOP, RIGHT - LEFT, GRID_BOTTOM - HEADINGS_TOP, 0.8f);
        headings();
        bandLabels();
        hourLabels();
    }

    private void headings() throws IOException {
        float baseline = Sheet.baseline(HEADINGS_TOP, GRID_TOP, 9);
        for (int day = 1; day <= 7; day++) {
            canvas.textCentred(Labels.day(day), dayLeft(day) + DAY_WIDTH / 2, baseline, 9);
        }
        canvas.textCentred("主な日常生活上の活動", (ACTIVITIES_LEFT + RIGHT) / 2, baseline, 9);
    }

    /** Band names written vertically (縦書き): one character under the other, centred in the band. */
    private void bandLabels() throws IOException {
        float em = Canvas.mm(8);
        for (int i = 0; i < BAND_LABELS.length; i++) {
            String label = BAND_LABELS[i];
            float top = Sheet.y(BANDS[i] * 60);
            float bottom = Sheet.y(BANDS[i + 1] * 60);
            float first = (top + bottom) / 2 - em * label.length() / 2;
            for (int c = 0; c < label.length(); c++) {
                canvas.textCentred(label.substring(c, c + 1), (LEFT + BAND_RIGHT) / 2,
                        first + em * c + em * Canvas.ASCENT, 8);
            }
        }
    }

    private void hourLabels() throws IOException {
        float em = Canvas.mm(7);
        for (int hour = 0; hour <= 24; hour += 2) {
            float y = Sheet.y(hour * 60);
            float baseline = y - em / 2 + em * Canvas.ASCENT;
            if (hour == 0) {
                baseline = GRID_TOP + 0.4f + em * Canvas.ASCENT;
            } else if (hour == 24) {
                baseline = GRID_BOTTOM - 0.4f - em * (1 - Canvas.ASCENT);
            }
            String label = hour + ":00";
            float width = Canvas.mm(canvas.fit().width(label, 7));
            canvas.box(DAYS_LEFT - 0.6f - width, baseline - em * Canvas.ASCENT, width + 0.2f, em, 1f, 0f);
            canvas.textRight(label, DAYS_LEFT - 0.5f, baseline, 7);
        }
    }

    private void block(Block block) throws IOException {
        Lanes.Segment segment = block.segment();
        float width = (DAY_WIDTH - 1) / block.lanes();
        float x = dayLeft(segment.day()) + PAD + block.lane() * width;
        float top = Sheet.y(segment.top());
        float height = Sheet.y(segment.bottom()) - top;
        canvas.box(x, top, width, height, BLOCK_GRAY, 0.4f);
        blockLabel(segment.service(), x, top, width, height);
    }

    private void blockLabel(Service service, float x, float top, float width, float height) throws IOException {
        TextFit fit = canvas.fit();
        String text = fit.printable(service.text());
        float w = Canvas.pt(width - 2 * PAD);
        float h = Canvas.pt(height - 2 * PAD);
        TextFit.Fitted label = fit.fit(text, w, h, LABEL_SIZE, Integer.MAX_VALUE)
                .orElseGet(() -> fit.truncate(text, w, h, Integer.MAX_VALUE, notes.mark(service, note(service))));
        canvas.lines(label, x + PAD, top + PAD);
        String range = Labels.range(service.start(), service.end());
        float used = label.lines().size() * label.size() * TextFit.LEADING;
        if (used + TIME_SIZE <= h && fit.width(range, TIME_SIZE) <= w) {
            canvas.text(range, x + PAD, top + PAD + Canvas.mm(used + TIME_SIZE * Canvas.ASCENT), TIME_SIZE);
        }
    }

    private static String note(Service service) {
        return Labels.day(service.day()) + "曜　" + Labels.range(service.start(), service.end()) + "　"
                + service.text();
    }
}
