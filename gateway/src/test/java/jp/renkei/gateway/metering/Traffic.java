package jp.renkei.gateway.metering;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.renkei.gateway.mailbox.Document;
import jp.renkei.gateway.mailbox.Office;
import jp.renkei.gateway.mailbox.UploadOutcome;
import jp.renkei.gateway.store.JdbcStore;
import jp.renkei.gateway.store.MovableClock;
import jp.renkei.gateway.store.StoreConfig;
import jp.renkei.protocol.CsvVersion;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.generate.CareplanGenerator;
import jp.renkei.protocol.generate.GeneratedFile;
import jp.renkei.protocol.generate.GeneratorConfig;
import jp.renkei.protocol.generate.SendingUnit;
import jp.renkei.protocol.generate.UnitType;
import jp.renkei.protocol.validate.Finding;
import jp.renkei.protocol.validate.Validator;

/**
 * A month of generated traffic through a real store with a clock the test moves, and the test's own count of what
 * should be metered, made from the files and the outcomes (a naive CSV split, plain maps), not by the metering code.
 * Uploads start on 1 May 2025 09:00 JST, so every activity month is 202505, as is every file's service month.
 */
final class Traffic implements AutoCloseable {

    static final YearMonth MONTH = YearMonth.of(2025, 5);
    static final Charset MS932 = Charset.forName("windows-31j");
    static final String[] AGENTS = {"KaigoSoft/4.2", "CareLink Desktop/1.0"};

    final MovableClock clock = new MovableClock(Instant.parse("2025-05-01T00:00:00Z"));
    final JdbcStore store;
    final List<SendingUnit> units;
    final Map<String, Office> offices = new TreeMap<>();
    final Expected expected = new Expected();
    private final List<Document> accepted = new ArrayList<>();

    /** What the test expects per office, counted by hand. */
    static final class Expected {
        final Map<String, Long> sent = new HashMap<>();
        final Map<String, Long> received = new HashMap<>();
        final Map<String, Long> bytesSent = new HashMap<>();
        final Map<String, Long> bytesReceived = new HashMap<>();
        final Map<String, Map<String, Long>> kindsSent = new HashMap<>();
        final Map<String, Set<String>> partners = new HashMap<>();
        final Map<String, Set<String>> careUsers = new HashMap<>();
        final Map<String, Set<String>> serviceUsers = new HashMap<>();
        final Map<String, Long> uploads = new HashMap<>();
        final Map<String, Long> rejected = new HashMap<>();
        final Map<String, Map<String, Long>> rules = new HashMap<>();
        final Map<String, Map<String, long[]>> software = new HashMap<>();
        final Map<String, List<Long>> toDownload = new HashMap<>();
        final Map<String, List<Long>> toReceipt = new HashMap<>();
        final Map<String, Long> refused = new HashMap<>();
        final Map<String, Instant> firstLinkage = new HashMap<>();
    }

    Traffic(Path dir, int careOffices, int serviceOffices, int users, long seed) {
        this(StoreConfig.defaults(dir), careOffices, serviceOffices, users, seed);
    }

    Traffic(StoreConfig store, int careOffices, int serviceOffices, int users, long seed) {
        this.store = JdbcStore.open(store, clock);
        this.units = new CareplanGenerator(new GeneratorConfig(careOffices, serviceOffices, users, MONTH, seed,
                CsvVersion.V202407)).generate();
        register();
    }

    /** Every office of the units; 居宅 deliver by car, service offices alternately by transit and not at all. */
    private void register() {
        for (SendingUnit u : units) {
            offices.computeIfAbsent(u.sender(), n -> office(n, u.senderKind(), offices.size()));
            offices.computeIfAbsent(u.recipient(), n -> office(n, u.recipientKind(), offices.size()));
        }
        offices.values().forEach(store.registry()::registerOffice);
    }

    private Office office(String number, String kind, int index) {
        String mode = kind.equals("43") ? "car" : index % 2 == 0 ? "transit" : "none";
        return new Office(number, "事業所 " + number, List.of(kind), mode, clock.instant().minusSeconds(86_400));
    }

    /** Uploads every unit as a set, a minute apart, alternating the sending software. */
    void uploadAll() {
        for (int i = 0; i < units.size(); i++) {
            upload(units.get(i).sender(), units.get(i).files(), AGENTS[i % 2]);
            clock.advance(Duration.ofMinutes(1));
        }
    }

