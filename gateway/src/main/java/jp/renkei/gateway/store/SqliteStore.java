package jp.renkei.gateway.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import jp.renkei.gateway.mailbox.Exchange;
import jp.renkei.gateway.mailbox.MailboxService;
import jp.renkei.gateway.mailbox.UploadValidation;
import jp.renkei.gateway.metering.Rollups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * The embedded store: one SQLite file in WAL mode with {@code synchronous=FULL}, one writer thread that
 * group-commits, and read-only connections beside it. A write returns only after its transaction is committed and
 * fsync'd. Other processes may open the same file (an operator's {@code office add}); this store sees their commits
 * on its next read. Thread-safe.
 */
public final class SqliteStore implements Store {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteStore.class);

    private final GroupCommitWriter writer;
    private final Checkpointer checkpointer;
    private final ReadPool reads;
    private final SqliteDocuments documents;
    private final SqliteRegistry registry;
    private final MailboxService exchange;
    private final StoreConfig config;
    private final Clock clock;
    private final Rollups rollups = new Rollups();
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();

    private SqliteStore(StoreConfig config, Clock clock, GroupCommitWriter writer, Checkpointer checkpointer,
            ReadPool reads, PayloadCipher cipher, UploadValidation validation) {
        this.config = config;
        this.clock = clock;
        this.writer = writer;
        this.checkpointer = checkpointer;
        this.reads = reads;
        this.documents = new SqliteDocuments(writer, reads, cipher, clock, this::publish, rollups);
        this.registry = new SqliteRegistry(writer, reads, clock);
        this.exchange = new MailboxService(documents, validation);
    }

    /** Opens (creating when absent) the store in the configured directory with the protocol validator. */
    public static SqliteStore open(StoreConfig config, Clock clock) {
        return open(config, clock, UploadValidation.standard());
    }

    /** Opens the store with the given validation step. Migrates the schema and loads or creates the key. */
    public static SqliteStore open(StoreConfig config, Clock clock, UploadValidation validation) {
        PayloadCipher cipher = PayloadCipher.load(config.keyFile(), config.retiredKeyFiles());
        try {
            Files.createDirectories(config.dataDirectory());
        } catch (IOException e) {
            throw new StoreException("cannot create data directory " + config.dataDirectory(), e);
        }
        Connection writeConnection = connect(config, false);
        try {
            noAutoCheckpoint(writeConnection);
            Migrations.apply(dataSource(config, false), "sqlite");
            List<Connection> readers = new ArrayList<>();
            for (int i = 0; i < config.readConnections(); i++) {
                readers.add(connect(config, true));
            }
            Checkpointer checkpointer = new Checkpointer(connect(config, false), 500, "store-checkpoint");
            GroupCommitWriter writer = new GroupCommitWriter(writeConnection, config.batchLimit(), "store-writer");
            return new SqliteStore(config, clock, writer, checkpointer, new ReadPool(readers), cipher, validation);
        } catch (RuntimeException e) {
            closeQuietly(writeConnection);
            throw e;
        }
    }

    @Override
    public Exchange exchange() {
        return exchange;
    }

    @Override
    public Registry registry() {
        return registry;
    }

    @Override
    public AuditVerification verifyAudit() {
        return reads.read(AuditLog::verify);
    }

    @Override
    public int purgeExpired() {
        return documents.purge(clock.instant().minus(config.retention()));
    }

    @Override
    public List<Event> events(String office, long after, int limit) {
        return reads.read(c -> Outbox.after(c, office, after, limit));
    }

    @Override
    public Transactions transactions() {
        return new Transactions() {
            @Override
            public <T> T read(SqlWork<T> work) {
                return reads.read(work);
            }

            @Override
            public <T> T write(SqlWork<T> work) {
                return writer.execute(work);
            }

            @Override
            public Event appendEvent(Connection c, String office, String type, Instant at, String documentId,
                    String fileName, Map<String, Object> extra) throws SQLException {
                return Outbox.append(c, office, type, at, documentId, fileName, extra);
            }
        };
    }

    @Override
    public Rollups rollups() {
        return rollups;
    }

    @Override
    public void onEvent(Consumer<Event> listener) {
        listeners.add(listener);
    }

    private void publish(Event event) {
        for (Consumer<Event> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                // a listener's failure must not undo or hide a committed change: the event stays in the outbox
                LOG.warn("event listener failed on {} {}", event.type(), event.id(), e);
            }
        }
    }

    /** Write transactions committed so far by this store (each is one fsync). */
    public long commits() {
        return writer.transactions();
    }

    /** Write requests committed so far; {@code writes() / commits()} is the mean group-commit batch size. */
    public long writes() {
        return writer.requests();
    }

    /** Waits for queued writes to commit, then closes every connection. */
    @Override
    public void close() {
        writer.close();
        reads.close();
        checkpointer.close();
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

    private static void noAutoCheckpoint(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = 0");
        } catch (SQLException e) {
            throw new StoreException("cannot configure " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing: the original error is the one to report
        }
    }
}
