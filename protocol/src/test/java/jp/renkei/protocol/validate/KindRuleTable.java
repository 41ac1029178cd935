package jp.renkei.protocol.validate;

import static jp.renkei.protocol.FileKind.DLTJSK;
import static jp.renkei.protocol.FileKind.DLTPLAN;
import static jp.renkei.protocol.FileKind.UP1KYO;
import static jp.renkei.protocol.FileKind.UP2KYO;
import static jp.renkei.protocol.FileKind.UP3KYO;
import static jp.renkei.protocol.FileKind.UPHOSOKU;
import static jp.renkei.protocol.FileKind.UPJSK;
import static jp.renkei.protocol.FileKind.UPPLAN;
import static jp.renkei.protocol.FileKind.UPSIKYU;
import static jp.renkei.protocol.FileKind.UPYOBO_SUB;
import static jp.renkei.protocol.validate.Case.breaks;
import static jp.renkei.protocol.validate.Case.file;
import static jp.renkei.protocol.validate.Case.passes;

import java.util.List;

/** Rule table, part 2: months and kind-specific file rules (spec §6.3.6, §6.3.7). */
final class KindRuleTable {

    private static final String GRAND_TOTAL_ROW = "999999";

    private KindRuleTable() {
    }

    private static Fixture plan() {
        return Fixture.of(UPPLAN);
    }

    private static Fixture sikyu() {
        return Fixture.of(UPSIKYU);
    }

