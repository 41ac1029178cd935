package jp.renkei.protocol.validate;

import java.util.HashMap;
import java.util.Map;
import jp.renkei.protocol.FileKind;

/**
 * The three-level numbering of 第2表 (UP2KYO: 課題ＮＯ, 援助目標ＮＯ, 援助内容ＮＯ) and of the 介護予防 支援計画
 * (UPYOBO_SUB: 課題ＮＯ, 支援計画ＮＯ, 利用サービスＮＯ), spec §4.4.1 and §4.16: T2-001 unique triple per plan,
 * T2-002 all three present, T2-003 one upper-level text per group. Numbers compare numerically
 * ({@code 01} = {@code 1}).
 * Texts are compared by fingerprint and never quoted (free text).
 */
final class HierarchyRules implements FileRules {

    private final FileContext ctx;
    private final int[] plan;
    private final int[] numbers;
    private final int[] level1;
    private final int[] level2;
    private final KeySet triples = new KeySet();
    private final Map<Long, Long> groupTexts = new HashMap<>();

    HierarchyRules(FileContext ctx) {
        this.ctx = ctx;
        Schema s = ctx.schema();
        boolean plan2 = ctx.kind() == FileKind.UP2KYO;
        this.plan = s.nos("insurerNumber", "insuredNumber", "planDate");
        this.numbers = plan2 ? s.nos("issueNo", "goalNo", "supportNo") : s.nos("issueNo", "supportPlanNo", "serviceNo");
        this.level1 = plan2 ? s.nos("issue") : s.nos("overallIssue", "goalProposal", "intention", "goal");
        this.level2 = plan2 ? s.nos("longTermGoal", "shortTermGoal", "longTermPeriod", "shortTermPeriod")
                : s.nos("supportPoint", "selfCareSupport", "insuranceService");
    }

    @Override
    public void record(Row row) {
        boolean complete = true;
        for (int no : numbers) {
            if (!row.filled(no)) {
                complete = false;
                ctx.item(row, no, Rule.T2_002, "the number is empty; print order and imports need all three numbers",
                        "番号が空です（印字順と取込に3つの番号すべてが必要）");
            }
        }
        long planKey = KeySet.of(row, plan);
        long level1Key = KeySet.add(planKey, number(row, numbers[0]));
        long level2Key = KeySet.add(level1Key, number(row, numbers[1]));
        if (complete && !triples.add(KeySet.add(level2Key, number(row, numbers[2])))) {
            ctx.row(row, Rule.T2_001, "another record of this plan has the same three numbers (No." + numbers[0] + ", "
                    + numbers[1] + ", " + numbers[2] + ")", "同じ計画に同じ番号の組（No." + numbers[0] + "、" + numbers[1]
                    + "、" + numbers[2] + "）のレコードが既にあります");
        }
        if (row.filled(numbers[0])) {
            texts(row, level1Key, level1, "課題ＮＯ");
            if (row.filled(numbers[1])) {
                texts(row, level2Key, level2, ctx.schema().item(numbers[1]).name());
            }
        }
    }

    private void texts(Row row, long groupKey, int[] items, String group) {
        for (int no : items) {
            if (!row.filled(no)) {
                continue;
            }
            long text = KeySet.add(KeySet.start(), row.value(no));
            Long earlier = groupTexts.putIfAbsent(KeySet.add(groupKey, Integer.toString(no)), text);
            if (earlier != null && earlier != text) {
                ctx.item(row, no, Rule.T2_003, "differs from the text of an earlier record of the same " + group
                        + " group; the first in print order is used", "同じ" + group + "のグループ内の先のレコードと"
                        + "記載が異なります（印字順で最初のものを使用）");
            }
        }
    }

    private static String number(Row row, int no) {
        String v = row.value(no);
        return FormatCheck.digits(v, v.length()) && !v.isEmpty() && v.length() <= 2
                ? Integer.toString(FormatCheck.number(v, 0, v.length())) : v;
    }
}
