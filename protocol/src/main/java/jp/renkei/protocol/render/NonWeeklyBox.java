package jp.renkei.protocol.render;

import static jp.renkei.protocol.render.GridPage.BOX_BOTTOM;
import static jp.renkei.protocol.render.GridPage.BOX_TOP;
import static jp.renkei.protocol.render.GridPage.DAYS_LEFT;
import static jp.renkei.protocol.render.Sheet.LEFT;
import static jp.renkei.protocol.render.Sheet.RIGHT;

import java.io.IOException;
import java.util.List;

/** The 週単位以外のサービス box (spec §8.5): every N entry in record order, joined by {@code 　／　}. */
final class NonWeeklyBox {

    static final String SEPARATOR = "　／　";
    private static final float SIZE = 8f;
    private static final float PAD = 1f;

    private final Canvas canvas;
    private final Notes notes;

    NonWeeklyBox(Canvas canvas, Notes notes) {
        this.canvas = canvas;
        this.notes = notes;
    }

    void draw(List<String> entries) throws IOException {
        canvas.frame(LEFT, BOX_TOP, RIGHT - LEFT, BOX_BOTTOM - BOX_TOP, 0.8f);
        canvas.line(DAYS_LEFT, BOX_TOP, DAYS_LEFT, BOX_BOTTOM, 0.5f, Canvas.BLACK);
        float em = Canvas.mm(SIZE);
        float first = (BOX_TOP + BOX_BOTTOM) / 2 - (em + em * TextFit.LEADING) / 2 + em * Canvas.ASCENT;
        canvas.textCentred("週単位以外の", (LEFT + DAYS_LEFT) / 2, first, SIZE);
        canvas.textCentred("サービス", (LEFT + DAYS_LEFT) / 2, first + em * TextFit.LEADING, SIZE);
        if (entries.isEmpty()) {
            return;
        }
        TextFit fit = canvas.fit();
        String joined = String.join(SEPARATOR, entries.stream().map(NonWeeklyBox::oneLine).toList());
        String text = fit.printable(joined);
        float width = Canvas.pt(RIGHT - DAYS_LEFT - 2 * PAD);
        float height = Canvas.pt(BOX_BOTTOM - BOX_TOP - 2 * PAD);
        TextFit.Fitted fitted = fit.fit(text, width, height, SIZE, Integer.MAX_VALUE).orElseGet(() -> fit.truncate(
                text, width, height, Integer.MAX_VALUE, notes.mark(entries, "週単位以外のサービス　" + joined)));
        canvas.lines(fitted, DAYS_LEFT + PAD, BOX_TOP + PAD);
    }

    /** Line breaks inside an entry become a full-width space, so entries stay one run of text. */
    static String oneLine(String entry) {
        return entry.replace("\r\n", "　").replace('\r', '　').replace('\n', '　');
    }
}
