package jp.renkei.gateway.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * The embedded store's database: one SQLite file in WAL mode with {@code synchronous=FULL}, one write connection
 * whose batches begin with {@code BEGIN IMMEDIATE} (the file's write lock, shared with other processes such as an
 * operator's {@code office add}), read-only connections beside it, and a checkpointer.
 */
final class SqliteDatabase {

    /** Bytes the WAL file is cut back to when it starts over (see {@link Checkpointer}). */
    static final long WAL_SIZE_LIMIT = 64L << 20;
    /** The write connection's page cache (the read connections keep SQLite's 2 MB each). */
    static final long WRITER_CACHE_BYTES = 64L << 20;

    private SqliteDatabase() {
    }

    static JdbcStore.Parts open(StoreConfig config) {
        Connection writeConnection = connect(config, false);
        try {
            configureWriter(writeConnection);
            Migrations.apply(dataSource(config, false), "sqlite", null);
            List<Connection> readers = new ArrayList<>();
            for (int i = 0; i < config.readConnections(); i++) {
                readers.add(connect(config, true));
            }
            WriteTurn turn = new WriteTurn();
            Checkpointer checkpointer = new Checkpointer(connect(config, false), 500, "store-checkpoint", turn);
            GroupCommitWriter writer = new GroupCommitWriter(transactor(writeConnection, turn), config.batchLimit(),
                    "store-writer");
            return new JdbcStore.Parts(writer, new ReadPool(readers), List.of(checkpointer), listener -> { });
        } catch (RuntimeException e) {
            closeQuietly(writeConnection);
            throw e;
        }
    }

    /**
     * Batches on {@code connection}, which the transactor then owns (and closes); each batch holds {@code turn} from
     * its {@code BEGIN} to its end.
     */
    static GroupCommitWriter.Transactor transactor(Connection connection, WriteTurn turn) {
        return new Writes(connection, turn);
    }

    /** The one write connection, its statements kept compiled ({@link StatementCache}). */
    private static final class Writes implements GroupCommitWriter.Transactor {
        private final Connection connection;
        private final StatementCache statements;
        private final WriteTurn turn;

        Writes(Connection connection, WriteTurn turn) {
            this.connection = connection;
            this.statements = new StatementCache(connection);
            this.turn = turn;
        }

        @Override
        public Connection begin() throws SQLException {
            turn.take();
            try {
                GroupCommitWriter.sql(statements.connection(), "BEGIN IMMEDIATE");
            } catch (SQLException | RuntimeException e) {
                turn.release();
                throw e;
            }
            return statements.connection();
        }

        @Override
        public void commit(Connection c) throws SQLException {
            GroupCommitWriter.sql(statements.connection(), "COMMIT");
            turn.release();
        }

        @Override
        public void rollback(Connection c) {
            try {
                GroupCommitWriter.sql(statements.connection(), "ROLLBACK");
            } catch (SQLException ignored) {
                // no transaction was open (BEGIN itself failed): nothing to undo
            } finally {
                turn.release();
            }
        }

        @Override
        public void close() {
            statements.close();
            closeQuietly(connection);
        }
    }

    private static Connection connect(StoreConfig config, boolean readOnly) {
        try {
            return dataSource(config, readOnly).getConnection();
        } catch (SQLException e) {
            throw new StoreException("cannot open " + config.databaseFile() + ": " + e.getMessage(), e);
        }
    }

    private static SQLiteDataSource dataSource(StoreConfig config, boolean readOnly) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setBusyTimeout((int) config.busyTimeout().toMillis());
        sqlite.enforceForeignKeys(true);
        // the driver would run a regular expression and SELECT last_insert_rowid() after every INSERT for keys
        // nothing reads (the store uses RETURNING): about a third of the writer's time
        sqlite.setGetGeneratedKeys(false);
        if (readOnly) {
            sqlite.setOpenMode(SQLiteOpenMode.READONLY);
            sqlite.setReadOnly(true);
        } else {
            sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
            sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        SQLiteDataSource source = new SQLiteDataSource(sqlite);
        source.setUrl("jdbc:sqlite:" + config.databaseFile().toAbsolutePath());
        return source;
    }

    private static void configureWriter(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = 0");
            // when the WAL starts over after a burst that grew it, it is cut back to this size
            s.execute("PRAGMA journal_size_limit = " + WAL_SIZE_LIMIT);
            // every upload touches index pages all over the documents, events and metering tables; with SQLite's
            // default 2 MB most of them were read back from the OS on each batch once the database outgrew it
            s.execute("PRAGMA cache_size = -" + (WRITER_CACHE_BYTES >> 10));
            // each request of a batch runs in a savepoint, whose journal keeps the original of every page the request
            // changes: in a temporary file, that was 19 pages written per upload, four times the WAL's own writes
            s.execute("PRAGMA temp_store = MEMORY");
        } catch (SQLException e) {
            throw new StoreException("cannot configure " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing or closing: the original error is the one to report
        }
    }
}
