package jp.renkei.tools;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;
import jp.renkei.protocol.layout.CodeTable;
import jp.renkei.protocol.layout.Item;
import jp.renkei.protocol.layout.Layout;
import jp.renkei.protocol.layout.Layouts;
import jp.renkei.protocol.name.FileName;
import jp.renkei.protocol.validate.Validator;

/**
 * Valid v4 files of one 利用票 sending unit (UPPLAN, UPSIKYU and UPHOSOKU of one user-month) from a 居宅 office to a
 * service office, built from the layout catalogue and written as the spec's writer rules say (MS932, CRLF, free
 * text quoted). For benchmarks and trials until the protocol's generator exists; the data are synthetic.
 */
final class SampleFiles {

    static final String CARE_KIND = "43";
    static final String SERVICE_KIND = "11";
    private static final String VERSION = "202407";
    private static final String MONTH = "202505";
    private static final String INSURER = "131001";
    private static final String PLAN_DATE = "20250401";
    private static final Charset MS932 = Charset.forName("windows-31j");
    private static final String[] CODE_CANDIDATES = {"1", "01", "11", "12", "21", "Y", "0"};

    private final String care;
    private final String service;
    private final String insured;

    /**
     * @param insured the user's 被保険者番号 (10 digits), so that units of different users differ
     */
    SampleFiles(String care, String service, String insured) {
        this.care = care;
        this.service = service;
        this.insured = insured;
    }

    /** An UPPLAN with two services a day on {@code days} days (1 to 31): about 150 bytes per record. */
    Validator.Named plan(String sequence, int days) {
        List<Map<String, String>> records = new ArrayList<>();
        for (int day = 1; day <= Math.min(days, 31); day++) {
            String date = MONTH + String.format("%02d", day);
            records.add(Map.of("serviceDate", date, "startTime", "0900", "endTime", "1000"));
            records.add(Map.of("serviceDate", date, "startTime", "1400", "endTime", "1500"));
        }
        return file(FileKind.UPPLAN, sequence, records);
    }

    /** The whole 利用票 set: UPPLAN, UPSIKYU (with its 合計 record) and UPHOSOKU of the month. */
    List<Validator.Named> serviceSlipSet(String sequence, int days) {
        List<Map<String, String>> sikyu = List.of(Map.of(), Map.of("serviceCode", "999999",
                "serviceOfficeCode", "9999999999", "units", "0", "discountRate", "", "discountedUnits", ""));
        return List.of(plan(sequence, days), file(FileKind.UPSIKYU, sequence, sikyu),
                file(FileKind.UPHOSOKU, sequence, List.of(Map.of())));
    }

    private Validator.Named file(FileKind kind, String sequence, List<Map<String, String>> records) {
        String name = FileName.v4(kind, MONTH, care, CARE_KIND, service, SERVICE_KIND, sequence).format();
        Layout layout = Layouts.of(kind, LayoutGeneration.V4);
        StringBuilder text = new StringBuilder();
        for (Map<String, String> overrides : records) {
            row(layout, overrides, text);
        }
        return new Validator.Named(name, text.toString().getBytes(MS932));
    }

    private void row(Layout layout, Map<String, String> overrides, StringBuilder out) {
        List<Item> items = layout.items();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String value = overrides.containsKey(item.key()) ? overrides.get(item.key()) : value(layout, item);
            out.append(i > 0 ? "," : "").append(item.freeText() ? '"' + value.replace("\"", "\"\"") + '"' : value);
        }
        out.append("\r\n");
    }

    private String value(Layout layout, Item item) {
        Map<String, String> fixed = new HashMap<>(Map.of("csvVersion", VERSION, "insurerNumber", INSURER,
                "insuredNumber", insured, "serviceMonth", MONTH, "serviceDate", MONTH + "01",
                "serviceOfficeCode", service, "serviceKind", SERVICE_KIND, "careOfficeCode", care));
        fixed.put("planDate", layout.kind() == FileKind.UPHOSOKU ? "00000000" : PLAN_DATE);
        String byKey = fixed.getOrDefault(item.key(), fixedByKey(item.key()));
        return byKey != null ? byKey : byFormat(item);
    }

    private static String fixedByKey(String key) {
        return switch (key) {
            case "createdDate", "consultationDate" -> PLAN_DATE;
            case "officeCode" -> "9999999999";
            case "firstPlanDate" -> "20250301";
            case "certificationValidFrom", "limitStartDate" -> "20250101";
            case "certificationValidTo", "limitEndDate" -> "20251231";
            case "serviceCode" -> "111111";
            case "startTime", "serviceStartTime" -> "0900";
            case "endTime", "serviceEndTime" -> "1000";
            case "familyImageFileName", "identifier", "taisCode", "equipmentNotificationCode", "equipmentName",
                    "detailNo", "dailyRateDays", "activity", "activityStartTime", "activityEndTime",
                    "nonWeeklyService" -> "";
            default -> key.startsWith("slot") && !key.startsWith("slot1") ? "" : null;
        };
    }

    private String byFormat(Item item) {
        return switch (item.format()) {
            case VER -> VERSION;
            case INSURER -> INSURER;
            case INSURED -> insured;
            case OFFICE -> care;
            case DATE -> PLAN_DATE;
            case MONTH -> MONTH;
            case TIME, TIME9 -> "0900";
            case TIMEE, TIMEE9 -> "1000";
            case INT -> "10";
            case UINT, NO99 -> "1";
            case DEC -> "10.00";
            case POSTAL -> "100-0001";
            case KIND -> SERVICE_KIND;
            case SVC -> "111111";
            case TEXT -> "テキスト";
            case STR -> "0312345678";
            case CODE -> code(item.codes());
            default -> "";
        };
    }

    private static String code(CodeTable table) {
        for (String c : CODE_CANDIDATES) {
            if (table.contains(c)) {
                return c;
            }
        }
        throw new IllegalStateException("no candidate code for " + table);
    }
}
