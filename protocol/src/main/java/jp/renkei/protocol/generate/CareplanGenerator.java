package jp.renkei.protocol.generate;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.generate.UnitAssembler.Part;
import jp.renkei.protocol.record.CareplanRecord;

/**
 * Generates realistic, valid sending units for one service month, deterministically from a seed: for every pair of a
 * 居宅 and a service office that share users, a U1 plan set and a U2 利用票 set; for every service office, U5 実績
 * back to each 居宅; and now and then a deletion (U3, U4, U6), alone in its unit. Every file is meant to pass every
 * rule of spec §6 without an ERROR or WARNING.
 */
public final class CareplanGenerator {

    private final GeneratorConfig config;
    private final YearMonth month;
    private final String monthCode;
    private final UnitAssembler assembler;
    private final PlanSetFiles plans;
    private final ServiceUseFiles serviceUse;
    private final BenefitRows benefits;

    public CareplanGenerator(GeneratorConfig config) {
        this.config = config;
        this.month = config.month();
        this.monthCode = month.format(DateTimeFormatter.ofPattern("yyyyMM"));
        this.assembler = new UnitAssembler(config.version());
        this.plans = new PlanSetFiles(config.version());
        this.serviceUse = new ServiceUseFiles(config.version(), month);
        this.benefits = new BenefitRows(config.version(), month);
    }

    /** Every unit, in ascending ファイル連番 (the order receivers process them). */
    public List<SendingUnit> generate() {
        return generate(List.of());
    }

    /**
     * Every unit, as {@link #generate()}, with the first offices numbered {@code officeNumbers} in order: the 居宅
     * first, then the service offices (kinds 11, 15, 17, 13, 78, 16, 14 in turn). Offices beyond the list get drawn
     * numbers; numbers beyond the offices are not used.
     */
    public List<SendingUnit> generate(List<String> officeNumbers) {
        Population world = new Population(config, officeNumbers);
        List<SendingUnit> units = sets(world);
        units.addAll(actuals(world));
        units.addAll(new Deletions(config.version(), monthCode, assembler).units(world, month));
        units.sort(Comparator.comparing(SendingUnit::sequence));
        return units;
    }

    /**
     * One U2 利用票 set (UPPLAN, UPSIKYU, UPHOSOKU) for a chosen address, for trials and tests: from the 居宅
     * {@code careOffice} (kind 43) to the 訪問介護 office {@code serviceOffice} (kind 11), with the configured number of
     * users, all of whom use that office, and the ファイル連番 of {@code sent}. The configured office counts are not
     * used.
     */
    public SendingUnit serviceUseUnit(String careOffice, String serviceOffice, LocalDateTime sent) {
        GeneratorConfig pair = new GeneratorConfig(1, 1, config.users(), month, config.seed(), config.version());
        Population world = new Population(pair, List.of(careOffice, serviceOffice));
        return serviceUseSet(world.careOffices.get(0), world.serviceOffices.get(0), world.users, sent);
    }

    /** A U1 and a U2 for every pair of a 居宅 and a service office that share users. */
    private List<SendingUnit> sets(Population world) {
        List<SendingUnit> units = new ArrayList<>();
        LocalDateTime planAt = month.atDay(1).minusDays(3).atTime(9, 0);
        LocalDateTime useAt = month.atDay(1).minusDays(2).atTime(17, 0);
        for (Office care : world.careOffices) {
            for (Office office : world.serviceOffices) {
                List<User> users = world.users.stream().filter(u -> u.careOffice() == care && u.uses(office))
                        .toList();
                if (!users.isEmpty()) {
                    units.add(planSet(care, office, users, planAt));
                    units.add(serviceUseSet(care, office, users, useAt));
                    planAt = planAt.plusSeconds(37);
                    useAt = useAt.plusSeconds(41);
                }
            }
        }
        return units;
    }

    private SendingUnit planSet(Office care, Office office, List<User> users, LocalDateTime at) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(FileKind.UP1KYO, null, users.stream().map(plans::sheet1).toList()));
        parts.add(new Part(FileKind.UP2KYO, null, users.stream().flatMap(u -> plans.sheet2(u).stream()).toList()));
        if (config.version() != CsvVersion.V202208) {
            parts.add(new Part(FileKind.UP3KYO, null,
                    users.stream().flatMap(u -> plans.sheet3(u).stream()).toList()));
        }
        parts.add(new Part(FileKind.UPHOSOKU, "000000", users.stream().map(plans::supplement).toList()));
        return assembler.unit(UnitType.PLAN, care, office, at, parts);
    }

    private SendingUnit serviceUseSet(Office care, Office office, List<User> users, LocalDateTime at) {
        List<CareplanRecord> planned = new ArrayList<>();
        List<CareplanRecord> sheet7 = new ArrayList<>();
        for (User u : users) {
            planned.addAll(serviceUse.planned(u, at.toLocalDate()));
            sheet7.addAll(benefits.rows(u, at.toLocalDate()));
        }
        return assembler.unit(UnitType.SERVICE_USE, care, office, at, List.of(
                new Part(FileKind.UPPLAN, monthCode, planned), new Part(FileKind.UPSIKYU, monthCode, sheet7),
                new Part(FileKind.UPHOSOKU, monthCode, users.stream().map(serviceUse::supplement).toList())));
    }

    /** U5 from every service office to every 居宅 it served; some users had a visit cancelled. */
    private List<SendingUnit> actuals(Population world) {
        List<SendingUnit> units = new ArrayList<>();
        LocalDateTime at = month.plusMonths(1).atDay(3).atTime(10, 0);
        for (Office office : world.serviceOffices) {
            for (Office care : world.careOffices) {
                List<CareplanRecord> rows = actualRows(world, office, care, at);
                if (!rows.isEmpty()) {
                    units.add(assembler.unit(UnitType.ACTUALS, office, care, at,
                            List.of(new Part(FileKind.UPJSK, monthCode, rows))));
                    at = at.plusSeconds(43);
                }
            }
        }
        return units;
    }

    private List<CareplanRecord> actualRows(Population world, Office office, Office care, LocalDateTime at) {
        List<CareplanRecord> rows = new ArrayList<>();
        for (int i = 0; i < world.users.size(); i++) {
            User u = world.users.get(i);
            if (u.careOffice() == care && u.uses(office)) {
                rows.addAll(serviceUse.actual(u, office, at.toLocalDate(), i % 5 == 2));
            }
        }
        return rows;
    }
}
