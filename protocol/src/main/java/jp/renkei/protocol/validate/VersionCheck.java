package jp.renkei.protocol.validate;

import java.util.Optional;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;
import jp.renkei.protocol.name.FileName;
import jp.renkei.protocol.name.NameForm;

/**
 * The version phase (spec §6.3.4): item No.1 of the first record names the layout generation of the whole file.
 * VER-001, VER-002 and VER-005 stop the file; NAME-007, VER-004, VER-006 and VER-007 do not.
 */
final class VersionCheck {

    private static final String ITEM_NAME = "CSVバージョン";

    private final Findings findings;
    private final FileKind kind;
    private final FileName name;

    VersionCheck(Findings findings, FileKind kind, FileName name) {
        this.findings = findings;
        this.kind = kind;
        this.name = name;
    }

    /** The version of the first record, or empty when the file stops here. */
    Optional<CsvVersion> first(String value, int record, long line) {
        Optional<CsvVersion> version = CsvVersion.of(value);
        if (version.isEmpty()) {
            report(Rule.VER_001, record, line, "expected a CSV version 202208, 202407 or 202504" + shown(value),
                    "CSVバージョンは 202208、202407 または 202504 であること" + shownJa(value));
            return Optional.empty();
        }
        CsvVersion v = version.get();
        if (!v.accepted()) {
            report(Rule.VER_002, record, line, "CSV version " + v.code() + " is no longer accepted; "
                    + "use 202208 or 202407", "CSVバージョン " + v.code() + " は受け付けていません（202208 または 202407）");
            return Optional.empty();
        }
        if (v.generation().orElseThrow() == LayoutGeneration.V3 && kind.v4Only()) {
            report(Rule.VER_005, record, line, kind.prefix() + " exists only in the v4 layouts (202407); "
                    + "202208 has no layout for it", kind.prefix() + " は v4（202407）のみの種別で、202208 のレイアウトはありません");
            return Optional.empty();
        }
        notes(v, record, line);
        return version;
    }

    /** VER-003 when a later record's No.1 differs; the record is then skipped. */
    boolean sameAsFirst(CsvVersion first, String value, int record, long line) {
        if (first.code().equals(value)) {
            return true;
        }
        report(Rule.VER_003, record, line, "CSV version differs from the first record's " + first.code() + shown(value)
                + "; record skipped", "先頭レコードの " + first.code() + " と異なります" + shownJa(value)
                + "。このレコードは読み飛ばしました");
        return false;
    }

    private void notes(CsvVersion v, int record, long line) {
        boolean v4 = v.generation().orElseThrow() == LayoutGeneration.V4;
        if (v == CsvVersion.V202504) {
            report(Rule.VER_004, record, line, "CSV version 202504 (edition 4.0) is read with the v4.1 layouts",
                    "CSVバージョン 202504（第4版）は第4.1版のレイアウトで読み込みました");
        } else if (v == CsvVersion.V202410) {
            report(Rule.VER_007, record, line, "CSV version 202410 is read as v4.1, but the defined value is 202407; "
                    + "some receivers reject 202410", "CSVバージョン 202410 は第4.1版として読み込みました。定義値は 202407 で、"
                    + "202410 を受け付けない受信側があります");
        }
        if (v4 && name != null && name.form() == NameForm.V3) {
            report(Rule.NAME_007, record, line, "CSV version " + v.code() + " requires the v4 file-name form with "
                    + "service kind codes", "CSVバージョン " + v.code() + " のファイル名はサービス種類コードを含む v4 形式であること");
        }
        applies(v, v4, record, line);
    }

    /** VER-006: the version must apply to the service-provision month of the name. */
    private void applies(CsvVersion v, boolean v4, int record, long line) {
        String month = name == null ? null : name.month();
        if (month == null || !FormatCheck.month(month)) {
            return;
        }
        int m = Integer.parseInt(month);
        if (v4 && m < 202504) {
            report(Rule.VER_006, record, line, "CSV version " + v.code() + " applies from month 202504, the file is "
                    + "for " + month, "CSVバージョン " + v.code() + " は 202504 以降の月に適用されます（ファイルは " + month + "）");
        } else if (!v4 && (m >= 202504 || m < 202301)) {
            report(Rule.VER_006, record, line, "CSV version 202208 applies to months 202301 to 202503, the file is for "
                    + month, "CSVバージョン 202208 は 202301〜202503 の月に適用されます（ファイルは " + month + "）");
        }
    }

    private void report(Rule rule, int record, long line, String message, String messageJa) {
        findings.add(new Finding(rule, findings.file(), record, line, -1, 1, ITEM_NAME, message, messageJa));
    }

    /** Quotes No.1 only when it looks like a version (short, ASCII letters and digits): it might be anything. */
    private static String shown(String value) {
        return plain(value) ? ", got \"" + value + "\"" : ", got a value of " + value.length() + " characters";
    }

    private static String shownJa(String value) {
        return plain(value) ? "（値「" + value + "」）" : "（" + value.length() + "文字の値）";
    }

    private static boolean plain(String value) {
        return value.length() <= 10 && value.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
    }
}