    /** Uploads files as one set and counts what it should meter; returns the outcome. */
    UploadOutcome upload(String sender, List<GeneratedFile> files, String agent) {
        List<Validator.Named> named = files.stream().map(f -> new Validator.Named(f.name(), f.content())).toList();
        UploadOutcome outcome = store.exchange().uploadSet(sender, named, agent);
        if (outcome instanceof UploadOutcome.Created created) {
            attempt(sender, agent, false);
            for (int i = 0; i < files.size(); i++) {
                count(sender, files.get(i), created.documents().get(i));
            }
        } else if (outcome instanceof UploadOutcome.Invalid invalid) {
            attempt(sender, agent, true);
            Set<String> ruleIds = new TreeSet<>();
            invalid.report().files().forEach(f -> f.findings().stream().filter(Finding::isError)
                    .forEach(x -> ruleIds.add(x.rule().id())));
            invalid.report().units().forEach(u -> u.findings().stream().filter(Finding::isError)
                    .forEach(x -> ruleIds.add(x.rule().id())));
            ruleIds.forEach(r -> expected.rules.computeIfAbsent(sender, k -> new TreeMap<>()).merge(r, 1L, Long::sum));
        } else if (outcome instanceof UploadOutcome.Conflict) {
            attempt(sender, agent, true);
            expected.rules.computeIfAbsent(sender, k -> new TreeMap<>()).merge("conflict", 1L, Long::sum);
        }
        return outcome;
    }

    private void attempt(String office, String agent, boolean refused) {
        expected.uploads.merge(office, 1L, Long::sum);
        long[] counts = expected.software.computeIfAbsent(office, k -> new TreeMap<>())
                .computeIfAbsent(agent, k -> new long[2]);
        counts[0]++;
        if (refused) {
            expected.rejected.merge(office, 1L, Long::sum);
            counts[1]++;
        }
    }

    private void count(String sender, GeneratedFile file, Document d) {
        accepted.add(d);
        String recipient = d.recipient();
        String kind = FileKind.matchPrefix(file.name()).orElseThrow().prefix();
        long size = file.content().length;
        expected.sent.merge(sender, 1L, Long::sum);
        expected.received.merge(recipient, 1L, Long::sum);
        expected.bytesSent.merge(sender, size, Long::sum);
        expected.bytesReceived.merge(recipient, size, Long::sum);
        expected.kindsSent.computeIfAbsent(sender, k -> new TreeMap<>()).merge(kind, 1L, Long::sum);
        expected.partners.computeIfAbsent(sender, k -> new TreeSet<>()).add(recipient);
        expected.partners.computeIfAbsent(recipient, k -> new TreeSet<>()).add(sender);
        expected.firstLinkage.putIfAbsent(sender, clock.instant());
        expected.firstLinkage.putIfAbsent(recipient, clock.instant());
        if (kind.equals("UPPLAN")) {
            users(file).forEach(u -> {
                expected.careUsers.computeIfAbsent(sender, k -> new TreeSet<>()).add(u);
                expected.serviceUsers.computeIfAbsent(recipient, k -> new TreeSet<>()).add(u);
            });
        } else if (kind.equals("UPJSK")) {
            users(file).forEach(u -> expected.serviceUsers.computeIfAbsent(sender, k -> new TreeSet<>()).add(u));
        }
    }

    /**
     * Recipients download every accepted document, each after its own delay; then import every third document,
     * refuse every seventh and leave the rest, again after their own delays. Elapsed times are counted here.
     */
    void downloadAndReceipt() {
        for (int i = 0; i < accepted.size(); i++) {
            Document d = accepted.get(i);
            Instant at = d.createdAt().plusSeconds(30L + 97L * (i % 23) + 3_600L * (i % 5));
            clock.set(at);
            store.exchange().content(d.recipient(), d.id()).orElseThrow();
            expected.toDownload.computeIfAbsent(d.sender(), k -> new ArrayList<>()).add(at.toEpochMilli()
                    - d.createdAt().toEpochMilli());
            if (i % 3 == 0 || i % 7 == 0) {
                clock.set(at.plusSeconds(600L + 1_800L * (i % 11)));
                boolean imported = i % 3 == 0;
                store.exchange().receipt(d.recipient(), d.id(), imported, imported ? null : "format not supported");
                if (imported) {
                    expected.toReceipt.computeIfAbsent(d.sender(), k -> new ArrayList<>())
                            .add(clock.instant().toEpochMilli() - d.createdAt().toEpochMilli());
                } else {
                    expected.refused.merge(d.sender(), 1L, Long::sum);
                }
            }
        }
    }

    /** The units of one type. */
    List<SendingUnit> units(UnitType type) {
        return units.stream().filter(u -> u.type() == type).toList();
    }

    /** The distinct "保険者番号/被保険者番号" of a 予定 or 実績 file, read with a plain split of each line. */
    static Set<String> users(GeneratedFile file) {
        Set<String> users = new TreeSet<>();
        for (String line : new String(file.content(), MS932).split("\r\n")) {
            if (!line.isEmpty()) {
                List<String> fields = fields(line);
                users.add(fields.get(1) + "/" + fields.get(2));
            }
        }
        return users;
    }

    /** A minimal quoted-CSV field split (the standard quotes every field; quotes inside are doubled). */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** The nearest-rank quantile of exact elapsed times, in seconds. */
    static double quantile(List<Long> millis, double q) {
        List<Long> sorted = millis.stream().sorted().toList();
        int rank = (int) Math.max(1, Math.ceil(q * sorted.size()));
        return sorted.get(rank - 1) / 1000.0;
    }

    @Override
    public void close() {
        store.close();
    }

}
