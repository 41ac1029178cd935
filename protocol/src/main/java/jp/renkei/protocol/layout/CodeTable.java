package jp.renkei.protocol.layout;

import java.util.LinkedHashMap;
import java.util.Map;

/** The code tables of spec §5: exact string match, leading zeros significant ({@code 6} is not {@code 06}). */
public enum CodeTable {
    PLAN_CATEGORY("計画書区分", "11=初回", "12=紹介", "21=継続", "51=初回＆紹介", "52=初回＆継続", "53=紹介＆継続",
            "54=初回＆紹介＆継続"),
    CERTIFICATION_STATUS("認定状況区分", "1=申請中", "2=認定済"),
    CARE_LEVEL("要介護状態区分", "06=事業対象者", "12=要支援１", "13=要支援２", "21=要介護１", "22=要介護２",
            "23=要介護３", "24=要介護４", "25=要介護５"),
    LIVING_SUPPORT_REASON("生活援助中心型の算定理由", "1=一人暮らし", "2=家族等が障害、疾病等", "3=その他"),
    INSURANCE_SCOPE("保険対象区分", "Y=対象", "N=対象外"),
    SEX("性別", "1=男性", "2=女性"),
    WEEKDAY("曜日", "1=月曜日", "2=火曜日", "3=水曜日", "4=木曜日", "5=金曜日", "6=土曜日", "7=日曜日"),
    OVER_30_DAYS("３０日超区分", "1=該当", "0=非該当"),
    PLAN_TYPE("計画種類", "1=介護予防支援", "2=介護予防ケアマネジメント"),
    ENTRUSTED("委託の有無", "1=自前", "2=委託"),
    CONSULTATION_METHOD("相談方法", "01=来所", "02=電話", "03=その他"),
    CONSULTATION_COUNT("相談回数", "01=初回", "02=再来"),
    CURRENT_SITUATION("利用者の現況", "01=在宅", "02=入院又は入所中"),
    DISABLED_ELDERLY_INDEPENDENCE("障害高齢者の日常生活自立度", "01=自立", "11=J1", "12=J2", "21=A1", "22=A2",
            "31=B1", "32=B2", "41=C1", "42=C2"),
    DEMENTIA_INDEPENDENCE("認知症高齢者の日常生活自立度", "01=自立", "02=Ⅰ", "03=Ⅱａ", "04=Ⅱｂ", "05=Ⅲａ",
            "06=Ⅲｂ", "07=Ⅳ", "08=Ｍ"),
    CARE_LEVEL_PREVENTIVE("要介護状態区分（予防）", "01=非該当", "12=要支援１", "13=要支援２", "21=要介護１",
            "22=要介護２", "23=要介護３", "24=要介護４", "25=要介護５"),
    CHECKLIST_RESULT("基本チェックリスト記入結果", "1=事業対象者の該当あり", "2=該当なし"),
    APPLICABLE("該当", "1=該当", "0=非該当"),
    RESIDENCE("居住形態", "01=自宅", "02=借家", "03=一戸建て", "04=集合住宅", "05=自宅・一戸建て",
            "06=自宅・集合住宅", "07=借家・一戸建て", "08=借家・集合住宅"),
    PRESENCE("有無", "1=有", "2=無"),
    SUPPORT_LEVEL("要支援状態区分", "1=要支援１", "2=要支援２", "3=地域支援事業"),
    NEED("要否", "1=要", "2=否"),
    DOCTOR_FLAG("主治医・意見作成者フラグ", "1=主治医", "2=それ以外"),
    COURSE("経過", "01=治療中", "02=経過観察中", "03=その他");

    private final String japaneseName;
    private final Map<String, String> meanings;

    CodeTable(String japaneseName, String... codes) {
        this.japaneseName = japaneseName;
        Map<String, String> m = new LinkedHashMap<>();
        for (String c : codes) {
            int eq = c.indexOf('=');
            m.put(c.substring(0, eq), c.substring(eq + 1));
        }
        this.meanings = Map.copyOf(m);
    }

    /** The table's name in spec §5. */
    public String japaneseName() {
        return japaneseName;
    }

    public boolean contains(String code) {
        return meanings.containsKey(code);
    }

    /** The meaning of {@code code}, or null when it is not in the table. */
    public String meaning(String code) {
        return meanings.get(code);
    }
}
