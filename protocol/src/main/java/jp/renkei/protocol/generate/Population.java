package jp.renkei.protocol.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/** The generated world: offices and users, all drawn from one seeded {@link Random}, so equal seeds give equal data. */
final class Population {

    private static final List<String> STEMS = List.of("さくら", "あおぞら", "ひだまり", "やすらぎ", "ゆうゆう", "なごみ",
            "いずみ", "こころ", "たんぽぽ", "かえで", "ひまわり", "あおば", "みどり", "かがやき", "はなみずき", "すまいる",
            "こもれび", "つばさ");
    private static final List<String> RELATIONS = List.of("長女", "長男", "次女", "次男", "長男の妻");
    private static final String[] CARE_LEVELS = {"21", "21", "21", "22", "22", "22", "23", "23", "24", "25"};
    private static final List<DayOfWeek> WORKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    final List<Office> careOffices = new ArrayList<>();
    final List<Office> serviceOffices = new ArrayList<>();
    final List<User> users = new ArrayList<>();
    private final Random random;
    private final YearMonth month;
    private final Set<String> numbers = new HashSet<>();
    /** Office numbers the caller chose, taken in order (居宅 first) before any is drawn. */
    private final List<String> given;

    Population(GeneratorConfig config) {
        this(config, List.of());
    }

    /** A world whose first offices (居宅 first, then service offices) have the {@code given} numbers. */
    Population(GeneratorConfig config, List<String> given) {
        this.given = new ArrayList<>(given);
        this.random = new Random(config.seed());
        this.month = config.month();
        for (int i = 0; i < config.careOffices(); i++) {
            careOffices.add(office("43", Places.any(random), i));
        }
        for (int i = 0; i < config.serviceOffices(); i++) {
            String kind = ServiceCatalog.KINDS.get(i % ServiceCatalog.KINDS.size());
            serviceOffices.add(office(kind, careOffices.get(i % careOffices.size()).prefecture(), i));
        }
        for (int i = 0; i < config.users(); i++) {
            users.add(user(careOffices.get(i % careOffices.size())));
        }
    }

