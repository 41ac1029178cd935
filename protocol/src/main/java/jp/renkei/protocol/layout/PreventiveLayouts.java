package jp.renkei.protocol.layout;

import static jp.renkei.protocol.layout.Format.DATE;
import static jp.renkei.protocol.layout.Format.NO99;
import static jp.renkei.protocol.layout.Format.STR;
import static jp.renkei.protocol.layout.Format.UINT;

import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;

/** The 介護予防支援 layouts of spec §4.10–4.17 (v4 only). */
final class PreventiveLayouts {

    private static final String[] FULL_WIDTH_DIGITS = {"", "１", "２", "３", "４"};
    private static final String[][] DOMAINS = {
        {"mobility", "【運動・移動】"},
        {"dailyLiving", "【日常生活(家庭生活)】"},
        {"social", "【社会参加、対人関係・コミュニケーション】"},
        {"health", "【健康管理】"},
    };
    private static final String[][] PROGRAMS = {
        {"Exercise", "(運動不足)"}, {"Nutrition", "(栄養改善)"}, {"OralCare", "(口腔内ケア)"},
        {"Withdrawal", "(閉じこもり予防)"}, {"Memory", "(物忘れ予防)"}, {"Depression", "(うつ予防)"},
    };

    private PreventiveLayouts() {
    }

    /**
     * Item 4 of UPKIHON, DLTKIHON, SUB1 and SUB2. It is a plain DATE here; the validator gives a valid 6-digit YYYYMM
     * value ITEM-013 instead of ITEM-003 and accepts it as key (§6.4, §9 #15), which a format token cannot express.
     */
    private static LayoutBuilder consultationDate(FileKind kind) {
        return LayoutBuilder.of(kind, LayoutGeneration.V4).required("consultationDate", "相談日", 8, DATE);
    }

    static Layout upkihon() {
        LayoutBuilder b = consultationDate(FileKind.UPKIHON)
                .code("planType", "計画種類", 1, CodeTable.PLAN_TYPE)
                .code("entrusted", "委託の有無", 1, CodeTable.ENTRUSTED)
                .text("staffName", "作成担当者")
                .code("consultationMethod", "相談方法", 2, CodeTable.CONSULTATION_METHOD)
                .text("consultationMethodOther", "相談方法(その他の内容)")
                .code("consultationCount", "相談回数", 2, CodeTable.CONSULTATION_COUNT);
        daggerItems(b);
        b.code("disabledElderlyIndependence", "障害高齢者の日常生活自立度", 2, CodeTable.DISABLED_ELDERLY_INDEPENDENCE)
                .code("dementiaIndependence", "認知症高齢者の日常生活自立度", 2, CodeTable.DEMENTIA_INDEPENDENCE)
                .code("careLevel", "要介護状態区分", 2, CodeTable.CARE_LEVEL_PREVENTIVE)
                .optional("certificationValidFrom", "認定有効期限開始日", 8, DATE)
                .optional("certificationValidTo", "認定有効期間終了日", 8, DATE)
                .code("previousCareLevel", "前回の介護度", 2, CodeTable.CARE_LEVEL_PREVENTIVE)
                .code("checklistResult", "基本チェックリスト記入結果", 1, CodeTable.CHECKLIST_RESULT)
                .optional("checklistDate", "基本チェックリスト記入日", 8, DATE)
                .code("disabilityPhysical", "障害等認定(身障)", 1, CodeTable.APPLICABLE)
                .code("disabilityIntellectual", "障害等認定(療育)", 1, CodeTable.APPLICABLE)
                .code("disabilityMental", "障害等認定(精神)", 1, CodeTable.APPLICABLE)
                .code("disabilityIntractable", "障害等認定(難病)", 1, CodeTable.APPLICABLE)
                .text("disabilityNotes", "障害等認定特記事項")
                .code("residence", "居住形態", 2, CodeTable.RESIDENCE)
                .optional("roomFloor", "自室の階数", 2, UINT)
                .code("homeRenovation", "住宅改修の有無", 1, CodeTable.PRESENCE)
                .code("pensionNational", "経済状況(国民年金)", 1, CodeTable.APPLICABLE)
                .code("pensionEmployee", "経済状況(厚生年金)", 1, CodeTable.APPLICABLE)
                .code("pensionDisability", "経済状況(障害年金)", 1, CodeTable.APPLICABLE)
                .code("publicAssistance", "経済状況(生活保護)", 1, CodeTable.APPLICABLE)
                .text("economicDetails", "経済状況詳細")
                .text("visitorName", "来所者(相談者)氏名")
                .text("visitorAddress", "来所者(相談者)住所")
                .optional("visitorPhone", "来所者(相談者)電話番号", 15, STR)
                .text("visitorRelationship", "来所者(相談者)続柄");
        for (int n = 1; n <= 4; n++) {
            emergencyContact(b, n);
        }
        return b.text("familyImageFileName", "家族構成 画像ファイル名")
                .text("familySituation", "家族関係等の状況")
                .text("lifeHistory", "今までの生活")
                .text("dailyLife", "１日の生活・すごし方(生活全般)")
                .text("hobbies", "趣味・楽しみ・特技")
                .text("communityRelations", "友人・地域との関係")
                .text("publicServices", "現在利用している公的サービス")
                .text("privateServices", "現在利用している非公的サービス")
                .optional("consentDate", "同意日", 8, DATE)
                .text("consentName", "同意者氏名")
                .build();
    }

