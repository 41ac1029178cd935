package jp.renkei.gateway.metering;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import jp.renkei.gateway.store.Transactions;

/**
 * The metering reads over a store: an office's usage, the ministry's summary and the per-office CSV export, each
 * with the savings parameters in use. Every method blocks (JDBC): call it from the {@code db} executor.
 */
public final class Metering {

    /** Offices per page of the CSV export (one read transaction each). */
    static final int CSV_PAGE = 1000;
    private static final DateTimeFormatter YYYYMM = DateTimeFormatter.ofPattern("uuuuMM");

    private final Transactions store;
    private final MeteringConfig parameters;

    public Metering(Transactions store, MeteringConfig parameters) {
        this.store = store;
        this.parameters = parameters;
    }

    public MeteringConfig parameters() {
        return parameters;
    }

    /** A {@code YYYYMM} month from 2000-01 to 2199-12, or empty when the text is anything else. */
    public static Optional<YearMonth> month(String text) {
        if (text == null || !text.matches("2[01][0-9]{2}(0[1-9]|1[0-2])")) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text, YYYYMM));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The office's own figures for the month, or empty when the office is not registered. */
    public Optional<ObjectNode> usage(String office, YearMonth month) {
        OfficeMonth figures = store.read(c -> OfficeMonthRows.one(c, code(month), office));
        return Optional.ofNullable(figures).map(o -> MeteringJson.usage(o, parameters));
    }

    /** The same figures as a record (tests and the CSV share them). */
    public Optional<OfficeMonth> officeMonth(String office, YearMonth month) {
        return Optional.ofNullable(store.read(c -> OfficeMonthRows.one(c, code(month), office)));
    }

    /** The ministry's summary of the month: national and per prefecture. */
    public ObjectNode summary(YearMonth month) {
        return store.read(c -> Summary.build(c, code(month), end(month), parameters));
    }

    /** A fresh export of the month's per-office CSV; pull it with {@link OfficesCsv#next()}. */
    public OfficesCsv officesCsv(YearMonth month) {
        return new OfficesCsv(store, code(month), end(month), parameters, CSV_PAGE);
    }

    static String code(YearMonth month) {
        return month.format(YYYYMM);
    }

    /** The first instant after the month, in Japanese time. */
    static Instant end(YearMonth month) {
        return month.plusMonths(1).atDay(1).atStartOfDay(Rollups.ZONE).toInstant();
    }
}
