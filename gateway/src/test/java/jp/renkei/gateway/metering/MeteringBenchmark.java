package jp.renkei.gateway.metering;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import jp.renkei.gateway.store.JdbcStore;
import jp.renkei.gateway.store.DatabaseUrl;
import jp.renkei.gateway.store.StoreConfig;

/**
 * The ministry's summary and the per-office CSV export over generated roll-ups: 50,000 offices (one in five a 居宅)
 * spread over 47 prefectures, 12 months each, written straight into the roll-up tables. Not a test: run with
 * {@code java -Xmx128m -cp ... jp.renkei.gateway.metering.MeteringBenchmark DIR [offices [postgresql://...]]}; a
 * store that already holds the generated offices is reused (the third argument puts it on PostgreSQL). Prints the summary's median and worst time over 20 runs, and the CSV export's time,
 * size and the heap in use at its end (a bounded heap proves the export does not hold the file).
 */
final class MeteringBenchmark {

    private static final YearMonth FIRST = YearMonth.of(2025, 1);
    private static final int MONTHS = 12;
    private static final String[] AGENTS = {"KaigoSoft/4.2", "CareLink Desktop/1.0", "HomeCare Cloud/7", ""};
    private static final String[] RULES = {"ITEM-001", "CSV-003", "NAME-004", "T6-005", "conflict"};

