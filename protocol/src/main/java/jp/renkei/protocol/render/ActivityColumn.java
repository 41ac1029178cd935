package jp.renkei.protocol.render;

import static jp.renkei.protocol.render.GridPage.ACTIVITIES_LEFT;
import static jp.renkei.protocol.render.Sheet.GRID_BOTTOM;
import static jp.renkei.protocol.render.Sheet.GRID_TOP;
import static jp.renkei.protocol.render.Sheet.RIGHT;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.renkei.protocol.render.Entries.Activity;

/** The 主な日常生活上の活動 column (spec §8.5): ticks at the times, labels pushed apart so they never collide. */
final class ActivityColumn {

    private static final float TEXT_LEFT = ACTIVITIES_LEFT + 3;
    private static final float TEXT_WIDTH = RIGHT - TEXT_LEFT - 0.5f;
    private static final float TICK = 2f;
    private static final float GAP = 0.3f;
    private static final float INSET = 0.3f;

    private record Placed(Activity activity, TextFit.Fitted label, float top, float height) {
    }

    private final Canvas canvas;
    private final Notes notes;

    ActivityColumn(Canvas canvas, Notes notes) {
        this.canvas = canvas;
        this.notes = notes;
    }

    /**
     * Draws the activities at 7 pt in up to two lines; when they cannot all be stacked in the column, at 5 pt in one
     * line, and those that still do not fit are added to {@code unplaced} rather than drawn outside the grid.
     */
    void draw(List<Activity> activities, List<Entries.Unplaced> unplaced) throws IOException {
        List<Activity> sorted = new ArrayList<>(activities);
        sorted.sort(Comparator.comparingInt(Activity::start).thenComparingInt(Activity::record));
        List<Placed> placed = place(sorted, 7, 2, new Notes(notes.next()));
        if (placed != null) {
            placed = place(sorted, 7, 2, notes);
        } else {
            int fitting = sorted.size();
            while (place(sorted.subList(0, fitting), 5, 1, new Notes(notes.next())) == null) {
                fitting--;
            }
            for (Activity dropped : sorted.subList(fitting, sorted.size())) {
                unplaced.add(new Entries.Unplaced(dropped.record(), raw(dropped), "主な日常生活上の活動の欄に入りきらない"));
            }
            placed = place(sorted.subList(0, fitting), 5, 1, notes);
        }
        for (Placed p : placed) {
            draw(p);
        }
    }

    /** Labels stacked top-down, then the run at the bottom shifted up; null when they overflow the column. */
    private List<Placed> place(List<Activity> activities, float maxSize, int maxLines, Notes marks) {
        List<Placed> placed = new ArrayList<>();
        float below = GRID_TOP + INSET;
        for (Activity activity : activities) {
            TextFit.Fitted label = label(activity, maxSize, maxLines, marks);
            float height = Canvas.mm(label.height());
            float top = Math.max(Sheet.y(activity.start()) - height / 2, below);
            placed.add(new Placed(activity, label, top, height));
            below = top + height + GAP;
        }
        float limit = GRID_BOTTOM - INSET;
        for (int i = placed.size() - 1; i >= 0 && placed.get(i).top() + placed.get(i).height() > limit; i--) {
            Placed p = placed.get(i);
            placed.set(i, new Placed(p.activity(), p.label(), limit - p.height(), p.height()));
            limit = limit - p.height() - GAP;
        }
        return placed.isEmpty() || placed.get(0).top() >= GRID_TOP + INSET - 1e-3 ? placed : null;
    }

    private TextFit.Fitted label(Activity activity, float maxSize, int maxLines, Notes marks) {
        TextFit fit = canvas.fit();
        String text = fit.printable(activity.text());
        float width = Canvas.pt(TEXT_WIDTH);
        float height = Float.MAX_VALUE;
        return fit.fit(text, width, height, maxSize, maxLines).orElseGet(() -> fit.truncate(text, width, height,
                maxLines, marks.mark(activity, "主な日常生活上の活動　" + range(activity) + "　" + activity.text())));
    }

    private void draw(Placed placed) throws IOException {
        Activity activity = placed.activity();
        float start = Sheet.y(activity.start());
        float end = Sheet.y(activity.end());
        canvas.line(ACTIVITIES_LEFT, start, ACTIVITIES_LEFT + TICK, start, 0.4f, Canvas.BLACK);
        if (activity.end() != activity.start()) {
            float x = ACTIVITIES_LEFT + 1;
            if (activity.end() > activity.start()) {
                canvas.line(x, start, x, end, 0.4f, Canvas.BLACK);
            } else {
                canvas.line(x, start, x, GRID_BOTTOM, 0.4f, Canvas.BLACK);
                canvas.line(x, GRID_TOP, x, end, 0.4f, Canvas.BLACK);
            }
            canvas.line(ACTIVITIES_LEFT, end, ACTIVITIES_LEFT + TICK, end, 0.4f, Canvas.BLACK);
        }
        float centre = placed.top() + placed.height() / 2;
        // Labels get a white ground so the hour lines they sit on do not strike them through.
        if (Math.abs(centre - start) > 0.3f) {
            canvas.line(ACTIVITIES_LEFT + TICK, start, TEXT_LEFT - 0.3f, centre, 0.2f, Canvas.BLACK);
        }
        float width = 0;
        for (String line : placed.label().lines()) {
            width = Math.max(width, Canvas.mm(canvas.fit().width(line, placed.label().size())));
        }
        canvas.box(TEXT_LEFT - 0.2f, placed.top(), width + 0.4f, placed.height(), 1f, 0f);
        canvas.lines(placed.label(), TEXT_LEFT, placed.top());
    }

    private static String range(Activity activity) {
        return activity.start() == activity.end() ? Labels.time(activity.start())
                : Labels.range(activity.start(), activity.end());
    }

    /** The raw No.6–13 of an activity that could not be placed, rebuilt from its parsed values. */
    private static List<String> raw(Activity activity) {
        return List.of("", "", "", "", activity.text(), hhmm(activity.start()), hhmm(activity.end()), "");
    }

    private static String hhmm(int minutes) {
        return String.format("%02d%02d", minutes / 60, minutes % 60);
    }
}
