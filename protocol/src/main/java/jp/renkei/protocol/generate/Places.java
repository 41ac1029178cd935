package jp.renkei.protocol.generate;

import java.util.List;
import java.util.Random;

/** Prefectures with a real city, its postal-code prefix and telephone area code, to make plausible addresses. */
final class Places {

    /** One prefecture (code 01–47) and a city in it. */
    record Prefecture(String code, String name, String city, String postalPrefix, String areaCode) {
    }

    private static final List<Prefecture> PREFECTURES = List.of(
            p("01", "北海道", "札幌市中央区", "060", "011"), p("02", "青森県", "青森市", "030", "017"),
            p("03", "岩手県", "盛岡市", "020", "019"), p("04", "宮城県", "仙台市青葉区", "980", "022"),
            p("05", "秋田県", "秋田市", "010", "018"), p("06", "山形県", "山形市", "990", "023"),
            p("07", "福島県", "福島市", "960", "024"), p("08", "茨城県", "水戸市", "310", "029"),
            p("09", "栃木県", "宇都宮市", "320", "028"), p("10", "群馬県", "前橋市", "371", "027"),
            p("11", "埼玉県", "さいたま市浦和区", "330", "048"), p("12", "千葉県", "千葉市中央区", "260", "043"),
            p("13", "東京都", "新宿区", "160", "03"), p("14", "神奈川県", "横浜市中区", "231", "045"),
            p("15", "新潟県", "新潟市中央区", "951", "025"), p("16", "富山県", "富山市", "930", "076"),
            p("17", "石川県", "金沢市", "920", "076"), p("18", "福井県", "福井市", "910", "0776"),
            p("19", "山梨県", "甲府市", "400", "055"), p("20", "長野県", "長野市", "380", "026"),
            p("21", "岐阜県", "岐阜市", "500", "058"), p("22", "静岡県", "静岡市葵区", "420", "054"),
            p("23", "愛知県", "名古屋市中区", "460", "052"), p("24", "三重県", "津市", "514", "059"),
            p("25", "滋賀県", "大津市", "520", "077"), p("26", "京都府", "京都市中京区", "604", "075"),
            p("27", "大阪府", "大阪市北区", "530", "06"), p("28", "兵庫県", "神戸市中央区", "650", "078"),
            p("29", "奈良県", "奈良市", "630", "0742"), p("30", "和歌山県", "和歌山市", "640", "073"),
            p("31", "鳥取県", "鳥取市", "680", "0857"), p("32", "島根県", "松江市", "690", "0852"),
            p("33", "岡山県", "岡山市北区", "700", "086"), p("34", "広島県", "広島市中区", "730", "082"),
            p("35", "山口県", "山口市", "753", "083"), p("36", "徳島県", "徳島市", "770", "088"),
            p("37", "香川県", "高松市", "760", "087"), p("38", "愛媛県", "松山市", "790", "089"),
            p("39", "高知県", "高知市", "780", "088"), p("40", "福岡県", "福岡市中央区", "810", "092"),
            p("41", "佐賀県", "佐賀市", "840", "0952"), p("42", "長崎県", "長崎市", "850", "095"),
            p("43", "熊本県", "熊本市中央区", "860", "096"), p("44", "大分県", "大分市", "870", "097"),
            p("45", "宮崎県", "宮崎市", "880", "0985"), p("46", "鹿児島県", "鹿児島市", "890", "099"),
            p("47", "沖縄県", "那覇市", "900", "098"));

    private static final List<String> TOWNS = List.of("本町", "中央", "栄町", "緑町", "旭町", "若葉台", "桜ケ丘",
            "東町", "西町", "南町", "北町", "新町", "元町", "幸町", "松原", "青葉台", "宮前", "城東");
    private static final List<String> BUILDINGS = List.of("さくらハイツ", "コーポ若葉", "青葉マンション", "ひかり荘",
            "朝日レジデンス", "グリーンコート", "富士見ハイツ");
    private static final String DIGITS = "０１２３４５６７８９";

    private Places() {
    }

    private static Prefecture p(String code, String name, String city, String postal, String area) {
        return new Prefecture(code, name, city, postal, area);
    }

    static Prefecture any(Random random) {
        return PREFECTURES.get(random.nextInt(PREFECTURES.size()));
    }

    static String postalCode(Prefecture p, Random random) {
        return p.postalPrefix() + "-" + String.format("%04d", random.nextInt(10_000));
    }

    /** 都道府県 + 市区町村 + 町名 + 丁目番号, in full-width digits as people write them. */
    static String street(Prefecture p, Random random) {
        return p.name() + p.city() + TOWNS.get(random.nextInt(TOWNS.size())) + wide(1 + random.nextInt(5)) + "丁目"
                + wide(1 + random.nextInt(30)) + "番" + wide(1 + random.nextInt(20)) + "号";
    }

    /** A building and room, or empty for a detached house (about half the time). */
    static String building(Random random) {
        if (random.nextBoolean()) {
            return "";
        }
        return BUILDINGS.get(random.nextInt(BUILDINGS.size())) + wide(1 + random.nextInt(5))
                + wide(random.nextInt(10)) + wide(1 + random.nextInt(9)) + "号室";
    }

    /** A 10-digit landline number in the prefecture's area code, e.g. {@code 03-1234-5678}. */
    static String landline(Prefecture p, Random random) {
        int middle = 6 - p.areaCode().length();
        return p.areaCode() + "-" + digits(random, middle) + "-" + digits(random, 4);
    }

    static String mobile(Random random) {
        return (random.nextBoolean() ? "090" : "080") + "-" + digits(random, 4) + "-" + digits(random, 4);
    }

    static String digits(Random random, int count) {
        StringBuilder s = new StringBuilder();
        s.append(1 + random.nextInt(9));
        while (s.length() < count) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }

    static String wide(int number) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(number).toCharArray()) {
            s.append(DIGITS.charAt(c - '0'));
        }
        return s.toString();
    }
}
