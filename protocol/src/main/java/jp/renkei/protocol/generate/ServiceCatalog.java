package jp.renkei.protocol.generate;

import java.util.List;
import java.util.Map;

/**
 * The services the generator books, per サービス種類. Codes follow the shape of the 介護給付費単位数等サービスコード表
 * (kind + 4-character item) and units are of the 2024 tables' order of magnitude; they are illustrative test data,
 * not a billing reference.
 */
final class ServiceCatalog {

    /** Kinds in the order service offices are created: the first seven offices cover every kind once. */
    static final List<String> KINDS = List.of("11", "15", "17", "13", "78", "16", "14");

    /** One billable service: units per occurrence and minutes of a visit or stay (0 for no displayed time). */
    record Service(String code, String name, int units, int minutes) {
    }

    /** A 福祉用具 rental item: its service code and units, and a TAIS code or else a 福祉用具届出コード. */
    record Product(Service service, String taisCode, String notificationCode, String productName) {
    }

    /** A need of the 第2表 that the kind answers: 課題, goals and the support content. */
    record Need(String issue, String longGoal, String shortGoal, String content) {
    }

    private static final Map<String, String> KIND_NAMES = Map.of("11", "訪問介護", "13", "訪問看護", "14",
            "訪問リハビリテーション", "15", "通所介護", "16", "通所リハビリテーション", "17", "福祉用具貸与", "78",
            "地域密着型通所介護");
    private static final Map<String, String> OFFICE_PATTERNS = Map.of("11", "ヘルパーステーション%s", "13",
            "訪問看護ステーション%s", "14", "%sクリニック訪問リハビリテーション", "15", "デイサービスセンター%s", "16",
            "介護老人保健施設%s　通所リハビリテーション", "17", "%s福祉用具サービス", "78", "地域密着型デイサービス%s",
            "43", "%s居宅介護支援事業所");
    private static final Map<String, Need> NEEDS = Map.of(
            "11", new Need("足腰の痛みで入浴や掃除が難しいが、清潔な環境で暮らしたい", "清潔を保ち、自宅で安心して暮らせる",
                    "介助を受けて安全に入浴できる", "入浴介助、更衣介助、居室の掃除"),
            "13", new Need("持病（高血圧・糖尿病）の悪化を防ぎ、入院せずに過ごしたい", "体調が安定し、在宅生活を続けられる",
                    "服薬を忘れず、血圧・血糖値が安定する", "健康状態の観察、服薬管理、療養上の助言"),
            "14", new Need("歩く力が落ちてきたが、自分で家の中を歩けるようになりたい", "転倒せずに屋内を歩行できる",
                    "手すりを使ってトイレまで歩ける", "歩行訓練、下肢筋力訓練、住環境の助言"),
            "15", new Need("日中一人で過ごすことが多く、人と話す機会を持ちたい", "他者と交流し、意欲的に生活できる",
                    "休まず通所し、楽しみを見つけられる", "入浴、機能訓練、レクリエーション、昼食"),
            "16", new Need("退院後に体力が落ちたので、以前のように動けるようになりたい", "身の回りのことを自分でできる",
                    "リハビリを続け、立ち上がりが安定する", "個別リハビリテーション、集団体操、入浴"),
            "78", new Need("家に閉じこもりがちだが、近所の人と交流を続けたい", "地域の人と交流しながら生活できる",
                    "少人数のデイサービスに週２回通える", "入浴、機能訓練、趣味活動、昼食"),
            "17", new Need("寝起きや立ち上がりに時間がかかるが、自分で起き上がりたい", "福祉用具を使って安全に動作できる",
                    "ベッドからの起き上がりを自分でできる", "福祉用具の貸与"));
    private static final List<Service> HOME_HELP = List.of(new Service("111111", "身体介護１", 244, 30),
            new Service("111211", "身体介護２", 387, 45), new Service("112111", "生活援助２", 179, 40));
    private static final List<Service> NURSING = List.of(new Service("131111", "訪看Ⅰ２", 471, 25),
            new Service("131211", "訪看Ⅰ３", 823, 50));
    private static final Service REHAB = new Service("141111", "訪問リハ１", 308, 20);
    private static final int[] DAY_CARE = {658, 777, 900, 1023, 1148};
    private static final int[] DAY_REHAB = {715, 850, 981, 1137, 1290};
    private static final int[] LOCAL_DAY_CARE = {753, 890, 1032, 1172, 1312};
    private static final List<Product> BED_SET = List.of(
            product("171003", "特殊寝台", 1100, "00170-000184", "", "介護ベッド　３モーター　９１ｃｍ幅"),
            product("171004", "特殊寝台付属品", 250, "00268-000105", "", "体圧分散マットレス"),
            product("171004", "特殊寝台付属品", 50, "00170-000193", "", "サイドレール"),
            product("171004", "特殊寝台付属品", 50, "00170-000193", "", "サイドレール"));
    private static final List<Product> WALKING_SET = List.of(
            product("171009", "歩行器", 300, "00393-000045", "", "四輪歩行車"),
            product("171007", "手すり", 300, "", "00000-051021", "据置型手すり"),
            product("171007", "手すり", 300, "", "00000-051021", "据置型手すり"));

