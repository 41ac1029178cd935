package jp.renkei.protocol.record;

import java.util.ArrayList;
import java.util.List;
import jp.renkei.protocol.layout.CodeTable;
import jp.renkei.protocol.layout.Item;
import jp.renkei.protocol.layout.Layout;

/** Fixture records for every layout: values of the right shape, free text with every character CSV must protect. */
final class SampleRecords {

    static final List<String> TEXTS = List.of("", "東京都新宿区西新宿２－８－１　都庁第一本庁舎", "a,b,,c", "say \"hi\" \"\"",
            "line1\r\nline2", "ｶﾀｶﾅ ﾃｽﾄ", "①髙﨑Ⅲ～", "  spaced  ", "x\ny\rz", "\"", ",", "円\\");
    private static final List<String> CODE_CANDIDATES = List.of("1", "01", "11", "12", "21", "Y", "06");

    private SampleRecords() {
    }

    /** {@code count} records of {@code layout} whose CSVバージョン is {@code version}, values varying per record. */
    static List<List<String>> rows(Layout layout, String version, int count) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            List<String> row = new ArrayList<>();
            for (Item item : layout.items()) {
                row.add(item.no() == 1 ? version : value(item, r + item.no()));
            }
            rows.add(row);
        }
        return rows;
    }

    static String value(Item item, int seed) {
        return switch (item.format()) {
            case VER -> "202407";
            case INSURER -> "131016";
            case INSURED -> seed % 2 == 0 ? "1234567890" : "H123456789";
            case OFFICE -> "13100000" + String.format("%02d", seed % 100);
            case DATE -> "202505" + String.format("%02d", 1 + seed % 28);
            case MONTH -> "202505";
            case TIME, TIME9 -> "0930";
            case TIMEE, TIMEE9 -> seed % 2 == 0 ? "2400" : "1015";
            case INT -> seed % 3 == 0 ? "-12" : String.valueOf(seed);
            case UINT, NO99 -> String.valueOf(1 + seed % 9);
            case DEC -> "10.00";
            case POSTAL -> "160-0023";
            case KIND -> "11";
            case SVC -> seed % 2 == 0 ? "111111" : "17AAAA";
            case DAYS31 -> "1111100000000000000000000000000";
            case TAIS -> "00001-000010";
            case TEXT -> TEXTS.get(seed % TEXTS.size());
            case STR -> "03-1234-5678";
            case CODE -> code(item.codes());
            case RULE -> "9".repeat(item.maxLength());
            case UNUSED -> "";
        };
    }

    private static String code(CodeTable table) {
        return CODE_CANDIDATES.stream().filter(table::contains).findFirst().orElseThrow();
    }
}