    private MeteringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/metering-bench");
        int offices = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        Optional<DatabaseUrl> url = args.length > 2 ? Optional.of(DatabaseUrl.parse(args[2])) : Optional.empty();
        try (JdbcStore store = JdbcStore.open(StoreConfig.defaults(dir).withUrl(url), Clock.systemUTC())) {
            boolean fresh = store.registry().offices().isEmpty();
            if (fresh) {
                long start = System.nanoTime();
                generate(store, offices);
                // statistics, as the database's own maintenance would have gathered them over months of traffic
                store.transactions().write(c -> c.createStatement().execute("ANALYZE"));
                System.out.printf("generated %d offices x %d months in %.1f s%n", offices, MONTHS,
                        (System.nanoTime() - start) / 1e9);
            }
            Metering metering = new Metering(store.transactions(), MeteringConfig.defaults());
            YearMonth month = FIRST.plusMonths(MONTHS - 1);
            summary(metering, month);
            csv(metering, month);
        }
    }

    private static void summary(Metering metering, YearMonth month) {
        for (int i = 0; i < 3; i++) {
            metering.summary(month);
        }
        List<Double> times = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            size = metering.summary(month).toString().length();
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(Double::compare);
        System.out.printf("summary %s: median %.1f ms, worst %.1f ms (%d characters of JSON)%n", month,
                times.get(times.size() / 2), times.get(times.size() - 1), size);
    }

    private static void csv(Metering metering, YearMonth month) {
        for (int run = 0; run < 2; run++) {
            long start = System.nanoTime();
            OfficesCsv csv = metering.officesCsv(month);
            long bytes = 0;
            long chunks = 0;
            for (byte[] chunk = csv.next(); chunk != null; chunk = csv.next()) {
                bytes += chunk.length;
                chunks++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf("offices.csv %s: %.2f s, %d chunks, %.1f MB; heap in use %.0f MB of max %.0f MB%n",
                    month, seconds, chunks, bytes / 1e6, heap / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        }
    }

    /** Offices and their roll-ups, one month per write transaction. */
    private static void generate(JdbcStore store, int offices) {
        List<String> numbers = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < offices; i++) {
            numbers.add(String.format("%02d%08d", 1 + i % 47, i));
        }
        store.transactions().write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO offices (number, name, kinds, delivery_mode,"
                    + " registered_at) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < numbers.size(); i++) {
                    s.setString(1, numbers.get(i));
                    s.setString(2, "事業所 " + i);
                    s.setString(3, i % 5 == 0 ? "43" : i % 5 == 1 ? "11,15" : "13");
                    s.setString(4, new String[] {"none", "car", "transit"}[i % 3]);
                    s.setLong(5, Instant.parse("2024-12-01T00:00:00Z").toEpochMilli());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
        for (int m = 0; m < MONTHS; m++) {
            String month = Metering.code(FIRST.plusMonths(m));
            store.transactions().write(c -> {
                Month rows = new Month(c, month);
                for (int i = 0; i < numbers.size(); i++) {
                    rows.office(numbers.get(i), i % 5 == 0, random);
                }
                rows.flush();
                regions(c, month);
                return null;
            });
        }
    }

    /**
     * The per-prefecture sums the store keeps as it goes, made here in one statement per table from the generated
     * office rows (the benchmark writes roll-ups directly instead of uploading documents).
     */
    private static void regions(Connection c, String month) throws SQLException {
        String role = "CASE WHEN o.kinds = '43' THEN 'care' ELSE 'service' END";
        String[] statements = {
            "INSERT INTO meter_region_months SELECT m.month, substr(m.office, 1, 2), " + role + ", o.delivery_mode,"
                    + " SUM(CASE WHEN m.documents_sent + m.documents_received > 0 THEN 1 ELSE 0 END),"
                    + " SUM(m.care_users), SUM(m.service_users), SUM(CASE WHEN m.partners >= 5 THEN 1 ELSE 0 END)"
                    + " FROM meter_office_months m JOIN offices o ON o.number = m.office WHERE m.month = ?"
                    + " GROUP BY m.month, substr(m.office, 1, 2), " + role + ", o.delivery_mode",
            "INSERT INTO meter_region_details SELECT month, substr(office, 1, 2), 'kind', kind, SUM(documents)"
                    + " FROM meter_kinds WHERE month = ? AND direction = 'sent' GROUP BY 1, 2, 3, 4",
            "INSERT INTO meter_region_details SELECT month, substr(office, 1, 2), 'uploads', user_agent,"
                    + " SUM(uploads) FROM meter_software WHERE month = ? GROUP BY 1, 2, 3, 4",
            "INSERT INTO meter_region_details SELECT month, substr(office, 1, 2), 'rejected', user_agent,"
                    + " SUM(rejected) FROM meter_software WHERE month = ? GROUP BY 1, 2, 3, 4",
            "INSERT INTO meter_region_details SELECT month, substr(office, 1, 2), 'rule', rule, SUM(uploads)"
                    + " FROM meter_rejections WHERE month = ? GROUP BY 1, 2, 3, 4",
            "INSERT INTO meter_region_details SELECT month, substr(office, 1, 2), 'receipt', CAST(bucket AS TEXT),"
                    + " SUM(samples) FROM meter_latency WHERE month = ? AND measure = 'receipt' GROUP BY 1, 2, 3, 4"};
        for (String sql : statements) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, month);
                s.executeUpdate();
            }
        }
    }

    /** Batched inserts of one month's roll-up rows. */
    private static final class Month {
        private final String month;
        private final PreparedStatement counters;
        private final PreparedStatement kinds;
        private final PreparedStatement software;
        private final PreparedStatement rules;
        private final PreparedStatement latency;

        Month(Connection c, String month) throws SQLException {
            this.month = month;
            counters = c.prepareStatement("INSERT INTO meter_office_months (month, office, documents_sent,"
                    + " documents_received, bytes_sent, bytes_received, uploads, rejected, refused, care_users,"
                    + " service_users, partners) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            kinds = c.prepareStatement("INSERT INTO meter_kinds VALUES (?, ?, ?, ?, ?, ?)");
            software = c.prepareStatement("INSERT INTO meter_software VALUES (?, ?, ?, ?, ?)");
            rules = c.prepareStatement("INSERT INTO meter_rejections VALUES (?, ?, ?, ?)");
            latency = c.prepareStatement("INSERT INTO meter_latency VALUES (?, ?, ?, ?, ?)");
        }

        void office(String office, boolean care, Random random) throws SQLException {
            int users = 20 + random.nextInt(100);
            int sent = care ? 3 * (2 + random.nextInt(8)) : 1 + random.nextInt(8);
            int uploads = sent / (care ? 3 : 1) + random.nextInt(3);
            int rejected = random.nextInt(10) == 0 ? 1 + random.nextInt(2) : 0;
            Object[] values = {month, office, sent, sent * 2L, sent * 6000L, sent * 9000L, uploads + rejected,
                rejected, random.nextInt(3) == 0 ? 1 : 0, care ? users : 0, care ? 0 : users,
                1 + random.nextInt(9)};
            for (int i = 0; i < values.length; i++) {
                counters.setObject(i + 1, values[i]);
            }
            counters.addBatch();
            for (String kind : care ? new String[] {"UPPLAN", "UPSIKYU", "UPHOSOKU", "UP1KYO"}
                    : new String[] {"UPJSK", "UPPLAN", "UPSIKYU", "UPHOSOKU"}) {
                row(kinds, month, office, kind, care || kind.equals("UPJSK") ? "sent" : "received", sent, sent * 5000L);
            }
            String agent = AGENTS[Math.floorMod(office.hashCode(), AGENTS.length)];
            row(software, month, office, agent, uploads + rejected, rejected);
            if (rejected > 0) {
                row(rules, month, office, RULES[random.nextInt(RULES.length)], rejected);
            }
            for (String measure : new String[] {"download", "receipt"}) {
                int from = measure.equals("download") ? 20 + random.nextInt(20) : 40 + random.nextInt(20);
                for (int b = 0; b < 4; b++) {
                    row(latency, month, office, measure, from + 3 * b, 1 + random.nextInt(5));
                }
            }
        }

        private static void row(PreparedStatement s, Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.addBatch();
        }

        void flush() throws SQLException {
            for (PreparedStatement s : List.of(counters, kinds, software, rules, latency)) {
                s.executeBatch();
                s.close();
            }
        }
    }
}
