package jp.renkei.protocol.generate;

import java.time.LocalDate;

/** Dates in the Japanese era form care plans print, e.g. 令和7年5月1日. */
final class Wareki {

    private static final LocalDate REIWA = LocalDate.of(2019, 5, 1);

    private Wareki() {
    }

    static String date(LocalDate d) {
        boolean reiwa = !d.isBefore(REIWA);
        int year = reiwa ? d.getYear() - 2018 : d.getYear() - 1988;
        return (reiwa ? "令和" : "平成") + year + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** {@code from～to}, the way 第2表 writes a period. */
    static String range(LocalDate from, LocalDate to) {
        return date(from) + "～" + date(to);
    }
}
