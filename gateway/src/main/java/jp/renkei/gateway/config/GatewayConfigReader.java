package jp.renkei.gateway.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import jp.renkei.gateway.metering.MeteringConfig;
import jp.renkei.gateway.notify.NotifyConfig;
import jp.renkei.gateway.store.DatabaseUrl;
import jp.renkei.gateway.store.StoreConfig;

/**
 * Reads a Java properties file (UTF-8) into a {@link GatewayConfig}. Every key is optional except {@code data.dir};
 * every problem (unknown key, bad number, out of range) is collected and reported together.
 */
public final class GatewayConfigReader {

    /** Every key understood, in the order of the settings table in {@code docs/operations.md}. */
    public static final List<String> KEYS = List.of(
            "data.dir", "server.host", "server.port", "server.host-names", "server.boss-threads",
            "server.worker-threads", "server.max-connections", "server.openssl",
            "http.max-initial-line-bytes", "http.max-header-bytes", "http.max-body-bytes",
            "http.request-timeout-seconds", "http.idle-timeout-seconds",
            "db.threads", "db.queue",
            "management.enabled", "management.host", "management.port",
            "ca.validity-days", "ca.server-validity-days", "ca.client-validity-days",
            "store.url", "store.retention-days", "store.key-file", "store.retired-key-files",
            "notify.heartbeat-seconds", "notify.retry-base-seconds", "notify.retry-cap-seconds",
            "notify.retry-attempts", "notify.webhook-timeout-seconds", "notify.webhook-threads",
            "notify.webhook-per-office", "notify.webhook-private-addresses", "notify.document-expiring-days",
            "metering.reference-users", "metering.hours-before", "metering.hours-after",
            "metering.travel-minutes-car", "metering.travel-minutes-transit", "metering.yen-per-month",
            "metering.labour-yen-per-month");

    private final Properties properties;
    private final List<String> problems = new ArrayList<>();

    private GatewayConfigReader(Properties properties) {
        this.properties = properties;
    }

