package jp.renkei.protocol.layout;

import static org.assertj.core.api.Assertions.assertThat;

import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Items checked one by one against the tables of spec §4 (Len ― is -1; codes empty when not CODE). */
class LayoutSpotCheckTest {

    @ParameterizedTest(name = "{0} {1} No.{2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            UPHOSOKU | V4 | 4 | planDate | 居宅サービス計画作成（変更）日 | 8 | REQUIRED | RULE |
            UPHOSOKU | V3 | 5 | userNameKana | 利用者氏名フリガナ | -1 | PROBABLY_REQUIRED | TEXT |
            UPHOSOKU | V4 | 7 | userSex | 利用者性別 | 1 | PROBABLY_REQUIRED | CODE | SEX
            UPHOSOKU | V4 | 18 | careLevel | 要介護状態区分 | 2 | OPTIONAL | CODE | CARE_LEVEL
            UPHOSOKU | V4 | 20 | slot1ServiceKind | １サービス種類コード | 2 | OPTIONAL | KIND |
            UPHOSOKU | V4 | 24 | slot2ServiceKind | ２サービス種類コード | 2 | OPTIONAL | KIND |
            UPHOSOKU | V3 | 55 | slot9ExcessUnits | ９限度超単位数 | 7 | OPTIONAL | INT |
            UPHOSOKU | V4 | 56 | totalExcessUnits | 合計限度超単位数 | 7 | OPTIONAL | INT |
            UPHOSOKU | V4 | 59 | previousCareLevel | 前回要介護状態区分 | 2 | OPTIONAL | CODE | CARE_LEVEL
            UPHOSOKU | V4 | 62 | identifier | 識別子 | 1 | OPTIONAL | UNUSED |
            UPHOSOKU | V4 | 63 | serviceMonth | 対象年月 | 6 | REQUIRED | RULE |
            UP1KYO | V4 | 4 | createdDate | 作成年月日 | 8 | REQUIRED | DATE |
            UP1KYO | V3 | 8 | plannerName | 居宅サービス計画作成者氏名 | -1 | PROBABLY_REQUIRED | TEXT |
            UP1KYO | V4 | 13 | careOfficeCode | 介護支援事業者コード | 10 | PROBABLY_REQUIRED | OFFICE |
            UP1KYO | V4 | 14 | planDate | 居宅サービス計画作成（変更）日 | 8 | REQUIRED | DATE |
            UP1KYO | V4 | 15 | firstPlanDate | 初回居宅サービス計画作成日 | 8 | PROBABLY_REQUIRED | DATE |
            UP1KYO | V4 | 16 | planCategory | 計画書区分 | 2 | OPTIONAL | CODE | PLAN_CATEGORY
            UP1KYO | V4 | 25 | livingSupportReason | 生活援助中心型の算定理由 | 1 | OPTIONAL | CODE | LIVING_SUPPORT_REASON
            UP1KYO | V4 | 28 | identifier | 識別子 | 1 | OPTIONAL | UNUSED |
            DLT1KYO | V3 | 4 | planDate | 居宅サービス計画作成（変更）日 | 8 | REQUIRED | DATE |
            UP2KYO | V4 | 4 | createdDate | 居宅計画書作成年月日 | 8 | REQUIRED | DATE |
            UP2KYO | V4 | 6 | issueNo | 課題ＮＯ | 2 | OPTIONAL | NO99 |
            UP2KYO | V4 | 13 | supportNo | 援助内容ＮＯ | 2 | OPTIONAL | NO99 |
            UP2KYO | V3 | 15 | insuranceScope | 保険対象区分 | 1 | OPTIONAL | CODE | INSURANCE_SCOPE
            UP2KYO | V4 | 17 | serviceOfficeCode | サービス事業者コード | 10 | OPTIONAL | OFFICE |
            UP2KYO | V4 | 20 | period | 実施期間 | -1 | OPTIONAL | TEXT |
            UP3KYO | V4 | 4 | createdDate | 週間サービス計画表作成年月日 | 8 | REQUIRED | DATE |
            UP3KYO | V4 | 7 | weekday | 曜日 | 1 | OPTIONAL | CODE | WEEKDAY
            UP3KYO | V4 | 9 | serviceEndTime | 終了時間 | 4 | OPTIONAL | TIMEE |
            UP3KYO | V4 | 11 | activityStartTime | 開始時間 | 4 | OPTIONAL | TIME |
            UP3KYO | V4 | 13 | nonWeeklyService | 週単位以外のサービス | -1 | OPTIONAL | TEXT |
            UPPLAN | V4 | 5 | serviceMonth | 対象年月 | 6 | REQUIRED | MONTH |
            UPPLAN | V4 | 6 | planOfficeCode | プラン担当業者コード | 10 | PROBABLY_REQUIRED | OFFICE |
            UPPLAN | V4 | 7 | plannerName | プラン担当者名 | -1 | OPTIONAL | TEXT |
            UPPLAN | V4 | 8 | units | 単位数 | 6 | PROBABLY_REQUIRED | INT |
            UPPLAN | V4 | 9 | shortStayDaysToLastMonth | 前月までの短期入所利用日数 | 5 | OPTIONAL | UINT |
            UPPLAN | V4 | 11 | dailyRateDays | 日割対象日 | 31 | OPTIONAL | DAYS31 |
            UPPLAN | V4 | 12 | startTime | サービス開始時刻 | 4 | REQUIRED | TIME9 |
            UPPLAN | V4 | 13 | endTime | サービス終了時刻 | 4 | REQUIRED | TIMEE9 |
            UPPLAN | V4 | 15 | serviceCode | サービスコード | 6 | REQUIRED | SVC |
            UPPLAN | V4 | 16 | taisCode | TAISコード | 12 | OPTIONAL | TAIS |
            UPPLAN | V4 | 18 | equipmentName | 用具名称（機種名） | -1 | OPTIONAL | TEXT |
            UPPLAN | V4 | 19 | detailNo | 明細判別コード | 2 | OPTIONAL | UINT |
            UPPLAN | V3 | 17 | serviceOfficeCode | サービス事業者コード | 10 | REQUIRED | OFFICE |
            UPJSK | V4 | 23 | over30Days | ３０日超区分 | 1 | REQUIRED | CODE | OVER_30_DAYS
            UPJSK | V3 | 21 | updaterCode | 更新業者コード | 10 | OPTIONAL | OFFICE |
            DLTPLAN | V4 | 4 | deletionMonth | 削除対象年月 | 6 | REQUIRED | MONTH |
            DLTJSK | V3 | 5 | serviceOfficeCode | サービス事業者コード | 10 | REQUIRED | OFFICE |
            DLTJSK | V4 | 6 | serviceKind | サービス種類コード | 2 | REQUIRED | KIND |
            UPSIKYU | V4 | 7 | serviceOfficeCode | サービス事業所コード | 10 | REQUIRED | OFFICE |
            UPSIKYU | V4 | 9 | serviceCode | サービスコード | 6 | REQUIRED | SVC |
            UPSIKYU | V4 | 13 | units | 単位数 | 6 | REQUIRED | INT |
            UPSIKYU | V4 | 16 | countOrDays | 回数／日数 | 3 | REQUIRED | INT |
            UPSIKYU | V4 | 19 | kindLimitExcessUnits | 種類支給限度基準超単位数 | 6 | OPTIONAL | INT |
            UPSIKYU | V4 | 23 | unitPrice | 単位数単価 | 6 | OPTIONAL | DEC |
            UPSIKYU | V4 | 30 | usedDaysToLastMonth | 前月までの利用日数 | 5 | OPTIONAL | INT |
            UPSIKYU | V4 | 34 | officeCode | 事業所コード | 10 | OPTIONAL | RULE |
            UPSIKYU | V4 | 35 | operatorCode | 入力者コード | 10 | OPTIONAL | STR |
            UPSIKYU | V3 | 10 | units | 単位数 | 6 | REQUIRED | INT |
            UPSIKYU | V3 | 33 | updaterCode | 更新業者コード | 10 | OPTIONAL | OFFICE |
            UPKIHON | V4 | 4 | consultationDate | 相談日 | 8 | REQUIRED | DATE |
            UPKIHON | V4 | 8 | consultationMethod | 相談方法 | 2 | OPTIONAL | CODE | CONSULTATION_METHOD
            UPKIHON | V4 | 14 | userNameKana | 利用者氏名ﾌﾘｶﾞﾅ | -1 | OPTIONAL | TEXT |
            UPKIHON | V4 | 20 | userFax | 利用者Fax番号 | 15 | OPTIONAL | STR |
            UPKIHON | V4 | 23 | careLevel | 要介護状態区分 | 2 | OPTIONAL | CODE | CARE_LEVEL_PREVENTIVE
            UPKIHON | V4 | 30 | disabilityIntellectual | 障害等認定(療育) | 1 | OPTIONAL | CODE | APPLICABLE
            UPKIHON | V4 | 35 | roomFloor | 自室の階数 | 2 | OPTIONAL | UINT |
            UPKIHON | V4 | 40 | publicAssistance | 経済状況(生活保護) | 1 | OPTIONAL | CODE | APPLICABLE
            UPKIHON | V4 | 46 | emergency1Name | １緊急連絡先(氏名) | -1 | OPTIONAL | TEXT |
            UPKIHON | V4 | 53 | emergency2Phone | ２緊急連絡先(電話番号) | 15 | OPTIONAL | STR |
            UPKIHON | V4 | 58 | emergency4Name | ４緊急連絡先(氏名) | -1 | OPTIONAL | TEXT |
            UPKIHON | V4 | 62 | familyImageFileName | 家族構成 画像ファイル名 | -1 | OPTIONAL | TEXT |
            UPKIHON | V4 | 70 | consentDate | 同意日 | 8 | OPTIONAL | DATE |
            DLTKIHON | V4 | 4 | consultationDate | 相談日 | 8 | REQUIRED | DATE |
            UPKIHON_SUB1 | V4 | 5 | timeOfDay | 時間 | -1 | OPTIONAL | TEXT |
            UPKIHON_SUB1 | V4 | 7 | familyLife | 介護者・家族の生活状況 | -1 | OPTIONAL | TEXT |
            UPKIHON_SUB2 | V4 | 8 | doctorFlag | 主治医・意見作成者フラグ | 1 | OPTIONAL | CODE | DOCTOR_FLAG
            UPKIHON_SUB2 | V4 | 10 | course | 経過 | 2 | OPTIONAL | CODE | COURSE
            UPYOBO | V4 | 4 | planDate | 計画作成(変更)日 | 8 | REQUIRED | DATE |
            UPYOBO | V4 | 14 | supportLevel | 要支援状態区分 | 1 | OPTIONAL | CODE | SUPPORT_LEVEL
            UPYOBO | V4 | 26 | mobilityIssuePresence | 【運動・移動】領域における課題の有無 | 1 | OPTIONAL | CODE | PRESENCE
            UPYOBO | V4 | 28 | dailyLivingSituation | 【日常生活(家庭生活)】現在の状況 | -1 | OPTIONAL | TEXT |
            UPYOBO | V4 | 39 | healthIssue | 【健康管理】領域における課題（背景・原因） | -1 | OPTIONAL | TEXT |
            UPYOBO | V4 | 43 | checklistExercise | 基本チェックリストの該当数(運動不足) | 1 | OPTIONAL | UINT |
            UPYOBO | V4 | 54 | programDepression | 事業プログラムの要否(うつ予防) | 1 | OPTIONAL | CODE | NEED
            UPYOBO | V4 | 57 | consentName | 同意者氏名 | -1 | OPTIONAL | TEXT |
            UPYOBO_SUB | V4 | 5 | issueNo | 課題ＮＯ | 2 | OPTIONAL | NO99 |
            UPYOBO_SUB | V4 | 10 | supportPlanNo | 支援計画ＮＯ | 2 | OPTIONAL | NO99 |
            UPYOBO_SUB | V4 | 14 | serviceNo | 利用サービスＮＯ | 2 | OPTIONAL | NO99 |
            UPYOBO_SUB | V4 | 17 | servicePeriod | 【利用サービス】期間 | -1 | OPTIONAL | TEXT |
            DLTYOBO | V4 | 4 | planDate | 計画作成(変更)日 | 8 | REQUIRED | DATE |
            """)
    void itemMatchesTheSpecTable(FileKind kind, LayoutGeneration generation, int no, String key, String name,
            int length, Requirement requirement, Format format, CodeTable codes) {
        Item item = Layouts.of(kind, generation).item(no);
        assertThat(item).extracting(Item::key, Item::name, Item::maxLength, Item::requirement, Item::format,
                Item::codes).containsExactly(key, name, length, requirement, format, codes);
    }
}
