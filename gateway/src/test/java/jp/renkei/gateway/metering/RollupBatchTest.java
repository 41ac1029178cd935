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
 * The roll-ups inside a writer's batch, driven as the store's writer drives them (a savepoint per request, the hook
 * calls between): counters are summed and written once before the commit, a failed request's counters are dropped
 * with its savepoint, and the thresholds (an office becoming active, reaching five partners) are found from the sums.
 */
class RollupBatchTest {

    private static final Instant AT = Instant.parse("2025-05-10T01:00:00Z");
    private static final String CARE = "1310000043";

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

    private long number(String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            return r.next() ? r.getLong(1) : 0;
        }
    }
}
