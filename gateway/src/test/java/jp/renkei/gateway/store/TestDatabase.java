package jp.renkei.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the store's contract tests run on. PostgreSQL is the local server named by
 * {@code RENKEI_TEST_POSTGRES} (default {@code postgresql://postgres@127.0.0.1:5432/test}); each test gets a schema
 * of its own, dropped when the JVM exits. Where no server is reachable the PostgreSQL half is skipped with a message
 * saying so, unless {@code RENKEI_REQUIRE_POSTGRES=1} (as in CI), which makes it a failure instead.
 */
public enum TestDatabase {
    SQLITE,
    POSTGRESQL;

    public static final String BASE_URL = Optional.ofNullable(System.getenv("RENKEI_TEST_POSTGRES"))
            .orElse("postgresql://postgres@127.0.0.1:5432/test");
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
    private static volatile String unreachable;
    private static volatile boolean probed;

    /** Whether this database can be used here (PostgreSQL: a server answers at {@link #BASE_URL}). */
    public boolean reachable() {
        return this == SQLITE || probe() == null;
    }

    /** Skips the calling test (or fails it in CI) when this is PostgreSQL and no server answers. */
    public void assumeAvailable() {
        if (this == SQLITE) {
            return;
        }
        String problem = probe();
        if (problem != null && "1".equals(System.getenv("RENKEI_REQUIRE_POSTGRES"))) {
            throw new AssertionError("RENKEI_REQUIRE_POSTGRES=1 but PostgreSQL is not reachable at " + BASE_URL
                    + ": " + problem);
        }
        Assumptions.assumeTrue(problem == null, () -> "PostgreSQL is not reachable at " + BASE_URL + " (" + problem
                + "): the PostgreSQL half of this test is skipped. Start it with pg_ctlcluster, or name another"
                + " server in RENKEI_TEST_POSTGRES.");
    }

    /**
     * The default store settings for {@code dir} on this database: the embedded file, or a fresh PostgreSQL schema
     * (the calling test is skipped, or fails in CI, when no server answers).
     */
    public StoreConfig config(Path dir) {
        assumeAvailable();
        return StoreConfig.defaults(dir).withUrl(this == SQLITE ? Optional.empty() : Optional.of(freshSchema()));
    }

    /** A new, empty schema on the test server, as a store URL ({@code ...?currentSchema=NAME}). */
    public static DatabaseUrl freshSchema() {
        String name = "rk_test_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        execute("DROP SCHEMA IF EXISTS " + name + " CASCADE", "CREATE SCHEMA " + name);
        CREATED.add(name);
        return DatabaseUrl.parse(BASE_URL + (BASE_URL.contains("?") ? "&" : "?") + "currentSchema=" + name);
    }

    /** Plain JDBC on the test server, as an operator's psql would connect. */
    public static Connection connect(DatabaseUrl url) throws SQLException {
        return DriverManager.getConnection(url.jdbcUrl(), url.user().orElse(null), url.password().orElse(null));
    }

    private static synchronized String probe() {
        if (!probed) {
            probed = true;
            try (Connection c = connect(DatabaseUrl.parse(BASE_URL + (BASE_URL.contains("?") ? "&" : "?")
                    + "connectTimeout=3"))) {
                assertThat(c.isValid(3)).isTrue();
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreated));
            } catch (SQLException e) {
                unreachable = e.getMessage();
            }
        }
        return unreachable;
    }

    private static void dropCreated() {
        for (String name : CREATED) {
            try {
                execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            } catch (RuntimeException ignored) {
                // best effort at exit: a later run's schemas have other names
            }
        }
    }

    private static void execute(String... statements) {
        try (Connection c = connect(DatabaseUrl.parse(BASE_URL)); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test schema: " + e.getMessage(), e);
        }
    }
}
