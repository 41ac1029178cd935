package jp.renkei.protocol.validate;

import static jp.renkei.protocol.FileKind.UP3KYO;
import static jp.renkei.protocol.FileKind.UPHOSOKU;
import static jp.renkei.protocol.FileKind.UPKIHON;
import static jp.renkei.protocol.FileKind.UPPLAN;
import static jp.renkei.protocol.FileKind.UPSIKYU;
import static jp.renkei.protocol.validate.Case.breaks;
import static jp.renkei.protocol.validate.Case.bytes;
import static jp.renkei.protocol.validate.Case.file;
import static jp.renkei.protocol.validate.Case.passes;
import static jp.renkei.protocol.validate.Case.raw;
import static jp.renkei.protocol.validate.Case.text;
import static jp.renkei.protocol.validate.Case.utf8;

import java.util.Arrays;
import java.util.List;

/** Rule table, part 1: names, bytes, syntax, versions, records and items (spec §6.3.1–6.3.5). */
final class FileRuleTable {

    private static final String V4_PLAN = "UPPLAN_202505_1310000015_43_1310000023_11_20250420170501.CSV";

    private FileRuleTable() {
    }

    static Fixture plan() {
        return Fixture.of(UPPLAN);
    }

    static List<Case> cases() {
        return List.of(
            breaks(Rule.NAME_001, "a 9-digit office number", raw(V4_PLAN.replace("1310000015", "131000001"),
                    plan().bytes())),
            passes(Rule.NAME_001, "a v4 name", file(plan())),
            breaks(Rule.NAME_002, "an unknown prefix", raw("UPPLAX" + V4_PLAN.substring(6), plan().bytes())),
            passes(Rule.NAME_002, "a known prefix", file(plan())),
            breaks(Rule.NAME_003, "a lower-case extension", raw(V4_PLAN.replace(".CSV", ".csv"), plan().bytes())),
            passes(Rule.NAME_003, ".CSV", file(plan())),
            breaks(Rule.NAME_004, "month 13 in the name", file(plan().month("202513"))),
            passes(Rule.NAME_004, "000000 for UPHOSOKU", file(Fixture.of(UPHOSOKU).month("000000"))),
            breaks(Rule.NAME_005, "sender = recipient", raw(V4_PLAN.replace("1310000023", "1310000015"),
                    plan().bytes())),
            passes(Rule.NAME_005, "different offices", file(plan())),
            breaks(Rule.NAME_006, "SEQ in month 13", raw(V4_PLAN.replace("20250420", "20251320"), plan().bytes())),
            passes(Rule.NAME_006, "a valid SEQ", file(plan())),
            breaks(Rule.NAME_007, "202407 content in a v3 name", file(plan().v3Name())),
            passes(Rule.NAME_007, "202208 content in a v3 name", file(plan().v3())),
            breaks(Rule.NAME_008, "recipient kind 33 (対象外)", raw(V4_PLAN.replace("_11_", "_33_"), plan().bytes())),
            passes(Rule.NAME_008, "recipient kind 11", file(plan())),

            breaks(Rule.ENC_001, "a lone 0x80", bytes(plan(), b -> insert(b, 0x80))),
            passes(Rule.ENC_001, "MS932 text", file(plan())),
            breaks(Rule.ENC_002, "a UTF-8 BOM", bytes(plan(), b -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB,
                    (byte) 0xBF}, b))),
            passes(Rule.ENC_002, "no BOM", file(plan())),
            breaks(Rule.ENC_003, "外字 F040", bytes(plan(), b -> insert(b, 0xF0, 0x40))),
            passes(Rule.ENC_003, "no 外字", file(plan())),
            breaks(Rule.ENC_004, "a UTF-8 file with Japanese", utf8(plan(), t -> t)),
            passes(Rule.ENC_004, "MS932 Japanese", file(plan())),
            breaks(Rule.ENC_005, "UTF-8 with only é", utf8(plan(), t -> t.replace("テキスト", "café"))),
            passes(Rule.ENC_005, "MS932", file(plan())),
            breaks(Rule.ENC_006, "a TAB in free text", text(plan(), t -> t.replace("テキスト", "テ\tキスト"))),
            passes(Rule.ENC_006, "no control characters", file(plan())),

