package jp.renkei.protocol.validate;

import jp.renkei.protocol.layout.Format;

/**
 * The accepted patterns of the format tokens of spec §0.3, written as character checks: these run on every field
 * of every record, and a hand-written check neither allocates nor backtracks.
 */
final class FormatCheck {

    private FormatCheck() {
    }

    /**
     * Whether a non-empty, trimmed value fits the token. {@code nines} says whether {@code 9999} (no time) is
     * allowed, which the spec limits to UPPLAN/UPJSK No.12/13 whatever the catalogue says. Tokens without a
     * pattern (TEXT, STR, CODE, RULE, UNUSED, VER, TAIS: checked elsewhere) always fit.
     */
    static boolean fits(Format format, String v, boolean nines) {
        switch (format) {
            case INSURER: return digits(v, 6);
            case INSURED: return digits(v, 10) || v.length() == 10 && v.charAt(0) == 'H' && digitsFrom(v, 1);
            case OFFICE: return digits(v, 10);
            case DATE: return date(v);
            case MONTH: return month(v);
            case TIME: return time(v);
            case TIMEE: return time(v) || "2400".equals(v);
            case TIME9: return time(v) || nines && "9999".equals(v);
            case TIMEE9: return time(v) || "2400".equals(v) || nines && "9999".equals(v);
            case INT: return v.charAt(0) == '-' ? v.length() > 1 && digitsFrom(v, 1) : digitsFrom(v, 0);
            case UINT: return digitsFrom(v, 0);
            case NO99: return no99(v);
            case DEC: return decimal(v);
            case POSTAL: return postal(v);
            case KIND: return v.length() == 2 && upperAlnum(v);
            case SVC: return v.length() == 6 && upperAlnum(v);
            case DAYS31: return days31(v);
            default: return true;
        }
    }

    /** {@code ^[0-9]{5}[-－][0-9]{6}$} (EQP-004; the full-width minus appears in an official example). */
    static boolean tais(String v) {
        if (v.length() != 12 || (v.charAt(5) != '-' && v.charAt(5) != '－')) {
            return false;
        }
        return digitsIn(v, 0, 5) && digitsIn(v, 6, 12);
    }

    static boolean digits(String v, int length) {
        return v.length() == length && digitsIn(v, 0, length);
    }

    /** YYYYMMDD, a real Gregorian date with year 1900–2099. */
    static boolean date(String v) {
        if (!digits(v, 8)) {
            return false;
        }
        int year = number(v, 0, 4);
        int month = number(v, 4, 6);
        int day = number(v, 6, 8);
        return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1
                && day <= daysInMonth(year, month);
    }

    /** YYYYMM with month 01–12. */
    static boolean month(String v) {
        if (!digits(v, 6)) {
            return false;
        }
        int month = number(v, 4, 6);
        return month >= 1 && month <= 12;
    }

    static boolean time(String v) {
        return digits(v, 4) && number(v, 0, 2) <= 23 && number(v, 2, 4) <= 59;
    }

    static boolean days31(String v) {
        if (v.length() != 31) {
            return false;
        }
        for (int i = 0; i < 31; i++) {
            char c = v.charAt(i);
            if (c != '0' && c != '1') {
                return false;
            }
        }
        return true;
    }

    static int daysInMonth(int year, int month) {
        switch (month) {
            case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4: case 6: case 9: case 11: return 30;
            default: return 31;
        }
    }

    /** The decimal value of {@code v[from, to)}, which must be digits. */
    static int number(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (v.charAt(i) - '0');
        }
        return n;
    }

    private static boolean no99(String v) {
        if (v.length() == 1) {
            return v.charAt(0) >= '1' && v.charAt(0) <= '9';
        }
        return v.length() == 2 && digitsIn(v, 0, 2) && !(v.charAt(0) == '0' && v.charAt(1) == '0');
    }

    private static boolean decimal(String v) {
        int dot = v.indexOf('.');
        if (dot < 0) {
            return v.length() <= 2 && digitsFrom(v, 0);
        }
        int fraction = v.length() - dot - 1;
        return dot >= 1 && dot <= 2 && fraction >= 1 && fraction <= 2 && digitsIn(v, 0, dot)
                && digitsIn(v, dot + 1, v.length());
    }

    private static boolean postal(String v) {
        return v.length() == 8 && v.charAt(3) == '-' && digitsIn(v, 0, 3) && digitsIn(v, 4, 8);
    }

    private static boolean upperAlnum(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    private static boolean digitsFrom(String v, int from) {
        return v.length() > from && digitsIn(v, from, v.length());
    }

    private static boolean digitsIn(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
