package jp.renkei.protocol.validate;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.renkei.protocol.layout.Format;

/**
 * 第7表 (UPSIKYU) rules, spec §4.9: one month (MONTH-001/002), the special rows of §4.9.2 (T7-001…005), the fixed
 * 事業所コード (T7-006) and the service-code checks on detail rows. State per user-month and per office × satellite ×
 * kind only.
 */
final class SeventhTableRules implements FileRules {

    private static final String GRAND_TOTAL = "999999";
    private static final String ALL_NINES = "9999999999";

    private final FileContext ctx;
    private final MonthRule month;
    private final ServiceCodeChecks codes;
    private final int serviceCode;
    private final int office;
    private final int units;
    private final int[] discounts;
    private final int officeCode;
    private final int[] userMonth;
    private final int[] officeKind;
    private final Map<Long, GrandTotals> grandTotals = new LinkedHashMap<>();
    private final Map<Long, Subtotals> subtotals = new LinkedHashMap<>();

    /** The 全合計 rows of one user-month. */
    private static final class GrandTotals {
        final Position first;
        int count;

        GrandTotals(Position first) {
            this.first = first;
        }
    }

    /** The detail rows and the <kind>AAAA row of one user-month × office × satellite × kind. */
    private static final class Subtotals {
        final Position first;
        final String kind;
        String firstCode;
        boolean distinct;
        boolean present;

        Subtotals(Position first, String kind) {
            this.first = first;
            this.kind = kind;
        }

        void detail(String code) {
            if (firstCode == null) {
                firstCode = code;
            } else if (!firstCode.equals(code)) {
                distinct = true;
            }
        }
    }

    SeventhTableRules(FileContext ctx) {
        this.ctx = ctx;
        this.month = new MonthRule(ctx, "serviceMonth");
        this.codes = new ServiceCodeChecks(ctx);
        Schema s = ctx.schema();
        this.serviceCode = s.no("serviceCode");
        this.office = s.no("serviceOfficeCode");
        this.units = s.no("units");
        this.discounts = s.nos("discountRate", "discountedUnits");
        this.officeCode = s.no("officeCode");
        this.userMonth = s.nos("insurerNumber", "insuredNumber", "serviceMonth");
        this.officeKind = s.nos("insurerNumber", "insuredNumber", "serviceMonth", "serviceOfficeCode", "satelliteNo");
    }

    /** Whether a サービスコード is one of the special rows of §4.9.2: {@code <kind>AAAA/EEEE/ZZZZ} or 999999. */
    static boolean special(String code) {
        if (code.length() != 6 || GRAND_TOTAL.equals(code)) {
            return GRAND_TOTAL.equals(code);
        }
        char c = code.charAt(2);
        return (c == 'A' || c == 'E' || c == 'Z') && code.charAt(3) == c && code.charAt(4) == c
                && code.charAt(5) == c && kindChar(code.charAt(0)) && kindChar(code.charAt(1));
    }

    @Override
    public void record(Row row) {
        month.record(row);
        String code = row.value(serviceCode);
        boolean special = special(code);
        codes.check(row, special);
        fixedOfficeCode(row);
        GrandTotals totals = grandTotals.computeIfAbsent(KeySet.of(row, userMonth), k -> new GrandTotals(
                Position.of(row)));
        if (special) {
            specialRow(row, code, totals);
        } else if (FormatCheck.fits(Format.SVC, code, false)) {
            subtotal(row, code.substring(0, 2)).detail(code);
        }
    }

    @Override
    public void finish() {
        for (GrandTotals g : grandTotals.values()) {
            if (g.count == 0) {
                ctx.at(g.first, 0, Rule.T7_001, "this user-month has no grand-total row (サービスコード 999999)",
                        "この利用者・対象年月に全合計行（サービスコード 999999）がありません");
            }
        }
        for (Subtotals t : subtotals.values()) {
            if (t.distinct && !t.present) {
                ctx.at(t.first, serviceCode, Rule.T7_005, "detail rows of kind " + t.kind + " with two or more "
                        + "service codes for this office but no subtotal row " + t.kind + "AAAA", "この事業所の種類 "
                        + t.kind + " に2つ以上のサービスコードの明細行がありますが、小計行 " + t.kind + "AAAA がありません");
            }
        }
    }

    /** T7-006: 事業所コード is always 9999999999. */
    private void fixedOfficeCode(Row row) {
        if (!ALL_NINES.equals(row.value(officeCode))) {
            ctx.item(row, officeCode, Rule.T7_006, "expected 9999999999" + (row.filled(officeCode)
                    ? ctx.got(row, officeCode) : ", got an empty value"), "9999999999 であること"
                    + (row.filled(officeCode) ? ctx.gotJa(row, officeCode) : "（空）"));
        }
    }

    /** T7-002, T7-003, T7-004 and the presence of <kind>AAAA rows for T7-005. */
    private void specialRow(Row row, String code, GrandTotals totals) {
        if (GRAND_TOTAL.equals(code)) {
            if (++totals.count == 2) {
                ctx.item(row, serviceCode, Rule.T7_003, "a second grand-total row (999999) for this user-month",
                        "この利用者・対象年月の2つ目の全合計行（999999）です");
            }
            if (!ALL_NINES.equals(row.value(office))) {
                ctx.item(row, office, Rule.T7_002, "the grand-total row needs office 9999999999" + ctx.got(row, office),
                        "全合計行の事業所コードは 9999999999 であること" + ctx.gotJa(row, office));
            }
        } else if (code.endsWith("AAAA")) {
            subtotal(row, code.substring(0, 2)).present = true;
        }
        if (!"0".equals(row.value(units)) && row.filled(units)) {
            ctx.item(row, units, Rule.T7_004, "expected 0 on a special row (" + code + ")" + ctx.got(row, units),
                    "特殊行（" + code + "）では 0 であること" + ctx.gotJa(row, units));
        }
        for (int no : discounts) {
            if (row.filled(no)) {
                ctx.item(row, no, Rule.T7_004, "expected empty on a special row (" + code + ")" + ctx.got(row, no),
                        "特殊行（" + code + "）では空であること" + ctx.gotJa(row, no));
            }
        }
    }

    private Subtotals subtotal(Row row, String kind) {
        long key = KeySet.add(KeySet.of(row, officeKind), kind);
        return subtotals.computeIfAbsent(key, k -> new Subtotals(Position.of(row), kind));
    }

    private static boolean kindChar(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }
}
