package jp.renkei.gateway.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL database shared by several gateway nodes. Each node group-commits its writes like the embedded store
 * does, on pooled connections (HikariCP); every batch first takes a transaction-scoped advisory lock that all nodes
 * share ({@code pg_advisory_xact_lock}), so writes are serial across the cluster exactly as they are within one
 * process: outbox ids, document cursors, the event feed and the audit chain stay in commit order, and periodic jobs
 * (webhook claims, notices, retention) see each other's work. Reads run beside the writers in read-only
 * {@code REPEATABLE READ} transactions (one snapshot per read). A trigger on the event feed sends
 * {@code NOTIFY renkei_events} with each committing batch; {@link Listener} hears it on every other node.
 */
final class PostgresDatabase {

    /** The advisory lock's first key ('Renk'); the second is the schema's hash, so schemas do not block each other. */
    static final int LOCK_CLASS = 0x52656e6b;
    static final String CHANNEL = "renkei_events";
    /** A write transaction idle this long belongs to a node that stopped: the server ends it. */
    static final Duration STALLED = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(PostgresDatabase.class);

    /**
     * The most read connections one node opens, whatever {@code db.threads} is: three nodes with the default 32 threads
     * would otherwise need more than a server's default 100 connections. Reads are short, so a {@code db} thread
     * beyond it waits briefly for one.
     */
    static final int MAX_READ_CONNECTIONS = 16;

    private PostgresDatabase() {
    }

    static JdbcStore.Parts open(StoreConfig config, DatabaseUrl url) {
        boolean commitsAsync;
        try (Connection probe = simple(url).getConnection()) {
            commitsAsync = setting(probe, "synchronous_commit").equals("off");
            if (setting(probe, "fsync").equals("off")) {
                LOG.warn("the PostgreSQL server at {} runs with fsync=off: commits, hence 201 answers, do not survive"
                        + " a crash of its machine", url);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot connect to " + url + ": " + e.getMessage(), e);
        }
        if (commitsAsync) {
            LOG.info("the server's synchronous_commit is off; the store turns it on for its own sessions");
        }
        Migrations.apply(simple(url), "postgresql", url.schema().orElse(null));
        HikariDataSource writes = pool(url, "renkei-write", 2, config, false, commitsAsync);
        HikariDataSource reads = null;
        try {
            reads = pool(url, "renkei-read", Math.min(config.readConnections(), MAX_READ_CONNECTIONS), config, true,
                    false);
            Listener listener = new Listener(simple(url), url.toString());
            GroupCommitWriter writer = new GroupCommitWriter(new Writes(writes), config.batchLimit(), "store-writer");
            return new JdbcStore.Parts(writer, new PooledReads(reads), List.of(listener, writes), listener::add);
        } catch (RuntimeException e) {
            writes.close();
            if (reads != null) {
                reads.close();
            }
            throw e;
        }
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW " + name)) {
            return r.next() ? r.getString(1) : "";
        }
    }

    private static HikariDataSource pool(DatabaseUrl url, String name, int size, StoreConfig config,
            boolean readOnly, boolean forceSynchronousCommit) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName(name);
        hikari.setJdbcUrl(url.jdbcUrl());
        url.user().ifPresent(hikari::setUsername);
        url.password().ifPresent(hikari::setPassword);
        hikari.setMaximumPoolSize(size);
        hikari.setMinimumIdle(Math.min(size, 2));
        hikari.setAutoCommit(false);
        hikari.setReadOnly(readOnly);
        hikari.setTransactionIsolation(readOnly ? "TRANSACTION_REPEATABLE_READ" : "TRANSACTION_READ_COMMITTED");
        hikari.setConnectionTimeout(Math.max(250, config.busyTimeout().toMillis()));
        hikari.addDataSourceProperty("ApplicationName", "renkei-gateway");
        if (!readOnly) {
            hikari.setConnectionInitSql(writeSession(config, forceSynchronousCommit));
        }
        // a node that starts while the database is down fails at once with the driver's message, not after a wait
        hikari.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new StoreException("cannot connect to " + url + ": " + rootMessage(e), e);
        }
    }

    /**
     * The write sessions' settings. The cluster's write lock must never stay with a node that stopped working: a
     * transaction left idle (a node frozen by its garbage collector, a writer thread gone) is ended by the server after
     * {@link #STALLED}, which frees the lock; and a writer waits for the lock at most the store's busy timeout, then
     * fails its batch (answered 503) instead of queueing behind a stuck node. And a 201 means committed: the commit
     * is synchronous whatever the server's default.
     */
    private static String writeSession(StoreConfig config, boolean forceSynchronousCommit) {
        return "SET idle_in_transaction_session_timeout = " + STALLED.toMillis()
                + "; SET lock_timeout = " + Math.max(1, config.busyTimeout().toMillis())
                + (forceSynchronousCommit ? "; SET synchronous_commit TO on" : "");
    }

    static PGSimpleDataSource simple(DatabaseUrl url) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url.jdbcUrl());
        url.user().ifPresent(source::setUser);
        url.password().ifPresent(source::setPassword);
        source.setApplicationName("renkei-gateway");
        return source;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** Each batch on a pooled connection, under the cluster's write lock. */
    private static final class Writes implements GroupCommitWriter.Transactor {
        private final HikariDataSource pool;

        Writes(HikariDataSource pool) {
            this.pool = pool;
        }

        @Override
        public Connection begin() throws SQLException {
            Connection c = pool.getConnection();
            try {
                GroupCommitWriter.sql(c, "SELECT pg_advisory_xact_lock(" + LOCK_CLASS
                        + ", hashtext(current_schema()))");
                return c;
            } catch (SQLException | RuntimeException e) {
                rollback(c);
                throw e;
            }
        }

        @Override
        public void commit(Connection c) throws SQLException {
            try (c) {
                c.commit();
            }
        }

        @Override
        public void rollback(Connection c) {
            try (c) {
                c.rollback();
            } catch (SQLException ignored) {
                // the connection broke: the server rolled the transaction back, and the pool drops the connection
            }
        }

        @Override
        public void close() {
            // the pool closes with the store's other resources, after the writer's last batch
        }
    }

    /** Read-only snapshot transactions on the read pool. */
    private static final class PooledReads implements Reads {
        private final HikariDataSource pool;

        PooledReads(HikariDataSource pool) {
            this.pool = pool;
        }

        @Override
        public <T> T read(SqlWork<T> work) {
            try (Connection c = pool.getConnection()) {
                try {
                    T result = work.run(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                throw new StoreException("read failed: " + e.getMessage(), e);
            }
        }

        @Override
        public <T> T readOne(SqlWork<T> work) {
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(true);  // the pool sets it back when the connection returns
                return work.run(c);
            } catch (SQLException e) {
                throw new StoreException("read failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            pool.close();
        }
    }
}
