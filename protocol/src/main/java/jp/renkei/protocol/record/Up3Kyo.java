package jp.renkei.protocol.record;

import java.util.List;
import jp.renkei.protocol.FileKind;

/**
 * One record of 居宅サービス計画３表 ({@code UP3KYO}, spec §4.5).
 * Components follow the v4 item order; every value is kept exactly as read (untrimmed).
 * The kind exists only in v4 layouts.
 *
 * @param csvVersion CSVバージョン (No.1)
 * @param insurerNumber 保険者番号 (No.2)
 * @param insuredNumber 被保険者番号 (No.3)
 * @param createdDate 週間サービス計画表作成年月日 (No.4)
 * @param planDate 居宅サービス計画作成（変更）日 (No.5)
 * @param serviceContent 介護サービス内容 (No.6)
 * @param weekday 曜日 (No.7)
 * @param serviceStartTime 開始時間 (No.8)
 * @param serviceEndTime 終了時間 (No.9)
 * @param activity 主な日常生活上の活動 (No.10)
 * @param activityStartTime 開始時間 (No.11)
 * @param activityEndTime 終了時間 (No.12)
 * @param nonWeeklyService 週単位以外のサービス (No.13)
 */
public record Up3Kyo(
        String csvVersion,
        String insurerNumber,
        String insuredNumber,
        String createdDate,
        String planDate,
        String serviceContent,
        String weekday,
        String serviceStartTime,
        String serviceEndTime,
        String activity,
        String activityStartTime,
        String activityEndTime,
        String nonWeeklyService) implements CareplanRecord {

    public Up3Kyo {
        RecordFields.requireNonNull(csvVersion, insurerNumber, insuredNumber, createdDate, planDate, serviceContent,
                weekday, serviceStartTime, serviceEndTime, activity, activityStartTime, activityEndTime,
                nonWeeklyService);
    }

    @Override
    public FileKind kind() {
        return FileKind.UP3KYO;
    }

    @Override
    public List<String> v4Fields() {
        return List.of(csvVersion, insurerNumber, insuredNumber, createdDate, planDate, serviceContent, weekday,
                serviceStartTime, serviceEndTime, activity, activityStartTime, activityEndTime, nonWeeklyService);
    }

    /** The record whose v4-ordered values are {@code v} (exactly 13 of them). */
    static Up3Kyo fromV4(List<String> v) {
        return new Up3Kyo(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8),
                v.get(9), v.get(10), v.get(11), v.get(12));
    }
}
