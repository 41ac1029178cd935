package jp.renkei.gateway.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * SQLite reads on one pooled connection: each read, with or without its own transaction, sees what was committed
 * before it began and lets go of its snapshot when it ends (or the WAL could never start over).
 */
class ReadPoolTest {

    @TempDir
    Path dir;
    private Connection writer;
    private ReadPool pool;

    @BeforeEach
    void open() throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve("t.db");
        writer = DriverManager.getConnection(url);
        try (Statement s = writer.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA wal_autocheckpoint = 0");
            s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
        }
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        pool = new ReadPool(List.of(readOnly.createConnection(url)));
    }

    @AfterEach
    void close() throws SQLException {
        pool.close();
        writer.close();
    }

    @Test
    void aSingleStatementReadSeesEachCommitAndHoldsNoSnapshotAfterwards() throws SQLException {
        for (int i = 1; i <= 3; i++) {
            insert(i);
            assertThat(pool.readOne(ReadPoolTest::count)).isEqualTo(i);
            assertThat(checkpointCompletes()).as("no snapshot held after read %d", i).isTrue();
        }
    }

    @Test
    void aTransactionSeesOneSnapshotAndHoldsNoneAfterwards() throws SQLException {
        insert(1);
        List<Integer> seen = pool.read(c -> {
            int before = count(c);
            insert(2); // committed by the writer while the read is under way
            return List.of(before, count(c));
        });

        assertThat(seen).containsExactly(1, 1);
        assertThat(checkpointCompletes()).isTrue();
        assertThat(pool.read(ReadPoolTest::count)).isEqualTo(2);
    }

    @Test
    void aFailedReadIsReportedAndItsConnectionServesTheNext() throws SQLException {
        insert(1);
        assertThatThrownBy(() -> pool.readOne(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT missing_column FROM t")) {
                return s.executeQuery().next();
            }
        })).isInstanceOf(StoreException.class).hasMessageContaining("no such column: missing_column");

        assertThat(pool.readOne(ReadPoolTest::count)).isEqualTo(1);
        assertThat(checkpointCompletes()).isTrue();
    }

    private void insert(int id) throws SQLException {
        try (PreparedStatement s = writer.prepareStatement("INSERT INTO t (id) VALUES (?)")) {
            s.setInt(1, id);
            s.executeUpdate();
        }
    }

    private static int count(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM t"); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    /** A TRUNCATE checkpoint empties the WAL only when no reader holds a snapshot in it. */
    private boolean checkpointCompletes() throws SQLException {
        try (Statement s = writer.createStatement(); ResultSet r = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            r.next();
            return r.getInt(1) == 0;
        }
    }
}
