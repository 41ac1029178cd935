package jp.renkei.protocol.layout;

import static jp.renkei.protocol.layout.Format.DATE;
import static jp.renkei.protocol.layout.Format.INT;
import static jp.renkei.protocol.layout.Format.KIND;
import static jp.renkei.protocol.layout.Format.NO99;
import static jp.renkei.protocol.layout.Format.OFFICE;
import static jp.renkei.protocol.layout.Format.POSTAL;
import static jp.renkei.protocol.layout.Format.RULE;
import static jp.renkei.protocol.layout.Format.STR;
import static jp.renkei.protocol.layout.Format.TIME;
import static jp.renkei.protocol.layout.Format.TIMEE;
import static jp.renkei.protocol.layout.Format.UINT;

import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;

/** The plan-set layouts of spec §4.1–4.5: UPHOSOKU, UP1KYO, DLT1KYO, UP2KYO, UP3KYO. */
final class CarePlanLayouts {

    private static final String[] FULL_WIDTH_DIGITS = {"", "１", "２", "３", "４", "５", "６", "７", "８", "９"};

    private CarePlanLayouts() {
    }

    static Layout uphosoku(LayoutGeneration g) {
        LayoutBuilder b = LayoutBuilder.of(FileKind.UPHOSOKU, g)
                // plan set: a DATE; 利用票 set: fixed 00000000 — both checked only by HOS-002
                .required("planDate", "居宅サービス計画作成（変更）日", 8, RULE)
                .probableText("userNameKana", "利用者氏名フリガナ")
                .probableText("userName", "利用者氏名")
                .code("userSex", "利用者性別", 1, Requirement.PROBABLY_REQUIRED, CodeTable.SEX)
                .probable("userBirthDate", "利用者生年月日", 8, DATE)
                .optional("userPostalCode", "利用者郵便番号", 8, POSTAL)
                .text("userAddress1", "利用者住所１")
                .text("userAddress2", "利用者住所２")
                .optional("userPhone", "利用者電話番号", 15, STR)
                .optional("certificationDate", "認定日", 8, DATE)
                .optional("limitStartDate", "限度額適用開始年月日", 8, DATE)
                .optional("limitEndDate", "限度額適用終了年月日", 8, DATE)
                .code("certificationStatus", "認定状況区分", 1, CodeTable.CERTIFICATION_STATUS)
                .optional("careLevelChangeDate", "要介護状態変更日", 8, DATE)
                .code("careLevel", "要介護状態区分", 2, CodeTable.CARE_LEVEL)
                .optional("benefitLimit", "区分支給限度基準額", 7, INT);
        for (int n = 1; n <= 9; n++) {
            limitSlot(b, n);
        }
        return b.optional("totalExcessUnits", "合計限度超単位数", 7, INT)
                .optional("shortStayDaysToLastMonth", "入所前月迄利用日数", 5, UINT)
                .optional("shortStayCumulativeDays", "入所累積利用日数", 5, UINT)
                .code("previousCareLevel", "前回要介護状態区分", 2, CodeTable.CARE_LEVEL)
                .optional("consentOffice", "同意書受付業者", 10, OFFICE)
                .updater()
                .identifier()
                // plan set: fixed 000000; 利用票 set: the file-name month — checked only by HOS-001
                .required("serviceMonth", "対象年月", 6, RULE)
                .build();
    }

    /** サービス種類別 limit slot n (No. 4n+16 … 4n+19), keys {@code slotNServiceKind} etc. */
    private static void limitSlot(LayoutBuilder b, int n) {
        String digit = FULL_WIDTH_DIGITS[n];
        String key = "slot" + n;
        b.optional(key + "ServiceKind", digit + "サービス種類コード", 2, KIND)
                .optional(key + "LimitAmount", digit + "支給限度基準額", 7, INT)
                .optional(key + "TotalUnits", digit + "合計単位数", 7, INT)
                .optional(key + "ExcessUnits", digit + "限度超単位数", 7, INT);
    }

