package jp.renkei.protocol.generate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns a user's weekly bookings and rentals into the dated occurrences of one month (the rows of 第6表). */
final class MonthPlan {

    /**
     * One row of 第6表: a service on a day. {@code start} and {@code end} are null for services without a displayed
     * time (rentals: 9999); {@code product} and {@code detailNo} are set only for rentals.
     */
    record Occurrence(LocalDate date, Office office, ServiceCatalog.Service service, LocalTime start, LocalTime end,
            ServiceCatalog.Product product, int detailNo) {
    }

    private static final Comparator<Occurrence> ORDER = Comparator.comparing(Occurrence::date)
            .thenComparing(o -> o.start() == null ? LocalTime.MIN : o.start())
            .thenComparing(o -> o.office().number())
            .thenComparing(o -> o.service().code())
            .thenComparingInt(Occurrence::detailNo);

    private MonthPlan() {
    }

    static List<Occurrence> occurrences(YearMonth month, List<Booking> bookings, List<Rental> rentals) {
        List<Occurrence> rows = new ArrayList<>();
        for (Rental r : rentals) {
            rows.add(new Occurrence(month.atDay(1), r.office(), r.product().service(), null, null, r.product(),
                    r.detailNo()));
        }
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            for (Booking b : bookings) {
                if (b.days().contains(day.getDayOfWeek())) {
                    rows.add(new Occurrence(day, b.office(), b.service(), b.start(), b.end(), null, 0));
                    if (b.addOn() != null) {
                        rows.add(new Occurrence(day, b.office(), b.addOn(), b.start(), b.end(), null, 0));
                    }
                }
            }
        }
        rows.sort(ORDER);
        return rows;
    }

    /** The month's units in total, to keep it within the 区分支給限度基準額. */
    static int units(YearMonth month, List<Booking> bookings, List<Rental> rentals) {
        return occurrences(month, bookings, rentals).stream().mapToInt(o -> o.service().units()).sum();
    }
}
