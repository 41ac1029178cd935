package jp.renkei.protocol.record;

import java.util.List;
import jp.renkei.protocol.FileKind;

/**
 * One record of 介護予防サービス・支援計画書 ({@code UPYOBO}, spec §4.15).
 * Components follow the v4 item order; every value is kept exactly as read (untrimmed).
 * The kind exists only in v4 layouts.
 *
 * @param csvVersion CSVバージョン (No.1)
 * @param insurerNumber 保険者番号 (No.2)
 * @param insuredNumber 被保険者番号 (No.3)
 * @param planDate 計画作成(変更)日 (No.4)
 * @param planType 計画種類 (No.5)
 * @param entrusted 委託の有無 (No.6)
 * @param referenceNo 整理番号 (No.7)
 * @param userName 利用者名 (No.8)
 * @param certificationDate 認定年月日 (No.9)
 * @param certificationValidFrom 認定有効期間開始日 (No.10)
 * @param certificationValidTo 認定有効期間終了日 (No.11)
 * @param planCategory 計画書区分 (No.12)
 * @param certificationStatus 認定状況区分 (No.13)
 * @param supportLevel 要支援状態区分 (No.14)
 * @param centerStaffName 計画作成者氏名（地域包括支援センター担当者名） (No.15)
 * @param careManagerName 計画作成者氏名（担当介護支援専門員名） (No.16)
 * @param plannerOfficeName 計画作成者事業者・事業所名 (No.17)
 * @param plannerOfficeAddress 計画作成者事業者・事業所住所 (No.18)
 * @param plannerOfficePhone 計画作成者事業者・事業所電話番号 (No.19)
 * @param firstPlanDate 初回作成日 (No.20)
 * @param supportCenter 担当地域包括支援センター (No.21)
 * @param dailyGoal 目標とする生活(1日) (No.22)
 * @param yearlyGoal 目標とする生活(1年) (No.23)
 * @param mobilitySituation 【運動・移動】現在の状況 (No.24)
 * @param mobilityIntention 【運動・移動】本人・家族の意欲・意向 (No.25)
 * @param mobilityIssuePresence 【運動・移動】領域における課題の有無 (No.26)
 * @param mobilityIssue 【運動・移動】領域における課題（背景・原因） (No.27)
 * @param dailyLivingSituation 【日常生活(家庭生活)】現在の状況 (No.28)
 * @param dailyLivingIntention 【日常生活(家庭生活)】本人・家族の意欲・意向 (No.29)
 * @param dailyLivingIssuePresence 【日常生活(家庭生活)】領域における課題の有無 (No.30)
 * @param dailyLivingIssue 【日常生活(家庭生活)】領域における課題（背景・原因） (No.31)
 * @param socialSituation 【社会参加、対人関係・コミュニケーション】現在の状況 (No.32)
 * @param socialIntention 【社会参加、対人関係・コミュニケーション】本人・家族の意欲・意向 (No.33)
 * @param socialIssuePresence 【社会参加、対人関係・コミュニケーション】領域における課題の有無 (No.34)
 * @param socialIssue 【社会参加、対人関係・コミュニケーション】領域における課題（背景・原因） (No.35)
 * @param healthSituation 【健康管理】現在の状況 (No.36)
 * @param healthIntention 【健康管理】本人・家族の意欲・意向 (No.37)
 * @param healthIssuePresence 【健康管理】領域における課題の有無 (No.38)
 * @param healthIssue 【健康管理】領域における課題（背景・原因） (No.39)
 * @param healthNotes 健康状態の留意点 (No.40)
 * @param supportPolicy 妥当な支援の実施に向けた方針 (No.41)
 * @param overallPolicy 総合的な方針 (No.42)
 * @param checklistExercise 基本チェックリストの該当数(運動不足) (No.43)
 * @param checklistNutrition 基本チェックリストの該当数(栄養改善) (No.44)
 * @param checklistOralCare 基本チェックリストの該当数(口腔内ケア) (No.45)
 * @param checklistWithdrawal 基本チェックリストの該当数(閉じこもり予防) (No.46)
 * @param checklistMemory 基本チェックリストの該当数(物忘れ予防) (No.47)
 * @param checklistDepression 基本チェックリストの該当数(うつ予防) (No.48)
 * @param programExercise 事業プログラムの要否(運動不足) (No.49)
 * @param programNutrition 事業プログラムの要否(栄養改善) (No.50)
 * @param programOralCare 事業プログラムの要否(口腔内ケア) (No.51)
 * @param programWithdrawal 事業プログラムの要否(閉じこもり予防) (No.52)
 * @param programMemory 事業プログラムの要否(物忘れ予防) (No.53)
 * @param programDepression 事業プログラムの要否(うつ予防) (No.54)
 * @param centerOpinion 地域包括支援センター意見 (No.55)
 * @param consentDate 同意日 (No.56)
 * @param consentName 同意者氏名 (No.57)
 */
