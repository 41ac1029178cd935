package jp.renkei.protocol.validate;

import jp.renkei.protocol.layout.Format;

/** What each format token expects, in the words of the findings (English and Japanese). */
enum FormatText {
    INSURER(Format.INSURER, "6 digits", "数字6桁"),
    INSURED(Format.INSURED, "10 digits, or H followed by 9 digits", "数字10桁、または H と数字9桁"),
    OFFICE(Format.OFFICE, "10 digits", "数字10桁"),
    DATE(Format.DATE, "a real date YYYYMMDD between 1900 and 2099", "実在する日付 YYYYMMDD（1900〜2099年）"),
    MONTH(Format.MONTH, "a month YYYYMM with MM 01-12", "年月 YYYYMM（月は01〜12）"),
    TIME(Format.TIME, "a start time HHMM from 0000 to 2359", "開始時刻 HHMM（0000〜2359）"),
    TIMEE(Format.TIMEE, "an end time HHMM from 0000 to 2359, or 2400", "終了時刻 HHMM（0000〜2359、または 2400）"),
    TIME9(Format.TIME9, "a start time HHMM from 0000 to 2359, or 9999 (no time)",
            "開始時刻 HHMM（0000〜2359、時刻なしは 9999）"),
    TIMEE9(Format.TIMEE9, "an end time HHMM from 0000 to 2359, 2400, or 9999 (no time)",
            "終了時刻 HHMM（0000〜2359、2400、時刻なしは 9999）"),
    INT(Format.INT, "an integer: digits with an optional leading minus", "整数（数字、先頭に - のみ可）"),
    UINT(Format.UINT, "a non-negative integer: digits only", "0以上の整数（数字のみ）"),
    NO99(Format.NO99, "a number from 1 to 99", "1〜99 の番号"),
    DEC(Format.DEC, "a decimal of the form 99.99", "99.99 形式の数値"),
    POSTAL(Format.POSTAL, "a postal code 999-9999", "郵便番号 999-9999"),
    KIND(Format.KIND, "a service kind code: 2 characters 0-9 or A-Z", "サービス種類コード（英大文字・数字2桁）"),
    SVC(Format.SVC, "a service code: 6 characters 0-9 or A-Z", "サービスコード（英大文字・数字6桁）"),
    DAYS31(Format.DAYS31, "exactly 31 characters 0 or 1, one per day of the month",
            "0 または 1 をちょうど31文字（日ごとに1文字）");

    private final Format format;
    private final String en;
    private final String ja;

    FormatText(Format format, String en, String ja) {
        this.format = format;
        this.en = en;
        this.ja = ja;
    }

    static String en(Format format) {
        FormatText t = find(format);
        return t == null ? "the format of its item (spec §0.3)" : t.en;
    }

    static String ja(Format format) {
        FormatText t = find(format);
        return t == null ? "項目の書式（仕様 §0.3）" : t.ja;
    }

    private static FormatText find(Format format) {
        for (FormatText t : values()) {
            if (t.format == format) {
                return t;
            }
        }
        return null;
    }
}
