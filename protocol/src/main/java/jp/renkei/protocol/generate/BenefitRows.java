package jp.renkei.protocol.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.record.CareplanRecord;

/**
 * 第7表 (サービス利用票別表) of one user-month: per office a detail row per サービスコード (per item for 福祉用具),
 * then its {@code <kind>AAAA} subtotal carrying the money, and one {@code 999999} grand total whose numbers are the
 * sums of the subtotals. All services are inside the 区分支給限度, which the generator never exceeds.
 */
final class BenefitRows {

    private static final String ALL9 = "9999999999";

    private final CsvVersion version;
    private final YearMonth month;

    BenefitRows(CsvVersion version, YearMonth month) {
        this.version = version;
        this.month = month;
    }

    /** Money of one office or of the whole month: units, 費用総額, 保険請求額, 利用者負担. */
    private record Sum(long units, long cost, long claim, long copay) {
        Sum plus(Sum o) {
            return new Sum(units + o.units, cost + o.cost, claim + o.claim, copay + o.copay);
        }
    }

    List<CareplanRecord> rows(User u, LocalDate created) {
        List<CareplanRecord> rows = new ArrayList<>();
        Sum total = new Sum(0, 0, 0, 0);
        for (Map.Entry<Office, List<MonthPlan.Occurrence>> e : byOffice(u).entrySet()) {
            total = total.plus(office(u, created, e.getKey(), e.getValue(), rows));
        }
        rows.add(totals(base(u, created), total, u.benefitRate()).set("serviceOfficeCode", ALL9)
                .set("serviceCode", "999999").build());
        return rows;
    }

    /** Adds the detail rows and the subtotal of one office to {@code rows}; returns the office's money. */
    private Sum office(User u, LocalDate created, Office office, List<MonthPlan.Occurrence> occurrences,
            List<CareplanRecord> rows) {
        long units = 0;
        for (List<MonthPlan.Occurrence> same : byLine(occurrences).values()) {
            MonthPlan.Occurrence o = same.get(0);
            units += (long) o.service().units() * same.size();
            rows.add(detail(u, created, o, same.size()).build());
        }
        String price = ServiceCatalog.unitPrice(office.kind(), office.prefecture().code());
        Sum sum = money(units, price, u.benefitRate());
        rows.add(totals(base(u, created), sum, u.benefitRate()).set("serviceOfficeName", office.name())
                .set("serviceOfficeCode", office.number()).set("serviceCode", office.kind() + "AAAA")
                .set("unitPrice", price).build());
        return sum;
    }

    private Fields base(User u, LocalDate created) {
        return new Fields(FileKind.UPSIKYU, version).set("insurerNumber", u.insurerNumber())
                .set("insuredNumber", u.insuredNumber()).date("createdDate", created)
                .set("serviceMonth", month.format(DateTimeFormatter.ofPattern("yyyyMM"))).set("over30Days", "0")
                .set("officeCode", ALL9).set("operatorCode", "CM" + u.careOffice().number().substring(6))
                .set("updaterCode", u.careOffice().number());
    }

    private Fields detail(User u, LocalDate created, MonthPlan.Occurrence o, int count) {
        Fields f = base(u, created).set("serviceOfficeName", o.office().name())
                .set("serviceOfficeCode", o.office().number()).set("serviceCode", o.service().code())
                .set("units", o.service().units()).set("countOrDays", count)
                .set("serviceUnitAmount", o.service().units() * count);
        if (o.product() != null) {
            f.set("taisCode", o.product().taisCode()).set("equipmentNotificationCode", o.product().notificationCode())
                    .set("equipmentName", o.product().productName());
        }
        return f;
    }

    /** A special row (spec §4.9.2): 単位数 0, 割引 empty, 回数 0, and the money of {@code sum}. */
    private static Fields totals(Fields f, Sum sum, int rate) {
        return f.set("units", "0").set("countOrDays", "0").set("serviceUnitAmount", Long.toString(sum.units))
                .set("benefitManagedUnits", Long.toString(sum.units)).set("categoryLimitExcessUnits", "0")
                .set("categoryLimitWithinUnits", Long.toString(sum.units)).set("totalCost", Long.toString(sum.cost))
                .set("benefitRate", rate).set("insuranceClaim", Long.toString(sum.claim))
                .set("userCopay", Long.toString(sum.copay)).set("userFullCost", "0");
    }

    /** 費用総額 = units × 単価 rounded down; 保険請求額 = 費用総額 × 給付率 rounded down; the rest is the user's. */
    private static Sum money(long units, String unitPrice, int rate) {
        long cost = new BigDecimal(unitPrice).multiply(BigDecimal.valueOf(units)).setScale(0, RoundingMode.DOWN)
                .longValueExact();
        long claim = cost * rate / 100;
        return new Sum(units, cost, claim, cost - claim);
    }

    private Map<Office, List<MonthPlan.Occurrence>> byOffice(User u) {
        Map<Office, List<MonthPlan.Occurrence>> offices = new LinkedHashMap<>();
        u.serviceOffices().stream().sorted(Comparator.comparing(Office::kind).thenComparing(Office::number))
                .forEach(o -> offices.put(o, new ArrayList<>()));
        for (MonthPlan.Occurrence o : MonthPlan.occurrences(month, u.bookings(), u.rentals())) {
            offices.get(o.office()).add(o);
        }
        return offices;
    }

    /** Occurrences per 第7表 line: per サービスコード, and per item for rentals. */
    private static Map<String, List<MonthPlan.Occurrence>> byLine(List<MonthPlan.Occurrence> occurrences) {
        Map<String, List<MonthPlan.Occurrence>> lines = new LinkedHashMap<>();
        for (MonthPlan.Occurrence o : occurrences) {
            lines.computeIfAbsent(o.service().code() + "/" + o.detailNo() + "/" + o.service().units(),
                    k -> new ArrayList<>()).add(o);
        }
        return lines;
    }
}
