package jp.renkei.gateway.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import jp.renkei.gateway.metering.MeteringConfig;
import jp.renkei.gateway.notify.NotifyConfig;
import jp.renkei.gateway.store.StoreConfig;

/**
 * Every setting of one gateway, immutable once read. {@link GatewayConfigReader} builds it from a properties file;
 * {@link #defaults(Path)} gives the documented defaults (used by {@code demo}).
 *
 * @param dataDir holds the store, the CA and the server certificate
 * @param store the store's own settings (its directory is {@code dataDir}; a PostgreSQL URL when shared)
 * @param notifications event streams, webhooks and time-based notices
 * @param metering the savings model's parameters
 */
public record GatewayConfig(
        Path dataDir,
        ServerConfig server,
        HttpLimits http,
        DbConfig db,
        ManagementConfig management,
        CaConfig ca,
        StoreConfig store,
        NotifyConfig notifications,
        MeteringConfig metering) {

    public GatewayConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(metering, "metering");
    }

    /**
     * The {@code db} executor's threads by default. Each writing thread waits for its group commit, so this is also
     * the most uploads one commit (one fsync) can carry.
     */
    static final int DB_THREADS = 32;

    /** The defaults of every setting, as documented in {@code docs/operations.md}. */
    public static GatewayConfig defaults(Path dataDir) {
        return new GatewayConfig(
                dataDir,
                new ServerConfig("0.0.0.0", 8443, List.of(), 1, 0, 10_000, true),
                new HttpLimits(4096, 16 * 1024, HttpLimits.DEFAULT_MAX_BODY_BYTES,
                        Duration.ofSeconds(30), Duration.ofSeconds(120)),
                new DbConfig(DB_THREADS, 256),
                new ManagementConfig(true, "127.0.0.1", 9090),
                new CaConfig(Duration.ofDays(3650), Duration.ofDays(825), Duration.ofDays(397)),
                storeDefaults(dataDir, DB_THREADS),
                NotifyConfig.defaults(),
                MeteringConfig.defaults());
    }

    /** The store's defaults with one read connection per {@code db} thread, so no thread waits for one. */
    static StoreConfig storeDefaults(Path dataDir, int readers) {
        return StoreConfig.defaults(dataDir).withReadConnections(readers);
    }

    public GatewayConfig withStore(StoreConfig value) {
        return new GatewayConfig(dataDir, server, http, db, management, ca, value, notifications, metering);
    }

    public GatewayConfig withServer(ServerConfig value) {
        return new GatewayConfig(dataDir, value, http, db, management, ca, store, notifications, metering);
    }

    public GatewayConfig withHttp(HttpLimits value) {
        return new GatewayConfig(dataDir, server, value, db, management, ca, store, notifications, metering);
    }

    public GatewayConfig withManagement(ManagementConfig value) {
        return new GatewayConfig(dataDir, server, http, db, value, ca, store, notifications, metering);
    }

    public GatewayConfig withNotifications(NotifyConfig value) {
        return new GatewayConfig(dataDir, server, http, db, management, ca, store, value, metering);
    }

    public GatewayConfig withCa(CaConfig value) {
        return new GatewayConfig(dataDir, server, http, db, management, value, store, notifications, metering);
    }

    public GatewayConfig withMetering(MeteringConfig value) {
        return new GatewayConfig(dataDir, server, http, db, management, ca, store, notifications, value);
    }
}
