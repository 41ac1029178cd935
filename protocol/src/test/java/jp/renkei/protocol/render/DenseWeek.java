package jp.renkei.protocol.render;

import java.util.List;
import java.util.Map;

/** A crowded week that exercises every fallback: overlaps, long text, many activities, invalid rows. */
final class DenseWeek {

    static final String LONG_SERVICE = "訪問介護（身体介護：排泄介助・更衣介助・清拭、服薬確認および見守り的援助を含む）";
    static final String LONG_NON_WEEKLY = "福祉用具貸与（車いす・車いす付属品・特殊寝台・特殊寝台付属品・床ずれ防止用具・"
            + "体位変換器・手すり・スロープ・歩行器・歩行補助つえ・認知症老人徘徊感知機器・移動用リフト）";
    static final String LONG_NAME = "長谷川　左衛門之助　太郎兵衛　ジョナサン・クリストファー・アレクサンダー・エドワード";

    private DenseWeek() {
    }

    static Week week() {
        Week week = Week.standard();
        for (int day = 1; day <= 7; day++) {
            String d = String.valueOf(day);
            week.service(d, "0700", "0730", "訪問介護（身体介護）");
            week.service(d, "0900", "1000", LONG_SERVICE);
            week.service(d, "0930", "1100", "訪問看護（医療機関）");
            week.service(d, "0945", "1015", "訪問リハビリテーション");
            week.service(d, "1000", "1030", "居宅療養管理指導");
            week.service(d, "1800", "1800", "定期巡回・随時対応型訪問介護看護");
            week.service(d, "2230", "0130", "夜間対応型訪問介護\r\n（随時訪問）");
        }
        week.service("2", "0930", "1600", "通所介護（デイサービス）\r\n入浴・機能訓練・昼食");
        String[] activities = {"起床・洗面", "朝食", "服薬", "排泄", "ラジオ体操", "水分補給", "昼食", "服薬", "昼寝",
            "おやつ", "テレビ（時代劇）", "入浴（デイサービスの日を除く。家族が見守り、背中を流す）", "夕食", "服薬",
            "家族との団らん", "排泄", "就寝", "夜間のトイレ"};
        for (int i = 0; i < activities.length; i++) {
            String start = String.format("%02d00", 6 + i);
            week.activity(start, start, activities[i]);
        }
        week.activity("0530", "0600", "早朝の散歩（近所の公園まで、天気の良い日のみ。雨天時は室内で足踏み運動）");
        week.nonWeekly(LONG_NON_WEEKLY);
        week.nonWeekly("短期入所生活介護（月末に3日間）\r\n家族のレスパイトのため");
        week.nonWeekly("住宅改修（浴室手すり取付・段差解消）");
        week.nonWeekly("月1回 通院（内科・長谷川クリニック）𠮷野家の弁当");
        week.row("訪問介護", "8", "0900", "1000", "", "", "", "");
        week.row("訪問介護", "", "0900", "1000", "", "", "", "");
        week.row("", "", "", "", "散歩", "0900", "");
        return week;
    }

    static List<List<String>> rows() {
        return week().rows();
    }

    static Map<PlanKey, String> names() {
        return Map.of(Week.standard().key(), LONG_NAME);
    }
}
