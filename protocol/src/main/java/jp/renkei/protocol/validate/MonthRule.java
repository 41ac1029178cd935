package jp.renkei.protocol.validate;

import java.util.HashSet;
import java.util.Set;

/**
 * MONTH-001 and MONTH-002 over the month item of UPPLAN, UPJSK, UPSIKYU (No.5 対象年月) and DLTPLAN, DLTJSK (No.4
 * 削除対象年月): one month per file, equal to the file-name month. Each offending month value is reported once, at
 * the first record that carries it, so that a large file with one wrong month gives one finding, not thousands.
 * Only valid months are compared (a malformed one is already ITEM-003).
 */
final class MonthRule implements FileRules {

    private final FileContext ctx;
    private final int month;
    /** The file-name month when it is a valid month, else null (then MONTH-002 cannot be decided). */
    private final String named;
    private final Set<String> reported = new HashSet<>();
    private String first;

    MonthRule(FileContext ctx, String key) {
        this.ctx = ctx;
        this.month = ctx.schema().no(key);
        this.named = ctx.month() != null && FormatCheck.month(ctx.month()) ? ctx.month() : null;
    }

    @Override
    public void record(Row row) {
        String m = row.value(month);
        if (!FormatCheck.month(m)) {
            return;
        }
        if (first == null) {
            first = m;
        } else if (!first.equals(m) && reported.add("1" + m)) {
            ctx.item(row, month, Rule.MONTH_001, "month " + m + " differs from the file's first month " + first
                    + "; a file holds one month", "ファイル内の最初の年月 " + first + " と異なる " + m + " です（1ファイル1か月）");
        }
        if (named != null && !named.equals(m) && reported.add("2" + m)) {
            ctx.item(row, month, Rule.MONTH_002, "month " + m + " differs from the file-name month " + named,
                    "ファイル名の年月 " + named + " と異なる " + m + " です");
        }
    }
}
