package jp.renkei.gateway.metering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Set;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.name.FileName;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roll-ups against the real schema on SQLite. Their memory of committed distinct rows (users, partners, first
 * linkages) saves those inserts once a transaction that wrote them committed, and never before, so a rolled-back
 * upload's users are still counted by the next one. Inside a writer's batch, driven as the store's writer drives it (a
 * savepoint per request, the hook calls between), counters are summed and written once before the commit, a failed
 * request's counters are dropped with its savepoint, and the thresholds (an office becoming active, reaching five
 * partners) are found from the sums.
 */
class RollupsTest {

    private static final Instant AT = Instant.parse("2025-05-10T01:00:00Z");
    private static final String CARE = "1310000043";
    private static final FileName PLAN = FileName.v4(FileKind.UPPLAN, "202505", "1310000043", "43", "1310000011",
            "11", "20250501090000");
    private static final Linkage USERS = new Linkage(FileKind.UPPLAN, "202505", Set.of(
            new Linkage.User("131001", "0000000001"), new Linkage.User("131001", "0000000002")));

    @TempDir
    Path dir;
    private Connection c;
    private final Rollups rollups = new Rollups();

    @BeforeEach
    void open() throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve("m.db");
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/sqlite").load().migrate();
        c = DriverManager.getConnection(url);
        c.setAutoCommit(false);
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void aRolledBackUploadLeavesItsUsersToBeCountedByTheNext() throws SQLException {
        Tally rolledBack = new Tally();
        rollups.accepted(c, PLAN, 100, USERS, AT, rolledBack);
        c.rollback();
        // the store does not hand a tally over when its transaction rolled back
        assertThat(linked(rolledBack)).isEqualTo(4);

        Tally committed = accept();
        assertThat(linked(committed)).isEqualTo(4);
        assertThat(careUsers()).isEqualTo(2);
        assertThat(partners("1310000043")).isEqualTo(1);
    }

    @Test
    void onceCommittedTheSameUsersAndPartnersAreNotInsertedAgainAndStillCountOnce() throws SQLException {
        Tally first = accept();
        assertThat(first.confirmed()).hasSize(2 + 2 + 2 + 2);  // partner and first linkage per side, 2 users × 2 roles

        Tally again = accept();
        assertThat(again.confirmed()).isEmpty();
        assertThat(linked(again)).isZero();
        assertThat(careUsers()).isEqualTo(2);
        assertThat(partners("1310000043")).isEqualTo(1);
        assertThat(documentsSent()).isEqualTo(2);

        Linkage third = new Linkage(FileKind.UPPLAN, "202505", Set.of(new Linkage.User("131001", "0000000001"),
                new Linkage.User("131001", "0000000003")));
        Tally more = new Tally();
        rollups.accepted(c, PLAN, 100, third, AT, more);
        c.commit();
        rollups.committed(more);
        assertThat(linked(more)).isEqualTo(2);  // only the new user, in both roles
        assertThat(careUsers()).isEqualTo(3);
    }

    @Test
    void aMemoryThatStartedOverOnlyCostsTheInsertsItSaved() throws SQLException {
        KnownRows small = new KnownRows(2);
        small.addAll(java.util.List.of("a", "b"));
        small.addAll(java.util.List.of("c"));
        assertThat(small.contains("c")).isTrue();
        assertThat(small.contains("a")).isFalse();
        // and a forgotten row is found by its insert, not counted again
        accept();
        Rollups fresh = new Rollups();
        Tally again = new Tally();
        fresh.accepted(c, PLAN, 100, USERS, AT, again);
        c.commit();
        assertThat(linked(again)).isZero();
        assertThat(careUsers()).isEqualTo(2);
    }

