package jp.renkei.protocol.generate;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.generate.UnitAssembler.Part;
import jp.renkei.protocol.record.CareplanRecord;

/**
 * The occasional deletions, each alone in its unit (DEL-001): a plan sent by mistake a week before the current one
 * (DLT1KYO), a month's 予定 withdrawn from an office whose service ended (DLTPLAN), and 実績 withdrawn by an office
 * after sending them (DLTJSK). Which users get one follows from their position, so it is deterministic.
 */
final class Deletions {

    private final CsvVersion version;
    private final String monthCode;
    private final UnitAssembler assembler;

    Deletions(CsvVersion version, String monthCode, UnitAssembler assembler) {
        this.version = version;
        this.monthCode = monthCode;
        this.assembler = assembler;
    }

    List<SendingUnit> units(Population world, YearMonth month) {
        List<SendingUnit> units = new ArrayList<>();
        LocalDateTime at = month.plusMonths(1).atDay(5).atTime(11, 0);
        for (int i = 0; i < world.users.size(); i++) {
            units.addAll(forUser(world, i, at));
            at = at.plusMinutes(1);
        }
        return units;
    }

    private List<SendingUnit> forUser(Population world, int i, LocalDateTime at) {
        User u = world.users.get(i);
        Office first = u.serviceOffices().get(0);
        Office former = formerOffice(world, u, first);
        List<SendingUnit> units = new ArrayList<>();
        if (i % 7 == 3) {
            units.add(alone(UnitType.PLAN_DELETION, u.careOffice(), first, at, FileKind.DLT1KYO, null,
                    key(FileKind.DLT1KYO, u).date("planDate", u.planDate().minusDays(7)).build()));
        }
        if (i % 11 == 5 && former != null) {
            units.add(alone(UnitType.SERVICE_USE_DELETION, u.careOffice(), former, at.plusSeconds(20),
                    FileKind.DLTPLAN, monthCode, key(FileKind.DLTPLAN, u).set("deletionMonth", monthCode).build()));
        }
        if (i % 9 == 4) {
            units.add(alone(UnitType.ACTUALS_DELETION, first, u.careOffice(), at.plusSeconds(40), FileKind.DLTJSK,
                    monthCode, key(FileKind.DLTJSK, u).set("deletionMonth", monthCode)
                            .set("serviceOfficeCode", first.number()).set("serviceKind", first.kind()).build()));
        }
        return units;
    }

    /** An office the user no longer uses: preferably one of the same kind as {@code current}; null if none. */
    private static Office formerOffice(Population world, User u, Office current) {
        List<Office> unused = world.serviceOffices.stream().filter(o -> !u.uses(o)).toList();
        return unused.stream().filter(o -> o.kind().equals(current.kind())).findFirst()
                .orElse(unused.isEmpty() ? null : unused.get(0));
    }

    private Fields key(FileKind kind, User u) {
        return new Fields(kind, version).set("insurerNumber", u.insurerNumber())
                .set("insuredNumber", u.insuredNumber());
    }

    private SendingUnit alone(UnitType type, Office from, Office to, LocalDateTime at, FileKind kind, String month,
            CareplanRecord record) {
        return assembler.unit(type, from, to, at, List.of(new Part(kind, month, List.of(record))));
    }
}
