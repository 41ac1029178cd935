package jp.renkei.gateway.store;

import static jp.renkei.gateway.store.StoreFixture.CARE;
import static jp.renkei.gateway.store.StoreFixture.HOME_HELP;
import static jp.renkei.gateway.store.StoreFixture.plan;
import static jp.renkei.gateway.store.StoreFixture.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import jp.renkei.gateway.mailbox.UploadOutcome;
import org.assertj.core.util.Throwables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only PostgreSQL has: two stores on one schema, as two gateway nodes (what one commits, the other hears and
 * reads), and the server's settings the store does not leave to chance.
 */
class PostgresStoreTest {

    @TempDir
    Path dir;
    StoreFixture fixture;

    @BeforeEach
    void database() {
        fixture = new StoreFixture(dir, TestDatabase.POSTGRESQL);
    }

    @Test
    void aNodeHearsAnotherNodesCommitsOfEventsAndNothingForCommitsWithoutEvents() throws Exception {
        try (JdbcStore a = fixture.open(); JdbcStore b = fixture.open()) {
            StoreFixture.registerOffices(a);
            Semaphore heardByB = new Semaphore(0);
            b.onEventsElsewhere(heardByB::release);
            Thread.sleep(300);  // the listener connection is up (it is opened on a thread of its own)
            heardByB.drainPermits();

            UploadOutcome uploaded = a.exchange().upload(CARE, plan(HOME_HELP, "20250415093012"), valid(), "x");
            assertThat(uploaded).isInstanceOf(UploadOutcome.Created.class);

            assertThat(heardByB.tryAcquire(5, TimeUnit.SECONDS)).as("node B heard node A's commit").isTrue();
            assertThat(b.events(HOME_HELP, 0, 10)).extracting(Event::type).containsExactly("document.arrived");

            a.registry().audit(CARE, "login", "s", "{}");  // a commit without an event
            assertThat(heardByB.tryAcquire(1, TimeUnit.SECONDS)).as("no event, no notification").isFalse();
        }
    }

    @Test
    void aNodeOpensAtMostSixteenReadConnectionsHoweverManyThreadsRead() throws Exception {
        long before;
        try (Connection admin = TestDatabase.connect(DatabaseUrl.parse(TestDatabase.BASE_URL))) {
            before = backendsOfThisSchema(admin);
        }
        try (JdbcStore store = fixture.open(fixture.config().withReadConnections(40))) {
            int readers = 32;
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(readers);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(readers);
            List<java.util.concurrent.Future<Long>> reads = new java.util.ArrayList<>();
            for (int i = 0; i < readers; i++) {
                reads.add(pool.submit(() -> {
                    started.countDown();
                    return store.transactions().read(c -> {
                        try (Statement s = c.createStatement()) {
                            s.execute("SELECT pg_sleep(0.3)");
                        }
                        return backendsOfThisSchema(c);
                    });
                }));
            }
            started.await();
            long most = 0;
            for (java.util.concurrent.Future<Long> r : reads) {
                most = Math.max(most, r.get(30, TimeUnit.SECONDS));
            }
            pool.shutdown();
            // every read finished (the threads beyond 16 waited for a connection), and the node never held more than
            // its 16 read connections, 2 write connections and the listener's
            assertThat(most - before).isBetween(2L, (long) PostgresDatabase.MAX_READ_CONNECTIONS + 2 + 1);
        }
    }

