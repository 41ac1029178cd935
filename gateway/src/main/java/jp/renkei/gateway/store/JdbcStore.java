package jp.renkei.gateway.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
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

/**
 * The store over a relational database: the embedded SQLite file ({@link SqliteDatabase}) or a PostgreSQL database
 * shared by several gateway nodes ({@link PostgresDatabase}), with the same statements on both. One writer thread
 * group-commits every change; reads run beside it. A write returns only after its transaction is committed and
 * durable. Other processes and nodes may use the same database at once; this store sees their commits on its next
 * read. Thread-safe.
 */
public final class JdbcStore implements Store {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);

    private final GroupCommitWriter writer;
    private final Reads reads;
    private final List<AutoCloseable> resources;
    private final JdbcDocuments documents;
    private final JdbcRegistry registry;
    private final MailboxService exchange;
    private final StoreConfig config;
    private final Clock clock;
    private final Rollups rollups = new Rollups();
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<Runnable> elsewhere;

    /**
     * What a database opener hands over: the writer, the reads, whatever else must close after them, and where to
     * register a listener of other nodes' events (a no-op where the database cannot announce them).
     */
    record Parts(GroupCommitWriter writer, Reads reads, List<AutoCloseable> resources, Consumer<Runnable> elsewhere) {
    }

    JdbcStore(StoreConfig config, Clock clock, Parts parts, PayloadCipher cipher, UploadValidation validation) {
        this.config = config;
        this.clock = clock;
        this.writer = parts.writer();
        this.reads = parts.reads();
        this.resources = List.copyOf(parts.resources());
        this.elsewhere = parts.elsewhere();
        writer.hook(new GroupCommitWriter.BatchHook() {
            @Override
            public void began() {
                rollups.batchBegan();
            }

            @Override
            public void requestEnded(boolean succeeded) {
                rollups.requestEnded(succeeded);
            }

            @Override
            public void beforeCommit(Connection c) throws SQLException {
                rollups.beforeCommit(c);
            }

            @Override
            public void ended() {
                rollups.batchEnded();
            }
        });
        this.documents = new JdbcDocuments(writer, reads, cipher, clock, this::publish, rollups);
        this.registry = new JdbcRegistry(writer, reads, clock);
        this.exchange = new MailboxService(documents, validation);
    }

    /** Opens (creating when absent) the configured store with the protocol validator. */
    public static JdbcStore open(StoreConfig config, Clock clock) {
        return open(config, clock, UploadValidation.standard());
    }

    /** Opens the store with the given validation step. Migrates the schema and loads or creates the key. */
    public static JdbcStore open(StoreConfig config, Clock clock, UploadValidation validation) {
        try {
            Files.createDirectories(config.dataDirectory());
        } catch (IOException e) {
            throw new StoreException("cannot create data directory " + config.dataDirectory(), e);
        }
        if (config.url().isEmpty()) {
            return new JdbcStore(config, clock, SqliteDatabase.open(config), cipher(config), validation);
        }
        JdbcStore.Parts parts = PostgresDatabase.open(config, config.url().get());
        try {
            return new JdbcStore(config, clock, parts, sharedCipher(config, parts.reads()), validation);
        } catch (RuntimeException e) {
            close(parts);
            throw e;
        }
    }

    private static PayloadCipher cipher(StoreConfig config) {
        return PayloadCipher.load(config.keyFile(), config.retiredKeyFiles());
    }

    /**
     * Nodes sharing a database must share the payload key: a node that made a key of its own would store content
     * the others cannot open. So a node whose key file is missing makes one only while the database holds no
     * content; otherwise it stops and says which file to copy.
     */
    private static PayloadCipher sharedCipher(StoreConfig config, Reads reads) {
        if (!Files.exists(config.keyFile()) && reads.read(ContentRows::newestKeyId) != null) {
            throw new StoreException("the payload key file " + config.keyFile() + " is missing, and the database"
                    + " already holds content encrypted by another node: copy that node's key file here (or name it"
                    + " with store.key-file); every node of one database needs the same key");
        }
        return cipher(config);
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
        return reads.readOne(c -> Outbox.after(c, office, after, limit));
    }

    @Override
    public Transactions transactions() {
        return new Transactions() {
            @Override
            public <T> T read(SqlWork<T> work) {
                return reads.read(work);
            }

            @Override
            public <T> T readOne(SqlWork<T> work) {
                return reads.readOne(work);
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

    @Override
    public void onEventsElsewhere(Runnable listener) {
        elsewhere.accept(listener);
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

    /** The read side, for tests of the database's own behaviour. */
    Reads reads() {
        return reads;
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
        close(new Parts(writer, reads, resources, elsewhere));
    }

    private static void close(Parts parts) {
        parts.writer().close();
        parts.reads().close();
        for (AutoCloseable resource : parts.resources()) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed", resource, e);
            }
        }
    }
}
