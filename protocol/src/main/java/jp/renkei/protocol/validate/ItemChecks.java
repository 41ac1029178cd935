package jp.renkei.protocol.validate;

import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.csv.RawRecord;
import jp.renkei.protocol.layout.Format;
import jp.renkei.protocol.layout.Item;
import jp.renkei.protocol.layout.Requirement;

/**
 * The item rules every record of every kind goes through (spec §6.3.5): ITEM-001…006 except 006, ITEM-011…013,
 * CODE-001/011, CSV-005, T6-001 for 日割対象日 and EQP-004 for the TAIS items. Kind-specific special cases that a
 * format token cannot express live here too: the 6-digit 相談日 (§6.4), {@code 9999} only in 第6表 times, and the
 * relaxed 回数／日数 of 第7表 special rows.
 */
final class ItemChecks {

    private final FileContext ctx;
    private final Schema schema;
    private final boolean nines;
    private final int consultationDate;
    private final int countOrDays;
    private final int serviceCode;
    private final String[] lastCode;

    ItemChecks(FileContext ctx) {
        this.ctx = ctx;
        this.schema = ctx.schema();
        FileKind kind = ctx.kind();
        this.nines = kind == FileKind.UPPLAN || kind == FileKind.UPJSK;
        this.consultationDate = schema.no("consultationDate");
        this.countOrDays = kind == FileKind.UPSIKYU ? schema.no("countOrDays") : 0;
        this.serviceCode = kind == FileKind.UPSIKYU ? schema.no("serviceCode") : 0;
        this.lastCode = new String[schema.size()];
    }

    /** The record's checked values: free text as received, the rest trimmed (ITEM-005), CSV-005 on the way. */
    Row row(RawRecord raw) {
        String[] values = new String[schema.size()];
        Row row = new Row(raw, values);
        for (int no = 1; no <= values.length; no++) {
            String v = raw.field(no);
            if (schema.freeText(no)) {
                values[no - 1] = v;
                if (!v.isEmpty() && !raw.quoted(no)) {
                    ctx.item(row, no, Rule.CSV_005, "free text is not enclosed in double quotes; read as written",
                            "フリーテキストが「\"」で囲まれていません。記載のまま読み込みました");
                }
            } else {
                values[no - 1] = trimmed(row, no, v);
            }
        }
        return row;
    }

    void check(Row row) {
        for (int no = 1; no <= schema.size(); no++) {
            Item item = schema.item(no);
            String v = row.value(no);
            if (v.isEmpty()) {
                empty(row, no, item);
            } else if (!item.freeText()) {
                filled(row, no, item, v);
            }
        }
    }

    private String trimmed(Row row, int no, String v) {
        String t = strip(v);
        if (t != v) {
            ctx.item(row, no, Rule.ITEM_005, "leading or trailing spaces were removed before checking",
                    "前後の半角空白を除去してから検査しました");
        }
        return t;
    }

    /** The value without leading and trailing ASCII spaces; the same instance when there are none. */
    static String strip(String v) {
        int n = v.length();
        if (n == 0 || v.charAt(0) != ' ' && v.charAt(n - 1) != ' ') {
            return v;
        }
        int b = 0;
        int e = v.length();
        while (b < e && v.charAt(b) == ' ') {
            b++;
        }
        while (e > b && v.charAt(e - 1) == ' ') {
            e--;
        }
        return b == 0 && e == v.length() ? v : v.substring(b, e);
    }

    private void empty(Row row, int no, Item item) {
        if (item.requirement() == Requirement.REQUIRED) {
            if (no == countOrDays && SeventhTableRules.special(row.value(serviceCode))) {
                ctx.item(row, no, Rule.ITEM_011, "回数／日数 is empty on a special row",
                        "特殊行の回数／日数が空です");
            } else {
                ctx.item(row, no, Rule.ITEM_001, "required item is empty", "必須項目が空です");
            }
        } else if (item.requirement() == Requirement.PROBABLY_REQUIRED) {
            ctx.item(row, no, Rule.ITEM_011, "item is empty; the standard probably requires it",
                    "必須と思われる項目が空です");
        }
    }