    static Layout up1kyo(LayoutGeneration g) {
        return LayoutBuilder.of(FileKind.UP1KYO, g)
                .required("createdDate", "作成年月日", 8, DATE)
                .optional("userPostalCode", "利用者郵便番号", 8, POSTAL)
                .text("userAddress1", "利用者住所１")
                .text("userAddress2", "利用者住所２")
                .probableText("plannerName", "居宅サービス計画作成者氏名")
                .probableText("careOfficeName", "介護支援事業者名")
                .optional("careOfficePostalCode", "介護支援事業者郵便番号", 8, POSTAL)
                .text("careOfficeAddress1", "介護支援事業者住所１")
                .text("careOfficeAddress2", "介護支援事業者住所２")
                .probable("careOfficeCode", "介護支援事業者コード", 10, OFFICE)
                .required("planDate", "居宅サービス計画作成（変更）日", 8, DATE)
                .probable("firstPlanDate", "初回居宅サービス計画作成日", 8, DATE)
                .code("planCategory", "計画書区分", 2, CodeTable.PLAN_CATEGORY)
                .code("certificationStatus", "認定状況区分", 1, CodeTable.CERTIFICATION_STATUS)
                .optional("certificationDate", "認定日", 8, DATE)
                .optional("certificationValidFrom", "認定有効期間開始日", 8, DATE)
                .optional("certificationValidTo", "認定有効期間終了日", 8, DATE)
                .code("careLevel", "要介護状態区分", 2, CodeTable.CARE_LEVEL)
                .text("assessmentResult", "利用者及び家族の生活に対する意向を踏まえた課題分析の結果")
                .text("reviewBoardOpinion", "介護認定審査会の意見及びサービスの種類の指定")
                .text("overallPolicy", "総合的な援助の方針")
                .code("livingSupportReason", "生活援助中心型の算定理由", 1, CodeTable.LIVING_SUPPORT_REASON)
                .text("otherReason", "その他理由")
                .updater()
                .identifier()
                .build();
    }

    static Layout dlt1kyo(LayoutGeneration g) {
        return LayoutBuilder.of(FileKind.DLT1KYO, g)
                .required("planDate", "居宅サービス計画作成（変更）日", 8, DATE)
                .build();
    }

    static Layout up2kyo(LayoutGeneration g) {
        return LayoutBuilder.of(FileKind.UP2KYO, g)
                .required("createdDate", "居宅計画書作成年月日", 8, DATE)
                .required("planDate", "居宅サービス計画作成（変更）日", 8, DATE)
                .optional("issueNo", "課題ＮＯ", 2, NO99)
                .text("issue", "課題")
                .optional("goalNo", "援助目標ＮＯ", 2, NO99)
                .text("longTermGoal", "長期目標")
                .text("shortTermGoal", "短期目標")
                .text("longTermPeriod", "長期期間")
                .text("shortTermPeriod", "短期期間")
                .optional("supportNo", "援助内容ＮＯ", 2, NO99)
                .text("serviceContent", "サービス内容")
                .code("insuranceScope", "保険対象区分", 1, CodeTable.INSURANCE_SCOPE)
                .text("serviceType", "サービス種別")
                .optional("serviceOfficeCode", "サービス事業者コード", 10, OFFICE)
                .text("serviceOfficeName", "サービス事業所名")
                .text("frequency", "頻度")
                .text("period", "実施期間")
                .updater()
                .identifier()
                .build();
    }

    static Layout up3kyo() {
        return LayoutBuilder.of(FileKind.UP3KYO, LayoutGeneration.V4)
                .required("createdDate", "週間サービス計画表作成年月日", 8, DATE)
                .required("planDate", "居宅サービス計画作成（変更）日", 8, DATE)
                .text("serviceContent", "介護サービス内容")
                .code("weekday", "曜日", 1, CodeTable.WEEKDAY)
                .optional("serviceStartTime", "開始時間", 4, TIME)
                .optional("serviceEndTime", "終了時間", 4, TIMEE)
                .text("activity", "主な日常生活上の活動")
                .optional("activityStartTime", "開始時間", 4, TIME)
                .optional("activityEndTime", "終了時間", 4, TIMEE)
                .text("nonWeeklyService", "週単位以外のサービス")
                .build();
    }
}
