package jp.renkei.protocol.record;

import java.util.List;
import jp.renkei.protocol.FileKind;

/**
 * One record of 居宅サービス計画2表 ({@code UP2KYO}, spec §4.4).
 * Components follow the v4 item order; every value is kept exactly as read (untrimmed).
 *
 * @param csvVersion CSVバージョン (No.1)
 * @param insurerNumber 保険者番号 (No.2)
 * @param insuredNumber 被保険者番号 (No.3)
 * @param createdDate 居宅計画書作成年月日 (No.4)
 * @param planDate 居宅サービス計画作成（変更）日 (No.5)
 * @param issueNo 課題ＮＯ (No.6)
 * @param issue 課題 (No.7)
 * @param goalNo 援助目標ＮＯ (No.8)
 * @param longTermGoal 長期目標 (No.9)
 * @param shortTermGoal 短期目標 (No.10)
 * @param longTermPeriod 長期期間 (No.11)
 * @param shortTermPeriod 短期期間 (No.12)
 * @param supportNo 援助内容ＮＯ (No.13)
 * @param serviceContent サービス内容 (No.14)
 * @param insuranceScope 保険対象区分 (No.15)
 * @param serviceType サービス種別 (No.16)
 * @param serviceOfficeCode サービス事業者コード (No.17)
 * @param serviceOfficeName サービス事業所名 (No.18)
 * @param frequency 頻度 (No.19)
 * @param period 実施期間 (No.20)
 * @param updaterCode 更新業者コード (No.21)
 * @param identifier 識別子 (No.22)
 */
public record Up2Kyo(
        String csvVersion,
        String insurerNumber,
        String insuredNumber,
        String createdDate,
        String planDate,
        String issueNo,
        String issue,
        String goalNo,
        String longTermGoal,
        String shortTermGoal,
        String longTermPeriod,
        String shortTermPeriod,
        String supportNo,
        String serviceContent,
        String insuranceScope,
        String serviceType,
        String serviceOfficeCode,
        String serviceOfficeName,
        String frequency,
        String period,
        String updaterCode,
        String identifier) implements CareplanRecord {

    public Up2Kyo {
        RecordFields.requireNonNull(csvVersion, insurerNumber, insuredNumber, createdDate, planDate, issueNo, issue,
                goalNo, longTermGoal, shortTermGoal, longTermPeriod, shortTermPeriod, supportNo, serviceContent,
                insuranceScope, serviceType, serviceOfficeCode, serviceOfficeName, frequency, period, updaterCode,
                identifier);
    }

    @Override
    public FileKind kind() {
        return FileKind.UP2KYO;
    }

    @Override
    public List<String> v4Fields() {
        return List.of(csvVersion, insurerNumber, insuredNumber, createdDate, planDate, issueNo, issue, goalNo,
                longTermGoal, shortTermGoal, longTermPeriod, shortTermPeriod, supportNo, serviceContent,
                insuranceScope, serviceType, serviceOfficeCode, serviceOfficeName, frequency, period, updaterCode,
                identifier);
    }

    /** The record whose v4-ordered values are {@code v} (exactly 22 of them). */
    static Up2Kyo fromV4(List<String> v) {
        return new Up2Kyo(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8),
                v.get(9), v.get(10), v.get(11), v.get(12), v.get(13), v.get(14), v.get(15), v.get(16), v.get(17),
                v.get(18), v.get(19), v.get(20), v.get(21));
    }
}