    /** UPKIHON No.11–20 (†): length and format assignment ambiguous, so all their checks are WARNINGs (§6.4). */
    private static void daggerItems(LayoutBuilder b) {
        b.optional("previousConsultationDate", "前回相談日", 8, DATE).uncertainLength().uncertainFormat()
                .code("currentSituation", "利用者の現況", 2, CodeTable.CURRENT_SITUATION)
                .uncertainLength().uncertainFormat()
                .text("currentSituationNote", "利用者の現況(状況補足)").uncertainLength().uncertainFormat()
                .text("userNameKana", "利用者氏名ﾌﾘｶﾞﾅ").uncertainLength().uncertainFormat()
                .text("userName", "利用者氏名").uncertainLength().uncertainFormat()
                .code("userSex", "利用者性別", 1, CodeTable.SEX).uncertainLength().uncertainFormat()
                .optional("userBirthDate", "利用者生年月日", 8, DATE).uncertainLength().uncertainFormat()
                .text("userAddress", "利用者住所").uncertainLength().uncertainFormat()
                .optional("userPhone", "利用者電話番号", 15, STR).uncertainLength().uncertainFormat()
                .optional("userFax", "利用者Fax番号", 15, STR).uncertainLength().uncertainFormat();
    }

    /** n緊急連絡先 (No. 4n+42 … 4n+45), keys {@code emergencyNName} etc. */
    private static void emergencyContact(LayoutBuilder b, int n) {
        String group = FULL_WIDTH_DIGITS[n] + "緊急連絡先";
        String key = "emergency" + n;
        b.text(key + "Name", group + "(氏名)")
                .text(key + "Relationship", group + "(続柄)")
                .text(key + "Address", group + "(住所)")
                .optional(key + "Phone", group + "(電話番号)", 15, STR);
    }

    static Layout dltkihon() {
        return consultationDate(FileKind.DLTKIHON).build();
    }

    static Layout upkihonSub1() {
        return consultationDate(FileKind.UPKIHON_SUB1)
                .text("timeOfDay", "時間")
                .text("userLife", "本人の生活状況")
                .text("familyLife", "介護者・家族の生活状況")
                .build();
    }

    static Layout upkihonSub2() {
        return consultationDate(FileKind.UPKIHON_SUB2)
                .text("historyDate", "年月日")
                .text("diseaseName", "病名")
                .text("medicalInstitution", "医療機関・医師名")
                .code("doctorFlag", "主治医・意見作成者フラグ", 1, CodeTable.DOCTOR_FLAG)
                .optional("medicalPhone", "医療機関・医師電話番号", 15, STR)
                .code("course", "経過", 2, CodeTable.COURSE)
                .text("treatment", "治療中の内容")
                .build();
    }