    static List<Case> cases() {
        return List.of(
            breaks(Rule.MONTH_001, "a second record of another month", file(sikyu().set(1, "serviceMonth", "202506"))),
            passes(Rule.MONTH_001, "one month", file(sikyu())),
            breaks(Rule.MONTH_002, "対象年月 202506 in a 202505 file", file(plan().set("serviceMonth", "202506")
                    .set("serviceDate", "20250601"))),
            passes(Rule.MONTH_002, "対象年月 = name month", file(plan())),
            breaks(Rule.MONTH_002, "削除対象年月 202506 in a 202505 file", file(Fixture.of(DLTPLAN)
                    .set("deletionMonth", "202506"))),
            breaks(Rule.MONTH_003, "a service day in the next month", file(plan().set("serviceDate", "20250601"))),
            passes(Rule.MONTH_003, "the last day of the month", file(plan().set("serviceDate", "20250531"))),

            breaks(Rule.HOS_001, "対象年月 differs from the name", file(Fixture.of(UPHOSOKU)
                    .set("serviceMonth", "202506"))),
            passes(Rule.HOS_001, "plan set with 000000", file(Fixture.of(UPHOSOKU).month("000000"))),
            breaks(Rule.HOS_002, "a date in a 利用票 set", file(Fixture.of(UPHOSOKU).set("planDate", "20250401"))),
            breaks(Rule.HOS_002, "00000000 in a plan set", file(Fixture.of(UPHOSOKU).month("000000")
                    .set("planDate", "00000000"))),
            passes(Rule.HOS_002, "00000000 in a 利用票 set", file(Fixture.of(UPHOSOKU))),
            breaks(Rule.HOS_003, "slot 3 used while slot 2 is empty", file(Fixture.of(UPHOSOKU)
                    .set("slot3ServiceKind", "12"))),
            passes(Rule.HOS_003, "slots 1 and 2 used", file(Fixture.of(UPHOSOKU).set("slot2ServiceKind", "12"))),
            breaks(Rule.HOS_004, "slot kind 2A", file(Fixture.of(UPHOSOKU).set("slot1ServiceKind", "2A"))),
            passes(Rule.HOS_004, "slot kind 22", file(Fixture.of(UPHOSOKU).set("slot1ServiceKind", "22"))),
            breaks(Rule.HOS_005, "two records of one user-month", file(Fixture.of(UPHOSOKU).add())),
            passes(Rule.HOS_005, "two users", file(Fixture.of(UPHOSOKU).add("insuredNumber", "0000099999"))),
            breaks(Rule.P1_001, "two records of one plan", file(Fixture.of(UP1KYO).add())),
            passes(Rule.P1_001, "two plans of one user", file(Fixture.of(UP1KYO).add("planDate", "20250402"))),
            breaks(Rule.P1_002, "介護支援事業者コード of another office", file(Fixture.of(UP1KYO)
                    .set("careOfficeCode", "1310000099"))),
            passes(Rule.P1_002, "介護支援事業者コード empty", file(Fixture.of(UP1KYO).set("careOfficeCode", ""))),

            breaks(Rule.T2_001, "one number triple twice", file(Fixture.of(UP2KYO).add("goalNo", "01"))),
            passes(Rule.T2_001, "援助内容ＮＯ 1 and 2", file(Fixture.of(UP2KYO).add("supportNo", "2"))),
            breaks(Rule.T2_002, "課題ＮＯ empty", file(Fixture.of(UP2KYO).set("issueNo", ""))),
            passes(Rule.T2_002, "all numbers", file(Fixture.of(UP2KYO))),
            breaks(Rule.T2_003, "two 課題 texts in one group", file(Fixture.of(UP2KYO).add("supportNo", "2",
                    "issue", "別の課題"))),
            passes(Rule.T2_003, "fill-down: later lines empty", file(Fixture.of(UP2KYO).add("supportNo", "2",
                    "issue", ""))),
            breaks(Rule.T2_003, "two 支援のポイント in one 支援計画", file(Fixture.of(UPYOBO_SUB).add("serviceNo", "2",
                    "supportPoint", "別"))),
            breaks(Rule.T3_001, "weekly service and activity mixed", file(Fixture.of(UP3KYO).set("activity", "起床")
                    .set("activityStartTime", "0600").set("activityEndTime", "0600"))),
            breaks(Rule.T3_001, "No.6-13 all empty", file(Fixture.of(UP3KYO).set("serviceContent", "")
                    .set("weekday", "").set("serviceStartTime", "").set("serviceEndTime", ""))),
            passes(Rule.T3_001, "an activity only", file(Fixture.of(UP3KYO).set("serviceContent", "")
                    .set("weekday", "").set("serviceStartTime", "").set("serviceEndTime", "").set("activity", "起床")
                    .set("activityStartTime", "0600").set("activityEndTime", "0600"))),
            breaks(Rule.T3_002, "weekly service without end", file(Fixture.of(UP3KYO).set("serviceEndTime", ""))),
            passes(Rule.T3_002, "complete weekly service", file(Fixture.of(UP3KYO))),
            breaks(Rule.T3_003, "two 作成年月日 in one plan", file(Fixture.of(UP3KYO).add("createdDate", "20250402",
                    "weekday", "2"))),
            passes(Rule.T3_003, "one 作成年月日", file(Fixture.of(UP3KYO).add("weekday", "2"))),

            breaks(Rule.T6_001, "日割対象日 of 3 characters", file(plan().set("dailyRateDays", "111"))),
            passes(Rule.T6_001, "日割対象日 of 31", file(plan().set("dailyRateDays", "1" + "0".repeat(30)))),
            breaks(Rule.T6_002, "日割対象日 all 0", file(plan().set("dailyRateDays", "0".repeat(31)))),
            breaks(Rule.T6_002, "day 31 in June", file(plan().month("202506").set("dailyRateDays",
                    "0".repeat(30) + "1"))),
            passes(Rule.T6_002, "day 31 in May", file(plan().set("dailyRateDays", "0".repeat(30) + "1"))),
            breaks(Rule.T6_003, "only the end is 9999", file(plan().set("endTime", "9999"))),
            passes(Rule.T6_003, "both 9999", file(plan().set("startTime", "9999").set("endTime", "9999"))),
            breaks(Rule.T6_004, "actuals of another office", file(Fixture.of(UPJSK).set("serviceOfficeCode",
                    "1310000099"))),
            breaks(Rule.T6_004, "actuals of another kind", file(Fixture.of(UPJSK).set("serviceCode", "151111"))),
            passes(Rule.T6_004, "the sender's own actuals", file(Fixture.of(UPJSK))),
            breaks(Rule.T6_005, "no service of the recipient", file(plan().set("serviceOfficeCode", "1310000099"))),
            passes(Rule.T6_005, "a service of the recipient among others", file(plan().add("serviceOfficeCode",
                    "1310000099"))),
            breaks(Rule.T6_006, "a duplicate record", file(plan().add())),
            passes(Rule.T6_006, "another day", file(plan().add("serviceDate", "20250502"))),

            breaks(Rule.EQP_001, "rental 171001 without codes", file(plan().set("serviceCode", "171001"))),
            passes(Rule.EQP_001, "rental with a TAIS code", file(plan().set("serviceCode", "171001")
                    .set("taisCode", "00001-000010"))),
            breaks(Rule.EQP_001, "UPSIKYU rental row without codes", file(sikyu().set(0, "serviceCode", "671001"))),
            passes(Rule.EQP_001, "v3 has no equipment items", file(plan().v3().set("serviceCode", "171001"))),
            breaks(Rule.EQP_002, "both codes", file(plan().set("serviceCode", "171001").set("taisCode", "00001-000010")
                    .set("equipmentNotificationCode", "00002-000020"))),
            passes(Rule.EQP_002, "the notification code only", file(plan().set("serviceCode", "171001")
                    .set("equipmentNotificationCode", "00002－000020"))),
            breaks(Rule.EQP_003, "a TAIS code on 訪問介護", file(plan().set("taisCode", "00001-000010"))),
            breaks(Rule.EQP_003, "v3: 明細判別コード on 訪問介護", file(plan().v3().set("detailNo", "1"))),
            passes(Rule.EQP_003, "明細判別コード on 福祉用具貸与", file(plan().set("serviceCode", "171001")
                    .set("taisCode", "00001-000010").set("detailNo", "1"))),
            breaks(Rule.EQP_004, "a TAIS code without hyphen", file(plan().set("serviceCode", "171001")
                    .set("taisCode", "000010000100"))),
            passes(Rule.EQP_004, "a TAIS code with full-width minus", file(plan().set("serviceCode", "171001")
                    .set("taisCode", "00001－000010"))),
            breaks(Rule.EQP_005, "a 17 加算 without codes", file(plan().set("serviceCode", "176100"))),
            passes(Rule.EQP_005, "a 17 加算 with a code", file(plan().set("serviceCode", "176100")
                    .set("taisCode", "00001-000010"))),

            breaks(Rule.T7_001, "a user-month without grand total", file(sikyu()
                    .set(1, "insuredNumber", "0000099999"))),
            passes(Rule.T7_001, "one grand total", file(sikyu())),
            breaks(Rule.T7_002, "grand total of an office", file(sikyu().set(1, "serviceOfficeCode", "1310000023"))),
            passes(Rule.T7_002, "grand total of 9999999999", file(sikyu())),
            breaks(Rule.T7_003, "two grand totals", file(sikyu().add("serviceCode", GRAND_TOTAL_ROW,
                    "serviceOfficeCode", "9999999999", "units", "0", "discountRate", "", "discountedUnits", ""))),
            passes(Rule.T7_003, "one grand total per user", file(sikyu().add("insuredNumber", "0000099999",
                    "serviceCode", GRAND_TOTAL_ROW, "serviceOfficeCode", "9999999999", "units", "0",
                    "discountRate", "", "discountedUnits", "").add("insuredNumber", "0000099999"))),
            breaks(Rule.T7_004, "units on the grand total", file(sikyu().set(1, "units", "5"))),
            breaks(Rule.T7_004, "割引後率 on the grand total", file(sikyu().set(1, "discountRate", "90"))),
            passes(Rule.T7_004, "0 on the grand total", file(sikyu())),
            breaks(Rule.T7_005, "two codes of kind 11 without 11AAAA", file(sikyu().add("serviceCode", "112222"))),
            passes(Rule.T7_005, "two codes with 11AAAA", file(sikyu().add("serviceCode", "112222").add("serviceCode",
                    "11AAAA", "units", "0", "discountRate", "", "discountedUnits", ""))),
            breaks(Rule.T7_006, "事業所コード empty", file(sikyu().set("officeCode", ""))),
            passes(Rule.T7_006, "事業所コード 9999999999", file(sikyu())),

            breaks(Rule.DEL_002, "one deletion twice", file(Fixture.of(DLTPLAN).add())),
            passes(Rule.DEL_002, "two users", file(Fixture.of(DLTPLAN).add("insuredNumber", "0000099999"))),
            breaks(Rule.DEL_003, "deleting another office's actuals", file(Fixture.of(DLTJSK)
                    .set("serviceOfficeCode", "1310000099"))),
            breaks(Rule.DEL_003, "deleting another kind", file(Fixture.of(DLTJSK).set("serviceKind", "15"))),
            passes(Rule.DEL_003, "deleting own actuals", file(Fixture.of(DLTJSK))));
    }
}