    @Test
    void aFailedRequestsCountersGoWithItsSavepointAndTheOthersAreWrittenOnce() throws SQLException {
        rollups.batchBegan();
        request(true, "1310000011", "1310000012");
        request(false, "1310000013", "1310000014");
        request(true, "1310000015");
        assertThat(number("SELECT count(*) FROM meter_office_months")).as("nothing written before the commit")
                .isZero();
        rollups.beforeCommit(c);
        c.commit();
        rollups.batchEnded();

        assertThat(number("SELECT documents_sent FROM meter_office_months WHERE office = '" + CARE + "'"))
                .isEqualTo(3);
        assertThat(number("SELECT partners FROM meter_office_months WHERE office = '" + CARE + "'")).isEqualTo(3);
        assertThat(number("SELECT bytes_sent FROM meter_office_months WHERE office = '" + CARE + "'"))
                .isEqualTo(300);
        assertThat(number("SELECT count(*) FROM meter_office_months WHERE office = '1310000013'")).isZero();
        assertThat(number("SELECT documents FROM meter_kinds WHERE office = '" + CARE + "' AND direction = 'sent'"))
                .isEqualTo(3);
        assertThat(number("SELECT sum(active) FROM meter_region_months")).as("the sender and three recipients")
                .isEqualTo(4);
        assertThat(number("SELECT sum(five_partners) FROM meter_region_months")).isZero();
    }

    @Test
    void reachingFivePartnersWithinOneBatchCountsOnceAndTheNextBatchAddsNothing() throws SQLException {
        rollups.batchBegan();
        request(true, "1310000011", "1310000012", "1310000013", "1310000014", "1310000015", "1310000016");
        rollups.beforeCommit(c);
        c.commit();
        rollups.batchEnded();
        // the offices are not registered, so their region rows are filed under role service, delivery mode none
        assertThat(number("SELECT sum(five_partners) FROM meter_region_months")).isEqualTo(1);
        assertThat(number("SELECT sum(active) FROM meter_region_months")).as("the sender and six recipients")
                .isEqualTo(7);

        rollups.batchBegan();
        request(true, "1310000017");
        rollups.beforeCommit(c);
        c.commit();
        rollups.batchEnded();
        assertThat(number("SELECT partners FROM meter_office_months WHERE office = '" + CARE + "'")).isEqualTo(7);
        assertThat(number("SELECT sum(five_partners) FROM meter_region_months")).isEqualTo(1);
        assertThat(number("SELECT sum(active) FROM meter_region_months")).as("one new recipient").isEqualTo(8);
    }

    @Test
    void aBatchThatRolledBackLeavesNothingForTheNext() throws SQLException {
        rollups.batchBegan();
        request(true, "1310000011");
        rollups.beforeCommit(c);
        c.rollback();
        rollups.batchEnded();

        rollups.batchBegan();
        request(true, "1310000012");
        rollups.beforeCommit(c);
        c.commit();
        rollups.batchEnded();
        assertThat(number("SELECT documents_sent FROM meter_office_months WHERE office = '" + CARE + "'"))
                .isEqualTo(1);
        assertThat(number("SELECT count(*) FROM meter_office_months WHERE office = '1310000011'")).isZero();
    }

    /** One writer request: a savepoint, one accepted plan to each recipient, then release or roll back. */
    private void request(boolean succeeds, String... recipients) throws SQLException {
        sql("SAVEPOINT request");
        for (String recipient : recipients) {
            FileName plan = FileName.v4(FileKind.UPPLAN, "202505", CARE, "43", recipient, "11", "20250501090000");
            Linkage users = new Linkage(FileKind.UPPLAN, "202505", Set.of(new Linkage.User("131001", recipient)));
            rollups.accepted(c, plan, 100, users, AT, new Tally());
        }
        if (!succeeds) {
            sql("ROLLBACK TO request");
        }
        sql("RELEASE request");
        rollups.requestEnded(succeeds);
    }

    private void sql(String statement) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private Tally accept() throws SQLException {
        Tally tally = new Tally();
        rollups.accepted(c, PLAN, 100, USERS, AT, tally);
        c.commit();
        rollups.committed(tally);
        return tally;
    }

    private static long linked(Tally tally) {
        return tally.linked().stream().mapToLong(Tally.Linked::users).sum();
    }

    private long careUsers() throws SQLException {
        return number("SELECT care_users FROM meter_office_months WHERE office = '1310000043'");
    }

    private long documentsSent() throws SQLException {
        return number("SELECT documents_sent FROM meter_office_months WHERE office = '1310000043'");
    }

    private long partners(String office) throws SQLException {
        return number("SELECT partners FROM meter_office_months WHERE office = '" + office + "'");
    }

    private long number(String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }
}