    /** Connections of gateway pools now open on the test server (any test's: compared with a count before). */
    private static long backendsOfThisSchema(Connection c) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM"
                + " pg_stat_activity WHERE application_name = 'renkei-gateway' AND datname = current_database()"
                + " AND state IS NOT NULL")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void theSecondNodeOfARaceFindsTheFirstNodesDocument() {
        try (JdbcStore a = fixture.open(); JdbcStore b = fixture.open()) {
            StoreFixture.registerOffices(a);
            UploadOutcome first = a.exchange().upload(CARE, plan(HOME_HELP, "20250415093012"), valid(), "x");
            UploadOutcome second = b.exchange().upload(CARE, plan(HOME_HELP, "20250415093012"), valid(), "x");

            assertThat(second).isInstanceOf(UploadOutcome.Existing.class);
            assertThat(((UploadOutcome.Existing) second).documents().get(0).id())
                    .isEqualTo(((UploadOutcome.Created) first).documents().get(0).id());
            assertThat(b.verifyAudit().intact()).isTrue();
        }
    }

    @Test
    void writesCommitSynchronouslyEvenWhereTheServerDefaultIsAsynchronous() throws Exception {
        String role = "rk_async_" + ProcessHandle.current().pid();
        String schema = role + "_s";
        try (Connection admin = TestDatabase.connect(DatabaseUrl.parse(TestDatabase.BASE_URL));
             Statement s = admin.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("DROP ROLE IF EXISTS " + role);
            s.execute("CREATE ROLE " + role + " LOGIN");
            s.execute("ALTER ROLE " + role + " SET synchronous_commit = off");
            s.execute("CREATE SCHEMA " + schema + " AUTHORIZATION " + role);
        }
        try {
            DatabaseUrl base = DatabaseUrl.parse(TestDatabase.BASE_URL);
            DatabaseUrl asRole = DatabaseUrl.parse(base.toString().replaceFirst("//[^@/]*@", "//")
                    .replaceFirst("postgresql://", "postgresql://" + role + "@") + "?currentSchema=" + schema);
            try (JdbcStore store = JdbcStore.open(StoreConfig.defaults(dir).withUrl(Optional.of(asRole)),
                    fixture.clock)) {
                String inWrites = store.transactions().write(c -> show(c, "synchronous_commit"));
                String inReads = store.transactions().read(c -> show(c, "synchronous_commit"));
                assertThat(inWrites).isEqualTo("on");
                assertThat(inReads).as("the role's default, where nothing is written").isEqualTo("off");
            }
        } finally {
            try (Connection admin = TestDatabase.connect(DatabaseUrl.parse(TestDatabase.BASE_URL));
                 Statement s = admin.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                s.execute("DROP ROLE IF EXISTS " + role);
            }
        }
    }

    @Test
    void aNodeHoldingTheWriteLockTooLongMakesTheOthersFailFastNotQueueForEver() throws Exception {
        StoreConfig impatient = new StoreConfig(dir, dir.resolve("store.key"), List.of(), StoreConfig.DEFAULT_RETENTION,
                2, 256, Duration.ofMillis(500), fixture.config().url());
        try (JdbcStore slow = fixture.open(); JdbcStore other = fixture.open(impatient)) {
            StoreFixture.registerOffices(slow);
            String stalled = slow.transactions().write(c -> show(c, "idle_in_transaction_session_timeout"));
            assertThat(stalled).isEqualTo("30s");
            CountDownLatch holding = new CountDownLatch(1);
            Thread stuck = new Thread(() -> slow.transactions().write(c -> {
                holding.countDown();
                try {
                    Thread.sleep(3000);  // a node that stopped in the middle of its batch, the lock held
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            stuck.start();
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

            long began = System.nanoTime();
            assertThatThrownBy(() -> other.registry().audit(CARE, "login", "s", "{}"))
                    .isInstanceOf(StoreException.class)
                    .hasRootCauseInstanceOf(java.sql.SQLException.class)
                    .satisfies(e -> assertThat(((java.sql.SQLException) Throwables.getRootCause(e)).getSQLState())
                            .isEqualTo("55P03"));
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(3));

            stuck.join();
            other.registry().audit(CARE, "login", "s", "{}");
            assertThat(other.verifyAudit().intact()).isTrue();
        }
    }

    @Test
    void aSingleStatementReadRunsWithoutATransactionAndLeavesNoneOfThatBehind() {
        try (JdbcStore store = fixture.open(fixture.config().withReadConnections(1))) {
            Reads reads = store.reads();
            boolean one = reads.readOne(java.sql.Connection::getAutoCommit);
            boolean whole = reads.read(java.sql.Connection::getAutoCommit);
            String isolation = reads.read(c -> show(c, "transaction_isolation"));

            assertThat(one).isTrue();
            assertThat(whole).as("the same pooled connection, back in a transaction").isFalse();
            assertThat(isolation).isEqualTo("repeatable read");
        }
    }

    private static String show(Connection c, String setting) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW " + setting)) {
            r.next();
            return r.getString(1);
        }
    }
}
