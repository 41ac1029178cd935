package jp.renkei.gateway.http;

import static io.netty.handler.codec.http.HttpResponseStatus.OK;

import io.netty.handler.codec.http.HttpMethod;
import java.time.YearMonth;
import java.util.Set;
import java.util.concurrent.Executor;
import jp.renkei.gateway.metering.Metering;
import jp.renkei.gateway.metering.OfficesCsv;
import jp.renkei.gateway.store.Role;

/**
 * Metering: {@code GET /v1/usage} (an office, its own figures), {@code GET /v1/metrics/summary} and {@code GET
 * /v1/metrics/offices.csv} (the ministry). Every one takes {@code month=YYYYMM}; anything else is 400.
 */
final class MeteringEndpoints {

    static final Set<Role> MINISTRY = Set.of(Role.MINISTRY);

    private final Metering metering;
    private final Executor db;

    /** {@code db} reads the CSV export's later pages, one task per page. */
    MeteringEndpoints(Metering metering, Executor db) {
        this.metering = metering;
        this.db = db;
    }

    void addTo(Routes routes) {
        routes.add(HttpMethod.GET, "/v1/usage", Routes.OFFICE, this::usage)
                .add(HttpMethod.GET, "/v1/metrics/summary", MINISTRY, this::summary)
                .add(HttpMethod.GET, "/v1/metrics/offices.csv", MINISTRY, this::officesCsv);
    }

    private Answer usage(Request request) throws BadRequestException {
        YearMonth month = month(request);
        String office = request.caller().name();
        return metering.usage(office, month).map(u -> Answer.json(OK, u))
                .orElseGet(() -> ApiError.notFound("unknown_office", office + " is not registered").answer());
    }

    private Answer summary(Request request) throws BadRequestException {
        return Answer.json(OK, metering.summary(month(request)));
    }

    /** Reads the first page here (a failure is still an ordinary error answer), then streams the rest. */
    private Answer officesCsv(Request request) throws BadRequestException {
        YearMonth month = month(request);
        OfficesCsv csv = metering.officesCsv(month);
        byte[] first = csv.next();
        String fileName = "renkei-offices-" + month.toString().replace("-", "") + ".csv";
        return Answer.takeover(new ChunkedExport(csv::next, first, db, "text/csv; charset=UTF-8", fileName));
    }

    private static YearMonth month(Request request) throws BadRequestException {
        String value = request.queryValue("month");
        return Metering.month(value).orElseThrow(() -> new BadRequestException("invalid_month",
                "month must be given as YYYYMM (e.g. 202505)"));
    }
}