    private static LayoutBuilder preventivePlanDate(FileKind kind) {
        return LayoutBuilder.of(kind, LayoutGeneration.V4).required("planDate", "計画作成(変更)日", 8, DATE);
    }

    static Layout upyobo() {
        LayoutBuilder b = preventivePlanDate(FileKind.UPYOBO)
                .code("planType", "計画種類", 1, CodeTable.PLAN_TYPE)
                .code("entrusted", "委託の有無", 1, CodeTable.ENTRUSTED)
                .text("referenceNo", "整理番号")
                .text("userName", "利用者名")
                .optional("certificationDate", "認定年月日", 8, DATE)
                .optional("certificationValidFrom", "認定有効期間開始日", 8, DATE)
                .optional("certificationValidTo", "認定有効期間終了日", 8, DATE)
                .code("planCategory", "計画書区分", 2, CodeTable.PLAN_CATEGORY)
                .code("certificationStatus", "認定状況区分", 1, CodeTable.CERTIFICATION_STATUS)
                .code("supportLevel", "要支援状態区分", 1, CodeTable.SUPPORT_LEVEL)
                .text("centerStaffName", "計画作成者氏名（地域包括支援センター担当者名）")
                .text("careManagerName", "計画作成者氏名（担当介護支援専門員名）")
                .text("plannerOfficeName", "計画作成者事業者・事業所名")
                .text("plannerOfficeAddress", "計画作成者事業者・事業所住所")
                .optional("plannerOfficePhone", "計画作成者事業者・事業所電話番号", 15, STR)
                .optional("firstPlanDate", "初回作成日", 8, DATE)
                .text("supportCenter", "担当地域包括支援センター")
                .text("dailyGoal", "目標とする生活(1日)")
                .text("yearlyGoal", "目標とする生活(1年)");
        for (String[] d : DOMAINS) {
            b.text(d[0] + "Situation", d[1] + "現在の状況")
                    .text(d[0] + "Intention", d[1] + "本人・家族の意欲・意向")
                    .code(d[0] + "IssuePresence", d[1] + "領域における課題の有無", 1, CodeTable.PRESENCE)
                    .text(d[0] + "Issue", d[1] + "領域における課題（背景・原因）");
        }
        b.text("healthNotes", "健康状態の留意点")
                .text("supportPolicy", "妥当な支援の実施に向けた方針")
                .text("overallPolicy", "総合的な方針");
        for (String[] p : PROGRAMS) {
            b.optional("checklist" + p[0], "基本チェックリストの該当数" + p[1], 1, UINT);
        }
        for (String[] p : PROGRAMS) {
            b.code("program" + p[0], "事業プログラムの要否" + p[1], 1, CodeTable.NEED);
        }
        return b.text("centerOpinion", "地域包括支援センター意見")
                .optional("consentDate", "同意日", 8, DATE)
                .text("consentName", "同意者氏名")
                .build();
    }

    static Layout upyoboSub() {
        return preventivePlanDate(FileKind.UPYOBO_SUB)
                .optional("issueNo", "課題ＮＯ", 2, NO99)
                .text("overallIssue", "総合的課題")
                .text("goalProposal", "課題に対する目標と具体策の提案")
                .text("intention", "具体策についての意向本人・家族")
                .text("goal", "目標")
                .optional("supportPlanNo", "支援計画ＮＯ", 2, NO99)
                .text("supportPoint", "【支援計画】目標についての支援のポイント")
                .text("selfCareSupport", "【支援計画】本人等のセルフケアや家族の支援、インフォーマルサービス（民間サービス）")
                .text("insuranceService", "【支援計画】介護保険サービス又は地域支援事業（総合事業のサービス）")
                .optional("serviceNo", "利用サービスＮＯ", 2, NO99)
                .text("serviceType", "【利用サービス】サービス種別")
                .text("serviceOffice", "【利用サービス】事業所(利用先)")
                .text("servicePeriod", "【利用サービス】期間")
                .build();
    }

    static Layout dltyobo() {
        return preventivePlanDate(FileKind.DLTYOBO).build();
    }
}