            breaks(Rule.CSV_001, "a quote left open", text(plan(), t -> t.substring(0, t.indexOf('"') + 3))),
            passes(Rule.CSV_001, "quotes closed", file(plan())),
            breaks(Rule.CSV_002, "LF line ends", text(plan(), t -> t.replace("\r\n", "\n"))),
            passes(Rule.CSV_002, "CRLF", file(plan())),
            breaks(Rule.CSV_003, "a character after a closing quote", text(plan(), t -> t.replaceFirst("キスト\"",
                    "キスト\"x"))),
            passes(Rule.CSV_003, "a comma after a closing quote", file(plan())),
            breaks(Rule.CSV_004, "a quote in a plain field", file(Fixture.of(UPHOSOKU).set("userPhone", "03\"1"))),
            passes(Rule.CSV_004, "plain fields without quotes", file(Fixture.of(UPHOSOKU))),
            breaks(Rule.CSV_005, "free text not quoted", text(plan(), t -> t.replaceFirst("\"テキスト\"", "テキスト"))),
            passes(Rule.CSV_005, "an unquoted empty free text", text(plan(), t -> t.replaceFirst("\"テキスト\"", ""))),
            breaks(Rule.CSV_006, "a header line", text(plan(), t -> "CSVバージョン,保険者番号\r\n" + t)),
            passes(Rule.CSV_006, "no header", file(plan())),
            breaks(Rule.CSV_007, "an empty line between records", text(Fixture.of(UPSIKYU),
                    t -> t.replaceFirst("\r\n", "\r\n\r\n"))),
            passes(Rule.CSV_007, "empty lines at the end only", text(plan(), t -> t + "\r\n\r\n")),

            breaks(Rule.VER_001, "version 202306", file(plan().version("202306"))),
            passes(Rule.VER_001, "version 202407", file(plan())),
            breaks(Rule.VER_002, "version 201910", file(plan().version("201910"))),
            passes(Rule.VER_002, "version 202208", file(plan().v3())),
            breaks(Rule.VER_003, "a second record of another version", file(Fixture.of(UPSIKYU)
                    .set(1, "csvVersion", "202504"))),
            passes(Rule.VER_003, "one version", file(Fixture.of(UPSIKYU))),
            breaks(Rule.VER_004, "version 202504", file(plan().version("202504"))),
            passes(Rule.VER_004, "version 202407", file(plan())),
            breaks(Rule.VER_005, "UP3KYO as 202208", text(Fixture.of(UP3KYO), t -> t.replace("202407", "202208"))),
            passes(Rule.VER_005, "UP3KYO as 202407", file(Fixture.of(UP3KYO))),
            breaks(Rule.VER_006, "202407 for month 202412", file(plan().month("202412"))),
            passes(Rule.VER_006, "202208 for month 202412", file(plan().v3())),
            breaks(Rule.VER_007, "version 202410", file(plan().version("202410"))),
            passes(Rule.VER_007, "version 202407", file(plan())),

            breaks(Rule.ROW_001, "one field too many", text(plan(), t -> t.replace("\r\n", ",\r\n"))),
            passes(Rule.ROW_001, "25 fields", file(plan())),
            breaks(Rule.ROW_002, "an empty file", raw(V4_PLAN, new byte[0])),
            passes(Rule.ROW_002, "one record", file(plan())),