public record UpYobo(
        String csvVersion,
        String insurerNumber,
        String insuredNumber,
        String planDate,
        String planType,
        String entrusted,
        String referenceNo,
        String userName,
        String certificationDate,
        String certificationValidFrom,
        String certificationValidTo,
        String planCategory,
        String certificationStatus,
        String supportLevel,
        String centerStaffName,
        String careManagerName,
        String plannerOfficeName,
        String plannerOfficeAddress,
        String plannerOfficePhone,
        String firstPlanDate,
        String supportCenter,
        String dailyGoal,
        String yearlyGoal,
        String mobilitySituation,
        String mobilityIntention,
        String mobilityIssuePresence,
        String mobilityIssue,
        String dailyLivingSituation,
        String dailyLivingIntention,
        String dailyLivingIssuePresence,
        String dailyLivingIssue,
        String socialSituation,
        String socialIntention,
        String socialIssuePresence,
        String socialIssue,
        String healthSituation,
        String healthIntention,
        String healthIssuePresence,
        String healthIssue,
        String healthNotes,
        String supportPolicy,
        String overallPolicy,
        String checklistExercise,
        String checklistNutrition,
        String checklistOralCare,
        String checklistWithdrawal,
        String checklistMemory,
        String checklistDepression,
        String programExercise,
        String programNutrition,
        String programOralCare,
        String programWithdrawal,
        String programMemory,
        String programDepression,
        String centerOpinion,
        String consentDate,
        String consentName) implements CareplanRecord {

    public UpYobo {
        RecordFields.requireNonNull(csvVersion, insurerNumber, insuredNumber, planDate, planType, entrusted,
                referenceNo, userName, certificationDate, certificationValidFrom, certificationValidTo, planCategory,
                certificationStatus, supportLevel, centerStaffName, careManagerName, plannerOfficeName,
                plannerOfficeAddress, plannerOfficePhone, firstPlanDate, supportCenter, dailyGoal, yearlyGoal,
                mobilitySituation, mobilityIntention, mobilityIssuePresence, mobilityIssue, dailyLivingSituation,
                dailyLivingIntention, dailyLivingIssuePresence, dailyLivingIssue, socialSituation, socialIntention,
                socialIssuePresence, socialIssue, healthSituation, healthIntention, healthIssuePresence, healthIssue,
                healthNotes, supportPolicy, overallPolicy, checklistExercise, checklistNutrition, checklistOralCare,
                checklistWithdrawal, checklistMemory, checklistDepression, programExercise, programNutrition,
                programOralCare, programWithdrawal, programMemory, programDepression, centerOpinion, consentDate,
                consentName);
    }

    @Override
    public FileKind kind() {
        return FileKind.UPYOBO;
    }

    @Override
    public List<String> v4Fields() {
        return List.of(csvVersion, insurerNumber, insuredNumber, planDate, planType, entrusted, referenceNo, userName,
                certificationDate, certificationValidFrom, certificationValidTo, planCategory, certificationStatus,
                supportLevel, centerStaffName, careManagerName, plannerOfficeName, plannerOfficeAddress,
                plannerOfficePhone, firstPlanDate, supportCenter, dailyGoal, yearlyGoal, mobilitySituation,
                mobilityIntention, mobilityIssuePresence, mobilityIssue, dailyLivingSituation, dailyLivingIntention,
                dailyLivingIssuePresence, dailyLivingIssue, socialSituation, socialIntention, socialIssuePresence,
                socialIssue, healthSituation, healthIntention, healthIssuePresence, healthIssue, healthNotes,
                supportPolicy, overallPolicy, checklistExercise, checklistNutrition, checklistOralCare,
                checklistWithdrawal, checklistMemory, checklistDepression, programExercise, programNutrition,
                programOralCare, programWithdrawal, programMemory, programDepression, centerOpinion, consentDate,
                consentName);
    }

    /** The record whose v4-ordered values are {@code v} (exactly 57 of them). */
    static UpYobo fromV4(List<String> v) {
        return new UpYobo(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8),
                v.get(9), v.get(10), v.get(11), v.get(12), v.get(13), v.get(14), v.get(15), v.get(16), v.get(17),
                v.get(18), v.get(19), v.get(20), v.get(21), v.get(22), v.get(23), v.get(24), v.get(25), v.get(26),
                v.get(27), v.get(28), v.get(29), v.get(30), v.get(31), v.get(32), v.get(33), v.get(34), v.get(35),
                v.get(36), v.get(37), v.get(38), v.get(39), v.get(40), v.get(41), v.get(42), v.get(43), v.get(44),
                v.get(45), v.get(46), v.get(47), v.get(48), v.get(49), v.get(50), v.get(51), v.get(52), v.get(53),
                v.get(54), v.get(55), v.get(56));
    }
}
