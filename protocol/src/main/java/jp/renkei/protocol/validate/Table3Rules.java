package jp.renkei.protocol.validate;

import java.util.HashMap;
import java.util.Map;

/**
 * 第3表 (UP3KYO) rules, spec §4.5.1: each record is exactly one of a weekly service slot (No.6–9), a daily activity
 * (No.10–12) or a non-weekly service (No.13) — T3-001, T3-002 — and one 作成年月日 per plan key (T3-003).
 */
final class Table3Rules implements FileRules {

    private final FileContext ctx;
    private final int[] plan;
    private final int created;
    private final int[] weekly;
    private final int[] activity;
    private final int nonWeekly;
    private final Map<Long, String> createdByPlan = new HashMap<>();

    Table3Rules(FileContext ctx) {
        this.ctx = ctx;
        Schema s = ctx.schema();
        this.plan = s.nos("insurerNumber", "insuredNumber", "planDate");
        this.created = s.no("createdDate");
        this.weekly = s.nos("serviceContent", "weekday", "serviceStartTime", "serviceEndTime");
        this.activity = s.nos("activity", "activityStartTime", "activityEndTime");
        this.nonWeekly = s.no("nonWeeklyService");
    }

    @Override
    public void record(Row row) {
        int w = filled(row, weekly);
        int a = filled(row, activity);
        boolean n = row.filled(nonWeekly);
        int groups = (w > 0 ? 1 : 0) + (a > 0 ? 1 : 0) + (n ? 1 : 0);
        if (groups == 0) {
            ctx.row(row, Rule.T3_001, "No.6 to No.13 are all empty; a record is a weekly service, an activity or a "
                    + "non-weekly service", "No.6〜13 がすべて空です（週間サービス・日常生活上の活動・週単位以外のサービスのいずれか）");
        } else if (groups > 1) {
            ctx.row(row, Rule.T3_001, "the record mixes " + groups + " of weekly service (No.6-9), activity "
                    + "(No.10-12) and non-weekly service (No.13); each record carries one", "週間サービス（No.6〜9）・活動"
                    + "（No.10〜12）・週単位以外（No.13）のうち " + groups + " つが混在しています（1レコードに1つ）");
        }
        incomplete(row, weekly, w, "weekly service", "週間サービス");
        incomplete(row, activity, a, "activity", "日常生活上の活動");
        planDate(row);
    }

    private void incomplete(Row row, int[] group, int filled, String name, String nameJa) {
        if (filled == 0 || filled == group.length) {
            return;
        }
        for (int no : group) {
            if (!row.filled(no)) {
                ctx.item(row, no, Rule.T3_002, "the " + name + " group is incomplete: this item is empty while others "
                        + "of the group are set", nameJa + "の項目グループが不完全です（この項目が空）");
                return;
            }
        }
    }

    private void planDate(Row row) {
        String date = row.value(created);
        if (date.isEmpty()) {
            return;
        }
        String first = createdByPlan.putIfAbsent(KeySet.of(row, plan), date);
        if (first != null && !first.equals(date)) {
            ctx.item(row, created, Rule.T3_003, "differs from " + FileContext.shown(first) + " on an earlier record "
                    + "of the same plan" + ctx.got(row, created), "同じ計画の先のレコードの " + FileContext.shown(first)
                    + " と異なります" + ctx.gotJa(row, created));
        }
    }

    private static int filled(Row row, int[] nos) {
        int n = 0;
        for (int no : nos) {
            if (row.filled(no)) {
                n++;
            }
        }
        return n;
    }
}
