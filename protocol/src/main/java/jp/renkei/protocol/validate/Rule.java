package jp.renkei.protocol.validate;

import java.util.Arrays;
import java.util.Optional;

/** The rule catalogue of spec §6.3: every rule with its id, its one severity and a short title in Japanese and English. */
public enum Rule {
    NAME_001("NAME-001", Severity.ERROR, "既知の接頭辞だがファイル名の形式に合わない", "The prefix is known but the name fits none of its forms"),
    NAME_002("NAME-002", Severity.ERROR, "既知のファイル接頭辞で始まらない", "The name starts with no known prefix"),
    NAME_003("NAME-003", Severity.WARNING, "拡張子が .CSV ではない", "The extension is not exactly .CSV"),
    NAME_004("NAME-004", Severity.ERROR, "ファイル名の年月が不正", "The month part of the name is invalid"),
    NAME_005("NAME-005", Severity.ERROR, "送信元と送信先の事業所番号が同じ", "Sender and recipient office numbers are equal"),
    NAME_006("NAME-006", Severity.WARNING, "ファイル連番が日時として不正", "The sequence number is not a valid date-time"),
    NAME_007("NAME-007", Severity.ERROR, "v4 の CSVバージョンで v3 形式のファイル名", "A v4 CSV version with a v3-form name"),
    NAME_008("NAME-008", Severity.WARNING, "サービス事業所側の種類コードが連携対象外", "The service office's kind code is outside the linkage list"),
    ENC_001("ENC-001", Severity.ERROR, "MS932 として不正なバイト列", "Byte sequence is not a valid MS932 character"),
    ENC_002("ENC-002", Severity.ERROR, "Unicode の BOM で始まる", "The file starts with a Unicode BOM"),
    ENC_003("ENC-003", Severity.ERROR, "外字（ユーザー定義領域）が含まれる", "A user-defined (gaiji) character occurs"),
    ENC_004("ENC-004", Severity.ERROR, "UTF-8 で記述されている", "The file is UTF-8"),
    ENC_005("ENC-005", Severity.WARNING, "UTF-8 として解釈できる（2バイト文字のみ）", "The file is well-formed UTF-8 with only 2-byte sequences"),
    ENC_006("ENC-006", Severity.WARNING, "制御文字が含まれる", "Control characters occur"),
    CSV_001("CSV-001", Severity.ERROR, "引用符で囲まれた項目が閉じられていない", "A quoted field is not closed before end of file"),
    CSV_002("CSV-002", Severity.WARNING, "改行が CRLF ではない", "A record ends with LF or CR alone"),
    CSV_003("CSV-003", Severity.ERROR, "閉じ引用符の後に不正な文字", "A closing quote is followed by another character"),
    CSV_004("CSV-004", Severity.WARNING, "引用符なしの項目に引用符が含まれる", "A plain field contains a quote"),
    CSV_005("CSV-005", Severity.WARNING, "フリーテキスト項目が引用符で囲まれていない", "A non-empty free-text field is not quoted"),
    CSV_006("CSV-006", Severity.WARNING, "見出し行とみなして読み飛ばした", "The first line was taken as a header and skipped"),
    CSV_007("CSV-007", Severity.WARNING, "レコード間の空行を読み飛ばした", "An empty line between records was skipped"),
    VER_001("VER-001", Severity.ERROR, "CSVバージョンが不明", "Unknown CSV version"),
    VER_002("VER-002", Severity.ERROR, "受付終了の CSVバージョン", "CSV version no longer accepted"),
    VER_003("VER-003", Severity.ERROR, "レコードの CSVバージョンが先頭レコードと異なる", "A record's CSV version differs from the first record's"),
    VER_004("VER-004", Severity.WARNING, "CSVバージョン 202504（第4版）", "CSV version 202504 (edition 4.0)"),
    VER_005("VER-005", Severity.ERROR, "v3 の CSVバージョンで v4 専用の種別", "A v3 CSV version on a v4-only kind"),
    VER_006("VER-006", Severity.WARNING, "CSVバージョンが対象年月に適用されない", "The CSV version does not apply to the month"),
    VER_007("VER-007", Severity.WARNING, "CSVバージョン 202410（定義値は 202407）", "CSV version 202410 (the defined value is 202407)"),
    ROW_001("ROW-001", Severity.ERROR, "項目数がレイアウトと異なる", "The record's field count differs from the layout"),
    ROW_002("ROW-002", Severity.WARNING, "データレコードがない", "The file contains no data records"),
    ITEM_001("ITEM-001", Severity.ERROR, "必須項目が空", "A required item is empty"),
    ITEM_002("ITEM-002", Severity.ERROR, "最大桁数を超えている", "A value is longer than its maximum length"),
    ITEM_003("ITEM-003", Severity.ERROR, "書式が不正", "A value violates its format"),
    ITEM_004("ITEM-004", Severity.WARNING, "識別子（使用しない）が空でない", "An unused identifier item is not empty"),
    ITEM_005("ITEM-005", Severity.WARNING, "前後の空白を除去した", "Leading or trailing spaces were removed"),
    ITEM_006("ITEM-006", Severity.WARNING, "日付の前後関係が逆", "A date pair is out of order"),
    ITEM_011("ITEM-011", Severity.WARNING, "必須と思われる項目が空", "A probably required item is empty"),
    ITEM_012("ITEM-012", Severity.WARNING, "桁数が不確かな上限を超えている", "A value is longer than an uncertain maximum length"),
    ITEM_013("ITEM-013", Severity.WARNING, "書式が不確かな項目の書式違反", "A format violation on an item whose format is uncertain"),
    CODE_001("CODE-001", Severity.ERROR, "コード表にない値", "A coded value is not in its code table"),
    CODE_002("CODE-002", Severity.WARNING, "サービス種類が連携対象外", "The service kind is outside the linkage list"),
    CODE_003("CODE-003", Severity.WARNING, "サービス種類がどちらの一覧にもない", "The service kind is in neither list"),
    CODE_011("CODE-011", Severity.WARNING, "コード表にない値（位置が不確かな項目）", "A coded value is not in its code table (uncertain item)"),
    MONTH_001("MONTH-001", Severity.ERROR, "ファイル内で対象年月が異なる", "Records of the file carry different months"),
    MONTH_002("MONTH-002", Severity.ERROR, "対象年月がファイル名の年月と異なる", "The month differs from the file-name month"),
    MONTH_003("MONTH-003", Severity.WARNING, "サービス利用日が対象年月の外", "The service day is outside the month"),
    HOS_001("HOS-001", Severity.ERROR, "利用者補足情報の対象年月がファイル名と異なる", "UPHOSOKU 対象年月 differs from the file-name month"),
    HOS_002("HOS-002", Severity.ERROR, "利用者補足情報の計画作成日が不正", "UPHOSOKU 居宅サービス計画作成（変更）日 is invalid for the set type"),
    HOS_003("HOS-003", Severity.WARNING, "限度額欄が詰めて記載されていない", "A limit slot is used while an earlier one is empty"),
    HOS_004("HOS-004", Severity.WARNING, "短期入所療養介護は 22 で記載する", "短期入所療養介護 is given as 23 or 2A instead of 22"),
    HOS_005("HOS-005", Severity.WARNING, "利用者補足情報のキーが重複", "Two UPHOSOKU records share a key"),
    P1_001("P1-001", Severity.WARNING, "第1表の計画キーが重複", "Two UP1KYO records share a plan key"),
    P1_002("P1-002", Severity.WARNING, "介護支援事業者コードが送信元と異なる", "介護支援事業者コード differs from the sender"),
    T2_001("T2-001", Severity.WARNING, "番号の組が重複", "Two records share the number triple"),
    T2_002("T2-002", Severity.WARNING, "番号が空", "A number of the triple is empty"),
    T2_003("T2-003", Severity.WARNING, "同じグループ内で上位項目が異なる", "Different upper-level texts inside one group"),
    T3_001("T3-001", Severity.WARNING, "第3表のレコード形状が不正", "A UP3KYO record has not exactly one shape"),
    T3_002("T3-002", Severity.WARNING, "第3表の項目グループが不完全", "A UP3KYO group is incomplete"),
    T3_003("T3-003", Severity.WARNING, "同じ計画で作成年月日が異なる", "Records of one plan carry different 作成年月日"),
    T6_001("T6-001", Severity.ERROR, "日割対象日が不正", "日割対象日 is not 31 characters of 0 and 1"),
    T6_002("T6-002", Severity.WARNING, "日割対象日が月の日数と合わない", "日割対象日 has 1 after the month's last day or only 0"),
    T6_003("T6-003", Severity.WARNING, "開始・終了時刻の一方だけが 9999", "Exactly one of the times is 9999"),
    T6_004("T6-004", Severity.WARNING, "実績の事業者が送信元と異なる", "Actuals of an office other than the sender"),
    T6_005("T6-005", Severity.WARNING, "予定に送信先のサービスがない", "A user-month has no service of the recipient"),
    T6_006("T6-006", Severity.WARNING, "第6表のレコードが重複", "Two 第6表 records are duplicates"),
    EQP_001("EQP-001", Severity.ERROR, "福祉用具のTAISコード・届出コードがない", "A rental item has neither TAIS nor notification code"),
    EQP_002("EQP-002", Severity.WARNING, "TAISコードと届出コードの両方がある", "Both TAIS and notification codes are set"),
    EQP_003("EQP-003", Severity.WARNING, "福祉用具以外に福祉用具の項目がある", "Equipment items on a non-equipment record"),
    EQP_004("EQP-004", Severity.WARNING, "TAISコード・届出コードの書式が不正", "TAIS or notification code has an unexpected form"),
    EQP_005("EQP-005", Severity.WARNING, "福祉用具の加算等にTAISコード・届出コードがない", "A kind 17/67 code other than rental has no item code"),
    T7_001("T7-001", Severity.ERROR, "全合計行がない", "A user-month has no grand-total row"),
    T7_002("T7-002", Severity.ERROR, "全合計行の事業所コードが 9999999999 でない", "The grand-total row's office is not 9999999999"),
    T7_003("T7-003", Severity.WARNING, "全合計行が複数ある", "A user-month has several grand-total rows"),
    T7_004("T7-004", Severity.WARNING, "特殊行の固定値が不正", "A special row deviates from its fixed values"),
    T7_005("T7-005", Severity.WARNING, "種類別小計行がない", "A subtotal row is missing"),
    T7_006("T7-006", Severity.WARNING, "事業所コードが 9999999999 でない", "事業所コード is not 9999999999"),
    DEL_001("DEL-001", Severity.ERROR, "削除ファイルが他のファイルと同じ送信単位にある", "A deletion file shares its sending unit"),
    DEL_002("DEL-002", Severity.WARNING, "削除ファイルのキーが重複", "Two deletion records share a key"),
    DEL_003("DEL-003", Severity.WARNING, "削除対象の事業者・種類が送信元と異なる", "The deleted office or kind differs from the sender"),
    SET_001("SET-001", Severity.ERROR, "送信単位の構成が不正", "The files do not form one unit type"),
    SET_002("SET-002", Severity.ERROR, "親ファイルがない", "A child file without its parent file"),
    SET_003("SET-003", Severity.ERROR, "必須のファイルがない", "A mandatory member is missing"),
    SET_004("SET-004", Severity.WARNING, "送信単位内で CSVバージョンが異なる", "Files of one unit carry different CSV versions"),
    SET_005("SET-005", Severity.WARNING, "計画書の送信単位に第3表がない", "A v4 plan set has no UP3KYO"),
    SET_010("SET-010", Severity.ERROR, "計画キーが第1表にない", "A plan key matches no UP1KYO record"),
    SET_011("SET-011", Severity.ERROR, "利用者・対象年月が予定にない", "A user-month matches no UPPLAN record"),
    SET_012("SET-012", Severity.WARNING, "子レコードがない親レコード", "A parent record has no children"),
    SET_013("SET-013", Severity.ERROR, "別表のキーが親レコードにない", "A sub-table record matches no parent record"),
    SET_014("SET-014", Severity.WARNING, "家族構成画像ファイルの参照が不整合", "Family-structure image reference mismatch"),
    IMG_001("IMG-001", Severity.ERROR, "JPEG ではない", "The image does not start with a JPEG marker"),
    SEQ_001("SEQ-001", Severity.WARNING, "ファイル連番が受付済みの値以下", "The sequence number is not greater than the last accepted");

    private final String id;
    private final Severity severity;
    private final String titleJa;
    private final String title;

    Rule(String id, Severity severity, String titleJa, String title) {
        this.id = id;
        this.severity = severity;
        this.titleJa = titleJa;
        this.title = title;
    }

    /** The rule id as written in the spec, e.g. {@code ITEM-001}. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** A short title in Japanese. */
    public String titleJa() {
        return titleJa;
    }

    /** A short title in English. */
    public String title() {
        return title;
    }

    /** The rule with the given spec id, e.g. {@code "T6-001"}. */
    public static Optional<Rule> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
