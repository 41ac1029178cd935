package jp.renkei.protocol.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds UP3KYO records (13 unquoted values, spec §4.5) for one plan key, the way care software writes them. */
final class Week {

    static final String VERSION = "202407";

    private final String insurer;
    private final String insured;
    private final String createdOn;
    private final String planDate;
    private final List<List<String>> rows = new ArrayList<>();

    Week(String insurer, String insured, String createdOn, String planDate) {
        this.insurer = insurer;
        this.insured = insured;
        this.createdOn = createdOn;
        this.planDate = planDate;
    }

    /** 131016 / 0000123456, created 2024-04-01 for the plan of 2024-04-01. */
    static Week standard() {
        return new Week("131016", "0000123456", "20240401", "20240401");
    }

    PlanKey key() {
        return new PlanKey(insurer, insured, planDate);
    }

    /** A weekly service (shape W) on 曜日 code {@code day}. */
    Week service(String day, String start, String end, String text) {
        return row(text, day, start, end, "", "", "", "");
    }

    /** A daily activity (shape A). */
    Week activity(String start, String end, String text) {
        return row("", "", "", "", text, start, end, "");
    }

    /** A non-weekly service (shape N). */
    Week nonWeekly(String text) {
        return row("", "", "", "", "", "", "", text);
    }

    /** Any No.6–13, as given. */
    Week row(String... items6to13) {
        List<String> row = new ArrayList<>(List.of(VERSION, insurer, insured, createdOn, planDate));
        row.addAll(Arrays.asList(items6to13));
        rows.add(row);
        return this;
    }

    List<List<String>> rows() {
        return List.copyOf(rows);
    }

    /** A typical week of a user with 要介護2: home help, day service, nursing, rehabilitation. */
    static Week sample() {
        Week week = standard();
        for (String day : List.of("1", "3", "5")) {
            week.service(day, "0900", "1000", "訪問介護（身体介護）");
        }
        week.service("2", "0930", "1600", "通所介護（デイサービス）");
        week.service("4", "0930", "1600", "通所介護（デイサービス）");
        week.service("1", "0930", "1030", "訪問リハビリテーション");
        week.service("6", "1400", "1500", "訪問看護");
        week.service("3", "1800", "1830", "訪問介護（生活援助）");
        week.service("5", "2300", "0100", "夜間対応型訪問介護");
        week.service("7", "0700", "0700", "定期巡回・随時対応型訪問介護看護");
        week.activity("0600", "0600", "起床");
        week.activity("0700", "0730", "朝食");
        week.activity("0800", "0800", "服薬");
        week.activity("1200", "1300", "昼食");
        week.activity("1500", "1500", "おやつ・水分補給");
        week.activity("1800", "1830", "夕食");
        week.activity("2100", "2100", "就寝");
        week.nonWeekly("福祉用具貸与（車いす・特殊寝台・付属品）");
        week.nonWeekly("月1回 通院（内科・長谷川クリニック）");
        week.nonWeekly("短期入所生活介護（月末に3日間）");
        return week;
    }
}
