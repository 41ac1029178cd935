package jp.renkei.protocol.render;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** The printed forms of codes (spec §8.2, §8.3): dates, times and 曜日. */
final class Labels {

    private static final Pattern DATE = Pattern.compile("[0-9]{8}");
    private static final String DAYS = "月火水木金土日";

    private Labels() {
    }

    /** {@code 20240401} → {@code 2024年4月1日}; a value that is not a real date is printed as received. */
    static String date(String value) {
        if (!DATE.matcher(value).matches()) {
            return value;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(value.substring(0, 4)),
                    Integer.parseInt(value.substring(4, 6)), Integer.parseInt(value.substring(6, 8)));
            return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        } catch (DateTimeException e) {
            return value;
        }
    }

    /** Minutes since 0:00 as {@code H:MM} ({@code 1440} → {@code 24:00}). */
    static String time(int minutes) {
        return minutes / 60 + ":" + (minutes % 60 < 10 ? "0" : "") + minutes % 60;
    }

    static String range(int start, int end) {
        return time(start) + "～" + time(end);
    }

    /** 曜日 1…7 → 月…日. */
    static String day(int day) {
        return String.valueOf(DAYS.charAt(day - 1));
    }
}
