package jp.renkei.protocol.validate;

import java.io.ByteArrayOutputStream;
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

/**
 * A valid file of one kind, built from the layout catalogue, to be broken by exactly one mutation per test case:
 * values are set by catalogue key (never by item No.), so the same case works in v3 and v4. All files built with the
 * same settings form one consistent sending unit (same user, plan date, month and address). Written as the spec's
 * writer rules say (§3.3): MS932, CRLF, free text quoted, everything else plain.
 */
final class Fixture {

    static final String CARE = "1310000015";
    static final String CARE_KIND = "43";
    static final String SERVICE = "1310000023";
    static final String SERVICE_KIND = "11";
    static final String SEQ = "20250420170501";
    static final String INSURER = "131001";
    static final String INSURED = "0000012345";
    static final String PLAN_DATE = "20250401";
    static final Charset MS932 = Charset.forName("windows-31j");

    private static final String[] CODE_CANDIDATES = {"1", "01", "11", "12", "21", "Y", "0"};

    private final FileKind kind;
    private String version = "202407";
    private boolean v3Name;
    private String month;
    private String name;
    private final List<Map<String, String>> records = new ArrayList<>();

    private Fixture(FileKind kind) {
        this.kind = kind;
        this.month = kind == FileKind.UPHOSOKU ? "202505" : kind.monthBearing() ? "202505" : null;
        records.add(new HashMap<>());
        if (kind == FileKind.UPSIKYU) {
            records.add(new HashMap<>(Map.of("serviceCode", "999999", "serviceOfficeCode", "9999999999", "units", "0",
                    "discountRate", "", "discountedUnits", "")));
        }
    }

    /** A valid v4 file (CSV version 202407, month 202505 where the kind has one). */
    static Fixture of(FileKind kind) {
        return new Fixture(kind);
    }

    /** The same file as v3 content (202208) with a v3-form name and month 202412. */
    Fixture v3() {
        version = "202208";
        v3Name = true;
        if (month != null && !"000000".equals(month)) {
            month = "202412";
        }
        return this;
    }

    Fixture version(String v) {
        version = v;
        return this;
    }

    Fixture v3Name() {
        v3Name = true;
        return this;
    }

    /** The name MONTH, and with it the content months (UPHOSOKU 000000 makes a plan-set file). */
    Fixture month(String m) {
        month = m;
        return this;
    }

    Fixture name(String n) {
        name = n;
        return this;
    }

    /** Sets an item on every record. */
    Fixture set(String key, String value) {
        records.forEach(r -> r.put(key, value));
        return this;
    }

    /** Sets an item on one record (0-based). */
    Fixture set(int record, String key, String value) {
        records.get(record).put(key, value);
        return this;
    }

    /** Adds a copy of record 0 with the given key/value pairs changed. */
    Fixture add(String... keyValues) {
        Map<String, String> r = new HashMap<>(records.get(0));
        for (int i = 0; i < keyValues.length; i += 2) {
            r.put(keyValues[i], keyValues[i + 1]);
        }
        records.add(r);
        return this;
    }

    FileKind kind() {
        return kind;
    }

    LayoutGeneration generation() {
        return "202208".equals(version) ? LayoutGeneration.V3 : LayoutGeneration.V4;
    }

    Layout layout() {
        return Layouts.of(kind, generation());
    }

    String name() {
        if (name != null) {
            return name;
        }
        boolean jsk = kind == FileKind.UPJSK || kind == FileKind.DLTJSK;
        String from = jsk ? SERVICE : CARE;
        String to = jsk ? CARE : SERVICE;
        String m = kind.monthBearing() ? month : null;
        FileName n = v3Name ? FileName.v3(kind, m, from, to, SEQ)
                : FileName.v4(kind, m, from, jsk ? SERVICE_KIND : CARE_KIND, to, jsk ? CARE_KIND : SERVICE_KIND, SEQ);
        return n.format();
    }

    /** The records as field values in layout order. */
    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> overrides : records) {
            List<String> row = new ArrayList<>();
            for (Item item : layout().items()) {
                row.add(overrides.containsKey(item.key()) ? overrides.get(item.key()) : value(item));
            }
            rows.add(row);
        }
        return rows;
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows()) {
            List<Item> items = layout().items();
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                String v = row.get(i);
                sb.append(i < items.size() && items.get(i).freeText() ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text().getBytes(MS932));
        return out.toByteArray();
    }

    Validator.Named named() {
        return new Validator.Named(name(), bytes());
    }

    private String contentMonth() {
        return month == null ? "202505" : month;
    }

    private String value(Item item) {
        String byKey = byKey(item.key());
        return byKey != null ? byKey : byFormat(item);
    }

    private String byKey(String key) {
        boolean planSet = "000000".equals(month);
        return switch (key) {
            case "csvVersion" -> version;
            case "insurerNumber" -> INSURER;
            case "insuredNumber" -> INSURED;
            case "serviceMonth", "deletionMonth" -> contentMonth();
            case "planDate" -> kind == FileKind.UPHOSOKU && !planSet ? "00000000" : PLAN_DATE;
            case "createdDate", "consultationDate" -> PLAN_DATE;
            case "serviceDate" -> contentMonth() + "01";
            case "serviceOfficeCode" -> SERVICE;
            case "serviceKind" -> SERVICE_KIND;
            case "careOfficeCode" -> CARE;
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
            case VER -> version;
            case INSURER -> INSURER;
            case INSURED -> INSURED;
            case OFFICE -> CARE;
            case DATE -> PLAN_DATE;
            case MONTH -> contentMonth();
            case TIME, TIME9 -> "0900";
            case TIMEE, TIMEE9 -> "1000";
            case INT -> "10";
            case UINT, NO99 -> "1";
            case DEC -> "10.00";
            case POSTAL -> "100-0001";
            case KIND -> "11";
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
