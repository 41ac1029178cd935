package jp.renkei.protocol.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.record.CareplanRecord;

/** The records of a U1 plan set (spec §7.2): 第1表, 第2表, 第3表 and the plan-set 利用者補足情報. */
final class PlanSetFiles {

    private static final String[][] ACTIVITIES = {
        {"起床", "0630", "0630"}, {"朝食", "0730", "0800"}, {"昼食", "1200", "1230"}, {"夕食", "1800", "1830"},
        {"就寝", "2100", "2100"},
    };

    private final CsvVersion version;

    PlanSetFiles(CsvVersion version) {
        this.version = version;
    }

    CareplanRecord sheet1(User u) {
        Office o = u.careOffice();
        boolean livingSupport = u.bookings().stream().anyMatch(b -> b.service().name().startsWith("生活援助"));
        return new Fields(FileKind.UP1KYO, version).set("insurerNumber", u.insurerNumber())
                .set("insuredNumber", u.insuredNumber()).date("createdDate", u.planDate())
                .set("userPostalCode", u.postalCode()).set("userAddress1", u.address1())
                .set("userAddress2", u.address2()).set("plannerName", u.careManager().kanji())
                .set("careOfficeName", o.name()).set("careOfficePostalCode", o.postalCode())
                .set("careOfficeAddress1", o.address()).set("careOfficeCode", o.number())
                .date("planDate", u.planDate()).date("firstPlanDate", u.firstPlanDate())
                .set("planCategory", u.firstPlanDate().equals(u.planDate()) ? "11" : "21")
                .set("certificationStatus", "2").date("certificationDate", u.certificationDate())
                .date("certificationValidFrom", u.validFrom()).date("certificationValidTo", u.validTo())
                .set("careLevel", u.careLevel())
                .set("assessmentResult", "本人：住み慣れた自宅での生活を続けたい。できることは自分でしたい。\r\n"
                        + "家族（" + u.relation() + "）：仕事があるため日中の見守りが難しい。無理なく介護を続けたい。")
                .set("reviewBoardOpinion", "特になし")
                .set("overallPolicy", "「自宅で暮らし続けたい」という思いを大切にし、心身の状態に合わせてサービスを"
                        + "調整します。\r\n緊急連絡先：" + u.relation() + "　" + u.relative().kanji() + "様")
                .set("livingSupportReason", livingSupport ? "1" : "")
                .set("updaterCode", o.number()).build();
    }

    /** 第2表: one 課題 per service kind, the support line under it, and a family line under the first 課題. */
    List<CareplanRecord> sheet2(User u) {
        List<CareplanRecord> rows = new ArrayList<>();
        int issue = 0;
        for (Map.Entry<String, Office> e : kinds(u).entrySet()) {
            issue++;
            ServiceCatalog.Need need = ServiceCatalog.need(e.getKey());
            rows.add(line(u, issue, 1).set("issue", need.issue()).set("longTermGoal", need.longGoal())
                    .set("shortTermGoal", need.shortGoal()).set("longTermPeriod", Wareki.range(u.validFrom(),
                            u.validTo())).set("shortTermPeriod", shortPeriod(u))
                    .set("serviceContent", content(u, e.getKey(), need)).set("insuranceScope", "Y")
                    .set("serviceType", ServiceCatalog.kindName(e.getKey()))
                    .set("serviceOfficeCode", e.getValue().number()).set("serviceOfficeName", e.getValue().name())
                    .set("frequency", frequency(u, e.getKey())).build());
            if (issue == 1) {
                rows.add(line(u, 1, 2).set("serviceContent", "見守り、声かけ、通院の付き添い")
                        .set("serviceType", "家族（" + u.relation() + "）").set("frequency", "随時").build());
            }
        }
        return rows;
    }

    /** 第3表 (v4 only): a W record per booked day, the usual day's activities, and the non-weekly services. */
    List<CareplanRecord> sheet3(User u) {
        List<CareplanRecord> rows = new ArrayList<>();
        for (Booking b : u.bookings()) {
            for (DayOfWeek day : b.days()) {
                rows.add(schedule(u).set("serviceContent", label(b)).set("weekday", day.getValue())
                        .time("serviceStartTime", b.start()).time("serviceEndTime", b.end()).build());
            }
        }
        for (String[] a : ACTIVITIES) {
            rows.add(schedule(u).set("activity", a[0]).set("activityStartTime", a[1]).set("activityEndTime", a[2])
                    .build());
        }
        if (!u.rentals().isEmpty()) {
            rows.add(schedule(u).set("nonWeeklyService", "福祉用具貸与（" + productNames(u) + "）").build());
        }
        rows.add(schedule(u).set("nonWeeklyService", "月２回　通院（かかりつけ医）").build());
        return rows;
    }

    CareplanRecord supplement(User u) {
        return SupplementRecords.of(u, version).date("planDate", u.planDate()).set("serviceMonth", "000000")
                .build();
    }

    private Fields line(User u, int issue, int support) {
        return new Fields(FileKind.UP2KYO, version).set("insurerNumber", u.insurerNumber())
                .set("insuredNumber", u.insuredNumber()).date("createdDate", u.planDate())
                .date("planDate", u.planDate()).set("issueNo", issue).set("goalNo", 1).set("supportNo", support)
                .set("period", shortPeriod(u)).set("updaterCode", u.careOffice().number());
    }

    private Fields schedule(User u) {
        return new Fields(FileKind.UP3KYO, version).set("insurerNumber", u.insurerNumber())
                .set("insuredNumber", u.insuredNumber()).date("createdDate", u.planDate())
                .date("planDate", u.planDate());
    }

    private static Map<String, Office> kinds(User u) {
        Map<String, Office> kinds = new LinkedHashMap<>();
        u.bookings().forEach(b -> kinds.putIfAbsent(b.office().kind(), b.office()));
        u.rentals().forEach(r -> kinds.putIfAbsent(r.office().kind(), r.office()));
        return kinds;
    }

    private static String content(User u, String kind, ServiceCatalog.Need need) {
        return kind.equals("17") ? need.content() + "（" + productNames(u) + "）" : need.content();
    }

    private static String frequency(User u, String kind) {
        return u.bookings().stream().filter(b -> b.office().kind().equals(kind)).findFirst()
                .map(b -> "週" + Places.wide(b.days().size()) + "回").orElse("毎日");
    }

    private static String label(Booking b) {
        String kind = ServiceCatalog.kindName(b.office().kind());
        return b.office().kind().equals("11") ? kind + "（" + b.service().name().replaceAll("[０-９0-9]", "")
                + "）" : kind;
    }

    private static String productNames(User u) {
        return String.join("・", u.rentals().stream().map(r -> r.product().productName()).distinct().toList());
    }

    private static String shortPeriod(User u) {
        LocalDate from = u.planDate().plusMonths(1).withDayOfMonth(1);
        return Wareki.range(from, from.plusMonths(6).minusDays(1));
    }
}
