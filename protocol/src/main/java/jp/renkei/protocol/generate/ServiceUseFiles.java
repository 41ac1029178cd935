package jp.renkei.protocol.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.record.CareplanRecord;

/** The records of a U2 利用票 set (第6表 予定, 利用票-set 利用者補足情報) and of U5 実績 (spec §4.6, §7.2). */
final class ServiceUseFiles {

    private final CsvVersion version;
    private final YearMonth month;
    private final String monthCode;

    ServiceUseFiles(CsvVersion version, YearMonth month) {
        this.version = version;
        this.month = month;
        this.monthCode = month.format(DateTimeFormatter.ofPattern("yyyyMM"));
    }

    /** 第6表 予定: every service of the month, of every office, whoever receives the file. */
    List<CareplanRecord> planned(User u, LocalDate created) {
        List<CareplanRecord> rows = new ArrayList<>();
        for (MonthPlan.Occurrence o : MonthPlan.occurrences(month, u.bookings(), u.rentals())) {
            rows.add(row(FileKind.UPPLAN, u, o, created).set("updaterCode", u.careOffice().number()).build());
        }
        return rows;
    }

    /**
     * 第6表 実績 of one office: its occurrences as provided. {@code cancelled} drops the last visit of the month
     * (with its 加算), as when a user was in hospital that day.
     */
    List<CareplanRecord> actual(User u, Office office, LocalDate created, boolean cancelled) {
        List<MonthPlan.Occurrence> done = new ArrayList<>(MonthPlan.occurrences(month, u.bookings(), u.rentals())
                .stream().filter(o -> o.office().equals(office)).toList());
        if (cancelled) {
            LocalDate last = done.get(done.size() - 1).date();
            if (done.stream().anyMatch(o -> !o.date().equals(last))) {
                done.removeIf(o -> o.date().equals(last) && o.start() != null);
            }
        }
        List<CareplanRecord> rows = new ArrayList<>();
        for (MonthPlan.Occurrence o : done) {
            rows.add(row(FileKind.UPJSK, u, o, created).set("updaterCode", office.number()).build());
        }
        return rows;
    }

    CareplanRecord supplement(User u) {
        return SupplementRecords.of(u, version).set("planDate", "00000000").set("serviceMonth", monthCode).build();
    }

    private Fields row(FileKind kind, User u, MonthPlan.Occurrence o, LocalDate created) {
        Fields f = new Fields(kind, version).set("insurerNumber", u.insurerNumber())
                .set("insuredNumber", u.insuredNumber()).date("createdDate", created).set("serviceMonth", monthCode)
                .set("planOfficeCode", u.careOffice().number()).set("plannerName", u.careManager().kanji())
                .set("units", o.service().units()).date("serviceDate", o.date()).time("startTime", o.start())
                .time("endTime", o.end()).set("serviceCount", "1").set("serviceCode", o.service().code())
                .set("serviceOfficeCode", o.office().number()).set("serviceOfficeName", o.office().name())
                .set("over30Days", "0");
        if (o.product() != null) {
            f.set("taisCode", o.product().taisCode())
                    .set("equipmentNotificationCode", o.product().notificationCode())
                    .set("equipmentName", o.product().productName()).set("detailNo", o.detailNo());
        }
        return f;
    }
}