    private ServiceCatalog() {
    }

    static String kindName(String kind) {
        return KIND_NAMES.get(kind);
    }

    static String officeName(String kind, String stem) {
        return String.format(OFFICE_PATTERNS.get(kind), stem);
    }

    static Need need(String kind) {
        return NEEDS.get(kind);
    }

    static boolean dayService(String kind) {
        return kind.equals("15") || kind.equals("16") || kind.equals("78");
    }

    /** The service booked for a user of {@code careLevel} ({@code 21}–{@code 25}); {@code choice} picks a variant. */
    static Service service(String kind, String careLevel, int choice) {
        int level = careLevel.charAt(1) - '1';
        return switch (kind) {
            case "11" -> HOME_HELP.get(choice % HOME_HELP.size());
            case "13" -> NURSING.get(choice % NURSING.size());
            case "14" -> REHAB;
            case "15" -> new Service("1511" + (level + 1) + "1", "通所介護Ⅰ" + (level + 1) + "７", DAY_CARE[level], 435);
            case "16" -> new Service("1611" + (level + 1) + "1", "通所リハ" + (level + 1) + "６", DAY_REHAB[level], 375);
            case "78" -> new Service("7811" + (level + 1) + "1", "地域通所介護" + (level + 1) + "７",
                    LOCAL_DAY_CARE[level], 435);
            default -> throw new IllegalArgumentException("no timed service for kind " + kind);
        };
    }

    /** The 入浴介助加算Ⅰ booked beside each day-service stay (same times), or null for other kinds. */
    static Service bathing(String kind) {
        return dayService(kind) ? new Service(kind + "5051", "入浴介助加算Ⅰ", 40, 0) : null;
    }

    /** The rental items for a user: a bed set from 要介護２, a walking set below. */
    static List<Product> rentals(String careLevel) {
        return careLevel.compareTo("22") >= 0 ? BED_SET : WALKING_SET;
    }

    /** 単位数単価 by a simplified 地域区分: 東京都 highest, large cities next, elsewhere 10.00; 福祉用具貸与 always 10.00. */
    static String unitPrice(String kind, String prefecture) {
        if (kind.equals("17")) {
            return "10.00";
        }
        boolean visits = kind.equals("11") || kind.equals("13") || kind.equals("14");
        if (prefecture.equals("13")) {
            return visits ? "11.40" : "10.90";
        }
        if (List.of("11", "12", "14", "23", "27", "28").contains(prefecture)) {
            return visits ? "10.70" : "10.54";
        }
        return "10.00";
    }

    /** 区分支給限度基準額 in units for 要介護１–５. */
    static int limit(String careLevel) {
        return new int[] {16_765, 19_705, 27_048, 30_938, 36_217}[careLevel.charAt(1) - '1'];
    }

    private static Product product(String code, String name, int units, String tais, String notified, String label) {
        return new Product(new Service(code, name, units, 0), tais, notified, label);
    }
}
