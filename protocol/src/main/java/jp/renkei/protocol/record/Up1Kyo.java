package jp.renkei.protocol.record;

import java.util.List;
import jp.renkei.protocol.FileKind;

/**
 * One record of 居宅サービス計画1表 ({@code UP1KYO}, spec §4.2).
 * Components follow the v4 item order; every value is kept exactly as read (untrimmed).
 *
 * @param csvVersion CSVバージョン (No.1)
 * @param insurerNumber 保険者番号 (No.2)
 * @param insuredNumber 被保険者番号 (No.3)
 * @param createdDate 作成年月日 (No.4)
 * @param userPostalCode 利用者郵便番号 (No.5)
 * @param userAddress1 利用者住所１ (No.6)
 * @param userAddress2 利用者住所２ (No.7)
 * @param plannerName 居宅サービス計画作成者氏名 (No.8)
 * @param careOfficeName 介護支援事業者名 (No.9)
 * @param careOfficePostalCode 介護支援事業者郵便番号 (No.10)
 * @param careOfficeAddress1 介護支援事業者住所１ (No.11)
 * @param careOfficeAddress2 介護支援事業者住所２ (No.12)
 * @param careOfficeCode 介護支援事業者コード (No.13)
 * @param planDate 居宅サービス計画作成（変更）日 (No.14)
 * @param firstPlanDate 初回居宅サービス計画作成日 (No.15)
 * @param planCategory 計画書区分 (No.16)
 * @param certificationStatus 認定状況区分 (No.17)
 * @param certificationDate 認定日 (No.18)
 * @param certificationValidFrom 認定有効期間開始日 (No.19)
 * @param certificationValidTo 認定有効期間終了日 (No.20)
 * @param careLevel 要介護状態区分 (No.21)
 * @param assessmentResult 利用者及び家族の生活に対する意向を踏まえた課題分析の結果 (No.22)
 * @param reviewBoardOpinion 介護認定審査会の意見及びサービスの種類の指定 (No.23)
 * @param overallPolicy 総合的な援助の方針 (No.24)
 * @param livingSupportReason 生活援助中心型の算定理由 (No.25)
 * @param otherReason その他理由 (No.26)
 * @param updaterCode 更新業者コード (No.27)
 * @param identifier 識別子 (No.28)
 */
public record Up1Kyo(
        String csvVersion,
        String insurerNumber,
        String insuredNumber,
        String createdDate,
        String userPostalCode,
        String userAddress1,
        String userAddress2,
        String plannerName,
        String careOfficeName,
        String careOfficePostalCode,
        String careOfficeAddress1,
        String careOfficeAddress2,
        String careOfficeCode,
        String planDate,
        String firstPlanDate,
        String planCategory,
        String certificationStatus,
        String certificationDate,
        String certificationValidFrom,
        String certificationValidTo,
        String careLevel,
        String assessmentResult,
        String reviewBoardOpinion,
        String overallPolicy,
        String livingSupportReason,
        String otherReason,
        String updaterCode,
        String identifier) implements CareplanRecord {

    public Up1Kyo {
        RecordFields.requireNonNull(csvVersion, insurerNumber, insuredNumber, createdDate, userPostalCode,
                userAddress1, userAddress2, plannerName, careOfficeName, careOfficePostalCode, careOfficeAddress1,
                careOfficeAddress2, careOfficeCode, planDate, firstPlanDate, planCategory, certificationStatus,
                certificationDate, certificationValidFrom, certificationValidTo, careLevel, assessmentResult,
                reviewBoardOpinion, overallPolicy, livingSupportReason, otherReason, updaterCode, identifier);
    }

    @Override
    public FileKind kind() {
        return FileKind.UP1KYO;
    }

    @Override
    public List<String> v4Fields() {
        return List.of(csvVersion, insurerNumber, insuredNumber, createdDate, userPostalCode, userAddress1,
                userAddress2, plannerName, careOfficeName, careOfficePostalCode, careOfficeAddress1,
                careOfficeAddress2, careOfficeCode, planDate, firstPlanDate, planCategory, certificationStatus,
                certificationDate, certificationValidFrom, certificationValidTo, careLevel, assessmentResult,
                reviewBoardOpinion, overallPolicy, livingSupportReason, otherReason, updaterCode, identifier);
    }

    /** The record whose v4-ordered values are {@code v} (exactly 28 of them). */
    static Up1Kyo fromV4(List<String> v) {
        return new Up1Kyo(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7), v.get(8),
                v.get(9), v.get(10), v.get(11), v.get(12), v.get(13), v.get(14), v.get(15), v.get(16), v.get(17),
                v.get(18), v.get(19), v.get(20), v.get(21), v.get(22), v.get(23), v.get(24), v.get(25), v.get(26),
                v.get(27));
    }
}
