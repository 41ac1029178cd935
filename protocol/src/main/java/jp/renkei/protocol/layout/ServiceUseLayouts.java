package jp.renkei.protocol.layout;

import static jp.renkei.protocol.layout.Format.DATE;
import static jp.renkei.protocol.layout.Format.DAYS31;
import static jp.renkei.protocol.layout.Format.DEC;
import static jp.renkei.protocol.layout.Format.INT;
import static jp.renkei.protocol.layout.Format.KIND;
import static jp.renkei.protocol.layout.Format.MONTH;
import static jp.renkei.protocol.layout.Format.OFFICE;
import static jp.renkei.protocol.layout.Format.RULE;
import static jp.renkei.protocol.layout.Format.STR;
import static jp.renkei.protocol.layout.Format.SVC;
import static jp.renkei.protocol.layout.Format.TAIS;
import static jp.renkei.protocol.layout.Format.TIME9;
import static jp.renkei.protocol.layout.Format.TIMEE9;
import static jp.renkei.protocol.layout.Format.UINT;

import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;

/** The 利用票 layouts of spec §4.6–4.9: UPPLAN / UPJSK, DLTPLAN, DLTJSK, UPSIKYU. */
final class ServiceUseLayouts {

    private ServiceUseLayouts() {
    }

    /** UPPLAN and UPJSK share one layout (§4.6); v3 lacks No.16–18 (column map §4.6.4). */
    static Layout sixthTable(FileKind kind, LayoutGeneration g) {
        return LayoutBuilder.of(kind, g)
                .required("createdDate", "作成年月日", 8, DATE)
                .required("serviceMonth", "対象年月", 6, MONTH)
                .probable("planOfficeCode", "プラン担当業者コード", 10, OFFICE)
                .text("plannerName", "プラン担当者名")
                .probable("units", "単位数", 6, INT)
                .optional("shortStayDaysToLastMonth", "前月までの短期入所利用日数", 5, UINT)
                .required("serviceDate", "サービス利用日", 8, DATE)
                .optional("dailyRateDays", "日割対象日", 31, DAYS31)
                .required("startTime", "サービス開始時刻", 4, TIME9)
                .required("endTime", "サービス終了時刻", 4, TIMEE9)
                .required("serviceCount", "サービス回数", 2, UINT)
                .required("serviceCode", "サービスコード", 6, SVC)
                .optional("taisCode", "TAISコード", 12, TAIS).v4()
                .optional("equipmentNotificationCode", "福祉用具届出コード", 12, TAIS).v4()
                .text("equipmentName", "用具名称（機種名）").v4()
                .optional("detailNo", "明細判別コード", 2, UINT).uncertainLength()
                .required("serviceOfficeCode", "サービス事業者コード", 10, OFFICE)
                .text("serviceOfficeName", "サービス事業所名")
                .optional("satelliteNo", "サテライト枝番", 2, UINT)
                .code("over30Days", "３０日超区分", 1, Requirement.REQUIRED, CodeTable.OVER_30_DAYS)
                .updater()
                .identifier()
                .build();
    }

    static Layout dltplan(LayoutGeneration g) {
        return LayoutBuilder.of(FileKind.DLTPLAN, g)
                .required("deletionMonth", "削除対象年月", 6, MONTH)
                .build();
    }

    static Layout dltjsk(LayoutGeneration g) {
        return LayoutBuilder.of(FileKind.DLTJSK, g)
                .required("deletionMonth", "削除対象年月", 6, MONTH)
                .required("serviceOfficeCode", "サービス事業者コード", 10, OFFICE)
                .required("serviceKind", "サービス種類コード", 2, KIND)
                .build();
    }

    /** 第7表 (§4.9); v3 lacks No.10–12 and has 回数／日数 Len 2 (column map §4.9.3). */
    static Layout upsikyu(LayoutGeneration g) {
        LayoutBuilder b = LayoutBuilder.of(FileKind.UPSIKYU, g)
                .required("createdDate", "作成年月日", 8, DATE)
                .required("serviceMonth", "対象年月", 6, MONTH)
                .text("serviceOfficeName", "サービス事業所名")
                .required("serviceOfficeCode", "サービス事業所コード", 10, OFFICE)
                .optional("satelliteNo", "サテライト枝番", 2, UINT)
                .required("serviceCode", "サービスコード", 6, SVC)
                .optional("taisCode", "TAISコード", 12, TAIS).v4()
                .optional("equipmentNotificationCode", "福祉用具届出コード", 12, TAIS).v4()
                .text("equipmentName", "用具名称（機種名）").v4()
                .required("units", "単位数", 6, INT)
                .optional("discountRate", "割引後率", 5, INT)
                .optional("discountedUnits", "割引後単位数", 6, INT)
                .required("countOrDays", "回数／日数", g == LayoutGeneration.V3 ? 2 : 3, INT);
        return amounts(b)
                .code("over30Days", "３０日超区分", 1, Requirement.REQUIRED, CodeTable.OVER_30_DAYS)
                // fixed 9999999999, checked only by T7-006
                .optional("officeCode", "事業所コード", 10, RULE)
                .optional("operatorCode", "入力者コード", 10, STR)
                .updater().uncertainFormat()
                .identifier()
                .build();
    }

    /** UPSIKYU No.17–32 (v4): units, limits, money and day counts. */
    private static LayoutBuilder amounts(LayoutBuilder b) {
        return b.optional("serviceUnitAmount", "サービス単位金額", 5, INT).uncertainLength()
                .optional("benefitManagedUnits", "給付管理単位数", 6, INT)
                .optional("kindLimitExcessUnits", "種類支給限度基準超単位数", 6, INT)
                .optional("kindLimitWithinUnits", "種類支給限度基準内単位数", 6, INT)
                .optional("categoryLimitExcessUnits", "区分支給限度基準超単位数", 6, INT)
                .optional("categoryLimitWithinUnits", "区分支給限度基準内単位数", 6, INT)
                .optional("unitPrice", "単位数単価", 6, DEC)
                .optional("totalCost", "費用総額保険／事業対象分", 6, INT)
                .optional("benefitRate", "給付率", 6, INT)
                .optional("insuranceClaim", "保険／事業費請求額", 6, INT)
                .optional("fixedCopayUnitPrice", "定額利用者負担単価金額", 6, INT)
                .optional("userCopay", "利用者負担保険／事業対象分", 6, INT)
                .optional("userFullCost", "利用者負担（全額負担分）", 6, INT)
                // §9 #6: lengthened from 2 to 5 in v3.2; accept up to 5, beyond is ITEM-012
                .optional("usedDaysToLastMonth", "前月までの利用日数", 5, INT).uncertainLength()
                .optional("plannedDaysThisMonth", "当月の計画利用日数", 2, INT)
                .optional("cumulativeDays", "累積利用日数", 5, INT);
    }
}