            breaks(Rule.ITEM_001, "サービス利用日 empty", file(plan().set("serviceDate", ""))),
            passes(Rule.ITEM_001, "optional items empty", file(plan().set("satelliteNo", ""))),
            breaks(Rule.ITEM_002, "サービス回数 of 3 digits", file(plan().set("serviceCount", "123"))),
            passes(Rule.ITEM_002, "サービス回数 of 2 digits", file(plan().set("serviceCount", "12"))),
            breaks(Rule.ITEM_003, "30 February", file(plan().set("serviceDate", "20250230"))),
            passes(Rule.ITEM_003, "2400 as an end time", file(plan().set("endTime", "2400"))),
            breaks(Rule.ITEM_003, "2400 as a start time", file(plan().set("startTime", "2400"))),
            breaks(Rule.ITEM_003, "9999 in a 第3表 time", file(Fixture.of(UP3KYO).set("serviceEndTime", "9999"))),
            breaks(Rule.ITEM_003, "00000000 as a date", file(plan().set("createdDate", "00000000"))),
            passes(Rule.ITEM_003, "9999 in both 第6表 times", file(plan().set("startTime", "9999")
                    .set("endTime", "9999"))),
            breaks(Rule.ITEM_004, "識別子 set", file(plan().set("identifier", "1"))),
            passes(Rule.ITEM_004, "識別子 empty", file(plan())),
            breaks(Rule.ITEM_005, "a leading space", file(plan().set("serviceCode", " 111111"))),
            passes(Rule.ITEM_005, "spaces inside free text", file(plan().set("plannerName", " 山田 "))),
            breaks(Rule.ITEM_006, "限度額 end before start", file(Fixture.of(UPHOSOKU).set("limitEndDate", "20241231"))),
            passes(Rule.ITEM_006, "限度額 end after start", file(Fixture.of(UPHOSOKU))),
            breaks(Rule.ITEM_011, "プラン担当業者コード empty", file(plan().set("planOfficeCode", ""))),
            passes(Rule.ITEM_011, "プラン担当業者コード set", file(plan())),
            breaks(Rule.ITEM_011, "回数／日数 empty on the grand total", file(Fixture.of(UPSIKYU)
                    .set(1, "countOrDays", ""))),
            breaks(Rule.ITEM_012, "明細判別コード of 3 digits", file(plan().set("detailNo", "123"))),
            passes(Rule.ITEM_012, "前月までの利用日数 of 5 digits", file(Fixture.of(UPSIKYU)
                    .set("usedDaysToLastMonth", "12345"))),
            breaks(Rule.ITEM_013, "相談日 as YYYYMM", file(Fixture.of(UPKIHON).set("consultationDate", "202504"))),
            passes(Rule.ITEM_013, "相談日 as a date", file(Fixture.of(UPKIHON))),
            breaks(Rule.ITEM_013, "更新業者コード of UPSIKYU not an office", file(Fixture.of(UPSIKYU)
                    .set("updaterCode", "ABC"))),
            breaks(Rule.CODE_001, "３０日超区分 2", file(plan().set("over30Days", "2"))),
            passes(Rule.CODE_001, "３０日超区分 1", file(plan().set("over30Days", "1"))),
            breaks(Rule.CODE_001, "曜日 as a display value", file(Fixture.of(UP3KYO).set("weekday", "月"))),
            breaks(Rule.CODE_002, "service kind 33", file(plan().set("serviceCode", "331111"))),
            passes(Rule.CODE_002, "service kind 11", file(plan())),
            breaks(Rule.CODE_003, "service kind 99", file(plan().set("serviceCode", "991111"))),
            passes(Rule.CODE_003, "the grand total 999999 is no kind", file(Fixture.of(UPSIKYU))),
            breaks(Rule.CODE_011, "利用者の現況 09", file(Fixture.of(UPKIHON).set("currentSituation", "09"))),
            passes(Rule.CODE_011, "利用者の現況 02", file(Fixture.of(UPKIHON).set("currentSituation", "02"))));
    }

    /** Inserts bytes into the first free text (after its opening quote). */
    static byte[] insert(byte[] content, int... inserted) {
        int at = 0;
        while (content[at] != '"') {
            at++;
        }
        byte[] extra = new byte[inserted.length];
        for (int i = 0; i < inserted.length; i++) {
            extra[i] = (byte) inserted[i];
        }
        return concat(concat(Arrays.copyOf(content, at + 1), extra),
                Arrays.copyOfRange(content, at + 1, content.length));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
