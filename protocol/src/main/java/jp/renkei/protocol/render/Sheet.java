package jp.renkei.protocol.render;

import java.io.IOException;

/** The parts every page of a plan shares: geometry of spec §8.2, header lines and footer. */
final class Sheet {

    static final float LEFT = 10f;
    static final float RIGHT = 287f;
    static final float HEADINGS_TOP = 27f;
    static final float GRID_TOP = 33f;
    static final float GRID_BOTTOM = 169f;
    static final float NAME_FIELD = 90f;
    static final String TITLE = "週間サービス計画表";

    private Sheet() {
    }

    /** y of {@code minutes} since 0:00 on the grid (spec §8.3). */
    static float y(int minutes) {
        return GRID_TOP + (GRID_BOTTOM - GRID_TOP) * minutes / Lanes.DAY_MINUTES;
    }

    /** Baseline that centres one line of {@code size} points in the band from {@code top} to {@code bottom}. */
    static float baseline(float top, float bottom, float size) {
        float em = Canvas.mm(size);
        return top + (bottom - top - em) / 2 + em * Canvas.ASCENT;
    }

    static void header(Canvas canvas, Entries plan, String name, Notes notes) throws IOException {
        TextFit fit = canvas.fit();
        float line1 = baseline(10, 17, 16);
        canvas.text("第３表", LEFT, line1, 9);
        canvas.boldCentred(TITLE, Canvas.PAGE_WIDTH / 2, line1, 16);
        canvas.textRight(fit.printable("作成年月日　" + Labels.date(plan.createdOn())), RIGHT, line1, 9);
        float line2 = baseline(18, 25, 11);
        String label = "利用者名　";
        canvas.text(label, LEFT, line2, 11);
        float fieldLeft = LEFT + Canvas.mm(fit.width(label, 11));
        userName(canvas, name, fieldLeft, line2, notes);
        canvas.line(fieldLeft, line2 + 1, fieldLeft + NAME_FIELD, line2 + 1, 0.3f, Canvas.BLACK);
        canvas.text("殿", fieldLeft + NAME_FIELD + 1, line2, 11);
        canvas.textRight(fit.printable("居宅サービス計画作成（変更）日　" + Labels.date(plan.key().planDate())),
                RIGHT, line2, 9);
    }

    private static void userName(Canvas canvas, String name, float left, float baseline, Notes notes)
            throws IOException {
        TextFit fit = canvas.fit();
        String text = fit.printable(name.replace("\r\n", "　").replace('\r', '　').replace('\n', '　'));
        float width = Canvas.pt(NAME_FIELD - 2);
        TextFit.Fitted fitted = fit.fit(text, width, 11, 11, 1).orElseGet(() -> fit.truncate(text, width, 11, 1,
                notes.mark("利用者名", "利用者名　" + text)));
        if (!fitted.lines().isEmpty()) {
            canvas.text(fitted.lines().get(0), left + 1, baseline, fitted.size());
        }
    }

    static void footer(Canvas canvas, PlanKey key, int page, int pages) throws IOException {
        float baseline = baseline(196, 200, 7);
        TextFit fit = canvas.fit();
        canvas.text(fit.printable("保険者番号 " + key.insurer() + "　被保険者番号 " + key.insured()), LEFT, baseline, 7);
        canvas.textRight(page + " / " + pages, RIGHT, baseline, 7);
    }
}
