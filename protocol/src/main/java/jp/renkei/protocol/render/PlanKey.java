package jp.renkei.protocol.render;

/**
 * The plan key of spec §0.1: one 第3表 is printed per key.
 *
 * @param insurer 保険者番号 (UP3KYO No.2, UPHOSOKU No.2)
 * @param insured 被保険者番号 (UP3KYO No.3, UPHOSOKU No.3)
 * @param planDate 居宅サービス計画作成（変更）日 (UP3KYO No.5, UPHOSOKU No.4)
 */
public record PlanKey(String insurer, String insured, String planDate) {

    public PlanKey {
        insurer = insurer.trim();
        insured = insured.trim();
        planDate = planDate.trim();
    }
}