    private void filled(Row row, int no, Item item, String v) {
        Format f = item.format();
        if (f == Format.UNUSED) {
            ctx.item(row, no, Rule.ITEM_004, "識別子 is not used by the standard and should be empty",
                    "識別子は「使用しない」項目のため空であること");
        } else if (f == Format.DAYS31) {
            if (!FormatCheck.days31(v)) {
                ctx.item(row, no, Rule.T6_001, "expected " + FormatText.en(f) + ", got " + v.length()
                        + " characters", FormatText.ja(f) + "であること（" + v.length() + "文字）");
            }
        } else if (f != Format.VER && f != Format.RULE && lengthFits(row, no, item, v)) {
            format(row, no, item, f, v);
        }
    }

    /** ITEM-002 / ITEM-012; false when a certain maximum is exceeded, which makes a format finding redundant. */
    private boolean lengthFits(Row row, int no, Item item, String v) {
        int max = item.maxLength();
        if (v.length() <= max) {
            return true;
        }
        int length = v.codePointCount(0, v.length());
        if (length <= max) {
            return true;
        }
        String en = length + " characters, at most " + max + " allowed";
        String ja = max + "文字以内のところ" + length + "文字です";
        if (item.lengthUncertain()) {
            ctx.item(row, no, Rule.ITEM_012, en + " (the maximum is uncertain)", ja + "（上限が不確かな項目）");
            return true;
        }
        ctx.item(row, no, Rule.ITEM_002, en, ja);
        return false;
    }

    private void format(Row row, int no, Item item, Format f, String v) {
        switch (f) {
            case CODE -> code(row, no, item, v);
            case TAIS -> tais(row, no, v);
            case DATE -> date(row, no, item, v);
            default -> {
                if (!FormatCheck.fits(f, v, nines)) {
                    badFormat(row, no, item, FormatText.en(f), FormatText.ja(f));
                }
            }
        }
    }

    /** CODE-001/011; the last value found in the table is remembered per item, as codes repeat from row to row. */
    private void code(Row row, int no, Item item, String v) {
        if (v.equals(lastCode[no - 1])) {
            return;
        }
        if (item.codes() == null || item.codes().contains(v)) {
            lastCode[no - 1] = v;
        } else {
            Rule rule = item.formatUncertain() ? Rule.CODE_011 : Rule.CODE_001;
            String table = item.codes().japaneseName();
            ctx.item(row, no, rule, "expected a code of the table " + table + ctx.got(row, no),
                    "コード表「" + table + "」にない値です" + ctx.gotJa(row, no));
        }
    }

    private void tais(Row row, int no, String v) {
        if (!FormatCheck.tais(v)) {
            ctx.item(row, no, Rule.EQP_004, "expected 5 digits, a hyphen and 6 digits (e.g. 00001-000010)"
                    + ctx.got(row, no), "数字5桁・ハイフン・数字6桁（例 00001-000010）であること" + ctx.gotJa(row, no));
        }
    }

    /** 相談日 of the UPKIHON family: a valid YYYYMM is only ITEM-013 (§6.4, §9 #15). */
    private void date(Row row, int no, Item item, String v) {
        if (FormatCheck.date(v)) {
            return;
        }
        if (no == consultationDate && FormatCheck.month(v)) {
            ctx.item(row, no, Rule.ITEM_013, "expected a date YYYYMMDD, got a month YYYYMM; accepted as the key",
                    "日付 YYYYMMDD のところ年月 YYYYMM です。キーとして受け付けました");
            return;
        }
        badFormat(row, no, item, FormatText.en(Format.DATE), FormatText.ja(Format.DATE));
    }

    private void badFormat(Row row, int no, Item item, String en, String ja) {
        Rule rule = item.formatUncertain() ? Rule.ITEM_013 : Rule.ITEM_003;
        ctx.item(row, no, rule, "expected " + en + ctx.got(row, no), ja + "であること" + ctx.gotJa(row, no));
    }
}
