package jp.renkei.protocol.record;

import java.util.List;
import jp.renkei.protocol.FileKind;

/**
 * One record of 介護予防サービス・支援計画書（別表）支援計画 ({@code UPYOBO_SUB}, spec §4.16).
 * Components follow the v4 item order; every value is kept exactly as read (untrimmed).
 * The kind exists only in v4 layouts.
 *
 * @param csvVersion CSVバージョン (No.1)
 * @param insurerNumber 保険者番号 (No.2)
 * @param insuredNumber 被保険者番号 (No.3)
 * @param planDate 計画作成(変更)日 (No.4)
 * @param issueNo 課題ＮＯ (No.5)
 * @param overallIssue 総合的課題 (No.6)
 * @param goalProposal 課題に対する目標と具体策の提案 (No.7)
 * @param intention 具体策についての意向本人・家族 (No.8)
 * @param goal 目標 (No.9)
 * @param supportPlanNo 支援計画ＮＯ (No.10)
 * @param supportPoint 【支援計画】目標についての支援のポイント (No.11)
 * @param selfCareSupport 【支援計画】本人等のセルフケアや家族の支援、インフォーマルサービス（民間サービス） (No.12)
 * @param insuranceService 【支援計画】介護保険サービス又は地域支援事業（総合事業のサービス） (No.13)
 * @param serviceNo 利用サービスＮＯ (No.14)
 * @param serviceType 【利用サービス】サービス種別 (No.15)
 * @param serviceOffice 【利用サービス】事業所(利用先) (No.16)
 * @param servicePeriod 【利用サービス】期間 (No.17)
 */
public record UpYoboSub(
        String csvVersion,
        String insurerNumber,
        String insuredNumber,
        String planDate,
        String issueNo,
        String overallIssue,
        String goalProposal,
        String intention,
        String goal,
        String supportPlanNo,
        String supportPoint,
        String selfCareSupport,
        String insuranceService,
        String serviceNo,
        String serviceType,
        String serviceOffice,
        String servicePeriod) implements CareplanRecord {

    public UpYoboSub {
        RecordFields.requireNonNull(csvVersion, insurerNumber, insuredNumber, planDate, issueNo, overallIssue,
                goalProposal, intention, goal, supportPlanNo, supportPoint, selfCareSupport, insuranceService,
                serviceNo, serviceType, serviceOffice, servicePeriod);
    }

    @Override
    public FileKind kind() {
        return FileKind.UPYOBO_SUB;
    }

    @Override
    public List<String> v4Fields() {
        return List.of(csvVersion, insurerNumber, insuredNumber, planDate, issueNo, overallIssue, goalProposal,
                intention, goal, supportPlanNo, supportPoint, selfCareSupport, insuranceService, serviceNo,
                serviceType, serviceOffice, servicePeriod);
    }

    /** The record whose v4-ordered values are {@code v} (exactly 17 of them). */
    static UpYoboSub fromV4(List<String> v) {
        return new UpYoboSub(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8),
                v.get(9), v.get(10), v.get(11), v.get(12), v.get(13), v.get(14), v.get(15), v.get(16));
    }
}