    public static GatewayConfig read(Path file) throws IOException, InvalidConfigurationException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return read(properties);
    }

    public static GatewayConfig read(Properties properties) throws InvalidConfigurationException {
        GatewayConfigReader reader = new GatewayConfigReader(properties);
        GatewayConfig config = reader.config();
        if (!reader.problems.isEmpty()) {
            throw new InvalidConfigurationException(reader.problems);
        }
        return config;
    }

    private GatewayConfig config() {
        unknownKeys();
        Path dataDir = path("data.dir");
        GatewayConfig d = GatewayConfig.defaults(dataDir == null ? Path.of(".") : dataDir);
        DbConfig db = db(d.db());
        return new GatewayConfig(d.dataDir(), server(d.server()), http(d.http()), db,
                management(d.management()), ca(d.ca()), store(d.store(), db.threads()), notify(d.notifications()),
                metering(d.metering()));
    }

    private ServerConfig server(ServerConfig d) {
        return new ServerConfig(
                text("server.host", d.host()),
                integer("server.port", d.port(), 0, 65535),
                list("server.host-names"),
                integer("server.boss-threads", d.bossThreads(), 1, 16),
                integer("server.worker-threads", d.workerThreads(), 0, 1024),
                integer("server.max-connections", d.maxConnections(), 1, 1_000_000),
                bool("server.openssl", d.preferOpenSsl()));
    }

    private HttpLimits http(HttpLimits d) {
        return new HttpLimits(
                integer("http.max-initial-line-bytes", d.maxInitialLineLength(), 256, 65536),
                integer("http.max-header-bytes", d.maxHeaderSize(), 1024, 1024 * 1024),
                integer("http.max-body-bytes", d.maxBodyBytes(), 1024, 1024 * 1024 * 1024),
                seconds("http.request-timeout-seconds", d.requestTimeout(), 1, 3600),
                seconds("http.idle-timeout-seconds", d.idleTimeout(), 1, 86400));
    }

    private DbConfig db(DbConfig d) {
        return new DbConfig(integer("db.threads", d.threads(), 1, 64), integer("db.queue", d.queue(), 0, 100_000));
    }

    private ManagementConfig management(ManagementConfig d) {
        return new ManagementConfig(bool("management.enabled", d.enabled()), text("management.host", d.host()),
                integer("management.port", d.port(), 0, 65535));
    }

    private CaConfig ca(CaConfig d) {
        return new CaConfig(days("ca.validity-days", d.caValidity(), 365, 36500),
                days("ca.server-validity-days", d.serverValidity(), 1, 3650),
                days("ca.client-validity-days", d.clientValidity(), 1, 3650));
    }

    private StoreConfig store(StoreConfig d, int readers) {
        String key = raw("store.key-file");
        List<Path> retired = list("store.retired-key-files").stream().map(Path::of).toList();
        return GatewayConfig.storeDefaults(d.dataDirectory(), readers)
                .withKeys(key == null ? d.keyFile() : Path.of(key), retired)
                .withRetention(days("store.retention-days", d.retention(), 1, 36500))
                .withUrl(url("store.url"));
    }

    private NotifyConfig notify(NotifyConfig d) {
        Duration timeout = seconds("notify.webhook-timeout-seconds", d.requestTimeout(), 1, 600);
        return new NotifyConfig(seconds("notify.heartbeat-seconds", d.heartbeat(), 1, 3600),
                d.slowConsumerTimeout(),
                seconds("notify.retry-base-seconds", d.retryBase(), 1, 86400),
                seconds("notify.retry-cap-seconds", d.retryCap(), 1, 86400),
                integer("notify.retry-attempts", d.maxAttempts(), 1, 1000),
                d.connectTimeout(), timeout,
                integer("notify.webhook-threads", d.webhookThreads(), 1, 256),
                integer("notify.webhook-per-office", d.perOfficeConcurrency(), 1, 64),
                d.pollInterval(),
                integer("notify.document-expiring-days", d.documentExpiringDays(), 1, 3650),
                d.certificateWarningDays(), d.noticeInterval(),
                bool("notify.webhook-private-addresses", d.privateWebhookAddresses()));
    }

    /** The savings model's parameters; their cross-checks (hoursAfter <= hoursBefore, ...) are reported too. */
    private MeteringConfig metering(MeteringConfig d) {
        double[] v = {
            decimal("metering.reference-users", d.referenceUsers()),
            decimal("metering.hours-before", d.hoursBefore()),
            decimal("metering.hours-after", d.hoursAfter()),
            decimal("metering.travel-minutes-car", d.travelMinutesCar()),
            decimal("metering.travel-minutes-transit", d.travelMinutesTransit()),
            decimal("metering.yen-per-month", d.yenPerMonth()),
            decimal("metering.labour-yen-per-month", d.labourYenPerMonth())};
        try {
            return new MeteringConfig(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
        } catch (IllegalArgumentException e) {
            problems.add("metering: " + e.getMessage());
            return d;
        }
    }

    private double decimal(String key, double fallback) {
        String value = raw(key);
        if (value == null) {
            return fallback;
        }
        try {
            double parsed = Double.parseDouble(value);
            if (parsed >= 0 && parsed < 1e12) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(key + ": must be a number from 0 to 1e12, not " + value);
        return fallback;
    }

    private void unknownKeys() {
        Set<String> unknown = new TreeSet<>(properties.stringPropertyNames());
        KEYS.forEach(unknown::remove);
        unknown.forEach(key -> problems.add(key + ": unknown setting"));
    }

    private Optional<DatabaseUrl> url(String key) {
        String value = raw(key);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(DatabaseUrl.parse(value));
        } catch (IllegalArgumentException e) {
            problems.add(key + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private String raw(String key) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String text(String key, String fallback) {
        String value = raw(key);
        return value == null ? fallback : value;
    }

    private Path path(String key) {
        String value = raw(key);
        if (value == null) {
            problems.add(key + ": required (the directory holding the store and the CA)");
            return null;
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            problems.add(key + ": not a path: " + value);
            return null;
        }
    }

    private List<String> list(String key) {
        String value = raw(key);
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private boolean bool(String key, boolean fallback) {
        String value = raw(key);
        if (value == null) {
            return fallback;
        }
        if (!value.equals("true") && !value.equals("false")) {
            problems.add(key + ": must be true or false, not " + value);
            return fallback;
        }
        return Boolean.parseBoolean(value);
    }

    private int integer(String key, int fallback, int min, int max) {
        String value = raw(key);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        problems.add(key + ": must be an integer from " + min + " to " + max + ", not " + value);
        return fallback;
    }

    private Duration seconds(String key, Duration fallback, int min, int max) {
        return Duration.ofSeconds(integer(key, (int) fallback.toSeconds(), min, max));
    }

    private Duration days(String key, Duration fallback, int min, int max) {
        return Duration.ofDays(integer(key, (int) fallback.toDays(), min, max));
    }
}
