package jp.renkei.protocol.validate;

import jp.renkei.protocol.layout.Format;

/**
 * 利用者補足情報 rules (spec §4.1, HOS-001…005). The file-name MONTH says which set the file belongs to:
 * {@code 000000} a plan set, YYYYMM a 利用票 set. When the name did not parse, HOS-001/002 are skipped and the
 * duplicate key takes No.4 and No.63 together.
 */
final class HosokuRules implements FileRules {

    private static final String PLAN_SET = "000000";
    private static final int SLOTS = 9;

    private final FileContext ctx;
    private final int insurer;
    private final int insured;
    private final int planDate;
    private final int serviceMonth;
    private final int[][] slots = new int[SLOTS][];
    private final KeySet keys = new KeySet();

    HosokuRules(FileContext ctx) {
        this.ctx = ctx;
        Schema s = ctx.schema();
        this.insurer = s.no("insurerNumber");
        this.insured = s.no("insuredNumber");
        this.planDate = s.no("planDate");
        this.serviceMonth = s.no("serviceMonth");
        for (int n = 1; n <= SLOTS; n++) {
            String key = "slot" + n;
            slots[n - 1] = new int[] {s.no(key + "ServiceKind"), s.no(key + "LimitAmount"),
                s.no(key + "TotalUnits"), s.no(key + "ExcessUnits")};
        }
    }

    @Override
    public void record(Row row) {
        String month = ctx.month();
        if (month != null) {
            setType(row, month);
        }
        slots(row);
        long key = month == null ? KeySet.of(row, insurer, insured, planDate, serviceMonth)
                : KeySet.of(row, insurer, insured, PLAN_SET.equals(month) ? planDate : serviceMonth);
        if (!keys.add(key)) {
            ctx.row(row, Rule.HOS_005, "another record of this file has the same user and "
                    + (PLAN_SET.equals(month) ? "plan date (No.2, 3, 4)" : "month (No.2, 3, 63)"),
                    "同じ利用者・" + (PLAN_SET.equals(month) ? "計画作成日（No.2、3、4）" : "対象年月（No.2、3、63）")
                    + "のレコードがファイル内に既にあります");
        }
    }

    /** HOS-001 and HOS-002: No.63 and No.4 as the set type requires. */
    private void setType(Row row, String month) {
        boolean planSet = PLAN_SET.equals(month);
        String m = row.value(serviceMonth);
        if (!m.isEmpty() && !m.equals(month)) {
            ctx.item(row, serviceMonth, Rule.HOS_001, "expected the file-name month " + month
                    + (planSet ? " (plan set)" : " (利用票 set)") + ctx.got(row, serviceMonth),
                    "ファイル名の年月 " + month + (planSet ? "（計画書の送信単位）" : "（利用票の送信単位）") + "であること"
                    + ctx.gotJa(row, serviceMonth));
        }
        String d = row.value(planDate);
        if (d.isEmpty()) {
            return;
        }
        if (planSet && !FormatCheck.date(d)) {
            ctx.item(row, planDate, Rule.HOS_002, "in a plan set (month 000000) expected the plan date as "
                    + FormatText.en(Format.DATE) + ctx.got(row, planDate),
                    "計画書の送信単位（年月 000000）では計画作成日（実在する日付 YYYYMMDD）であること" + ctx.gotJa(row, planDate));
        } else if (!planSet && !"00000000".equals(d)) {
            ctx.item(row, planDate, Rule.HOS_002, "in a 利用票 set (month " + month + ") expected 00000000"
                    + ctx.got(row, planDate), "利用票の送信単位（年月 " + month + "）では 00000000 であること"
                    + ctx.gotJa(row, planDate));
        }
    }

    /** HOS-003 (slots filled from slot 1 without gaps) and HOS-004 (短期入所療養介護 given as 22). */
    private void slots(Row row) {
        int firstEmpty = 0;
        boolean gapReported = false;
        for (int n = 1; n <= SLOTS; n++) {
            int[] slot = slots[n - 1];
            boolean used = row.filled(slot[0]) || row.filled(slot[1]) || row.filled(slot[2]) || row.filled(slot[3]);
            if (!used && firstEmpty == 0) {
                firstEmpty = n;
            } else if (used && firstEmpty != 0 && !gapReported) {
                gapReported = true;
                ctx.item(row, firstUsed(row, slot), Rule.HOS_003, "limit slot " + n + " is used while slot "
                        + firstEmpty + " is empty; slots are filled from slot 1 without gaps",
                        "限度額欄 " + firstEmpty + " が空のまま欄 " + n + " が使われています（欄1から詰めて記載）");
            }
            String kind = row.value(slot[0]);
            if ("23".equals(kind) || "2A".equals(kind)) {
                ctx.item(row, slot[0], Rule.HOS_004, "短期入所療養介護 is given as kind 22 in limit slots, got \""
                        + kind + "\"", "限度額欄の短期入所療養介護は 22 で記載すること（値「" + kind + "」）");
            }
        }
    }

    private static int firstUsed(Row row, int[] slot) {
        for (int no : slot) {
            if (row.filled(no)) {
                return no;
            }
        }
        return slot[0];
    }
}