    private Office office(String kind, Places.Prefecture prefecture, int index) {
        String number = given.isEmpty() ? null : given.remove(0);
        while (number == null || !numbers.add(number)) {
            number = prefecture.code() + "7" + Places.digits(random, 7);
        }
        String stem = STEMS.get((index * 7 + random.nextInt(STEMS.size())) % STEMS.size());
        List<PersonNames.Name> staff = new ArrayList<>();
        if (kind.equals("43")) {
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                staff.add(PersonNames.younger(random));
            }
        }
        return new Office(number, kind, ServiceCatalog.officeName(kind, stem), prefecture,
                Places.postalCode(prefecture, random), Places.street(prefecture, random),
                Places.landline(prefecture, random), List.copyOf(staff));
    }

    /** A further user of {@code careOffice}, drawn from the same random sequence but not added to {@link #users}. */
    User user(Office careOffice) {
        Places.Prefecture p = careOffice.prefecture();
        boolean female = random.nextInt(10) < 6;
        PersonNames.Name name = PersonNames.elder(random, female);
        String level = CARE_LEVELS[random.nextInt(CARE_LEVELS.length)];
        LocalDate first = month.atDay(1);
        LocalDate validFrom = first.minusMonths(2 + random.nextInt(9)).withDayOfMonth(1);
        LocalDate planDate = first.minusMonths(1).withDayOfMonth(18 + random.nextInt(8));
        LocalDate firstPlan = random.nextInt(4) == 0 ? planDate : planDate.minusMonths(3 + random.nextInt(30));
        String relation = RELATIONS.get(random.nextInt(RELATIONS.size()));
        String phone = random.nextInt(3) == 0 ? Places.mobile(random) : Places.landline(p, random);
        List<Booking> bookings = new ArrayList<>();
        List<Rental> rentals = new ArrayList<>();
        book(p, level, bookings, rentals);
        return new User(insurer(p), insured(), name, female, first.minusYears(70 + random.nextInt(28))
                .withDayOfYear(1 + random.nextInt(365)), Places.postalCode(p, random), Places.street(p, random),
                Places.building(random), phone, level, validFrom.plusDays(20 + random.nextInt(10)), validFrom,
                validFrom.plusMonths(random.nextBoolean() ? 12 : 24).minusDays(1), firstPlan, planDate, careOffice,
                careOffice.careManagers().get(random.nextInt(careOffice.careManagers().size())),
                PersonNames.child(random, name, relation.contains("女") || relation.endsWith("妻")), relation,
                random.nextInt(10) < 8 ? 90 : random.nextBoolean() ? 80 : 70, List.copyOf(bookings),
                List.copyOf(rentals));
    }

    /** Books one to three kinds at offices near the user, keeping the month within the 区分支給限度基準額. */
    private void book(Places.Prefecture p, String level, List<Booking> bookings, List<Rental> rentals) {
        List<String> kinds = serviceOffices.stream().map(Office::kind).distinct().collect(Collectors.toList());
        Collections.shuffle(kinds, random);
        List<DayOfWeek> free = new ArrayList<>(WORKDAYS);
        boolean dayService = false;
        for (String kind : kinds.subList(0, Math.min(kinds.size(), 1 + random.nextInt(3)))) {
            Office office = near(kind, p);
            if (kind.equals("17")) {
                rent(office, level, rentals);
            } else if (!ServiceCatalog.dayService(kind) || !dayService) {
                dayService |= ServiceCatalog.dayService(kind);
                bookings.add(booking(office, level, free));
            }
        }
        while (bookings.size() > 1 && MonthPlan.units(month, bookings, rentals) > ServiceCatalog.limit(level)) {
            bookings.remove(bookings.size() - 1);
        }
    }

    private Booking booking(Office office, String level, List<DayOfWeek> free) {
        String kind = office.kind();
        List<DayOfWeek> days = weekdays(kind, free.isEmpty() ? WORKDAYS : free);
        if (ServiceCatalog.dayService(kind)) {
            free.removeAll(days);
        }
        return new Booking(office, ServiceCatalog.service(kind, level, random.nextInt(3)),
                ServiceCatalog.bathing(kind), days, startTime(kind));
    }

    /** Two or three visits of 訪問介護 a week, two days of a day service, one visit of the others. */
    private List<DayOfWeek> weekdays(String kind, List<DayOfWeek> allowed) {
        int perWeek = switch (kind) {
            case "11" -> 2 + random.nextInt(2);
            case "15", "16", "78" -> 2;
            default -> 1;
        };
        List<DayOfWeek> days = new ArrayList<>(allowed);
        Collections.shuffle(days, random);
        days = new ArrayList<>(days.subList(0, Math.min(perWeek, days.size())));
        Collections.sort(days);
        return List.copyOf(days);
    }

    private LocalTime startTime(String kind) {
        return switch (kind) {
            case "11" -> random.nextBoolean() ? LocalTime.of(9, 0) : LocalTime.of(16, 0);
            case "13" -> random.nextBoolean() ? LocalTime.of(10, 30) : LocalTime.of(14, 0);
            case "14" -> LocalTime.of(11, 30);
            default -> LocalTime.of(9, 15);
        };
    }

    private static void rent(Office office, String level, List<Rental> rentals) {
        List<ServiceCatalog.Product> products = ServiceCatalog.rentals(level);
        for (int i = 0; i < products.size(); i++) {
            ServiceCatalog.Product product = products.get(i);
            int detailNo = 1 + (int) products.subList(0, i).stream().filter(q -> q.service().code().equals(
                    product.service().code())).count();
            rentals.add(new Rental(office, product, detailNo));
        }
    }

    private Office near(String kind, Places.Prefecture p) {
        List<Office> candidates = serviceOffices.stream().filter(o -> o.kind().equals(kind)).toList();
        List<Office> local = candidates.stream().filter(o -> o.prefecture().equals(p)).toList();
        List<Office> pool = local.isEmpty() ? candidates : local;
        return pool.get(random.nextInt(pool.size()));
    }

    /** 保険者番号: the prefecture code, one of three municipalities, and a check digit. */
    private String insurer(Places.Prefecture p) {
        return p.code() + "0" + (1 + random.nextInt(3)) + "0" + random.nextInt(10);
    }

    private String insured() {
        String number;
        do {
            number = "00" + Places.digits(random, 8);
        } while (!numbers.add(number));
        return number;
    }
}
