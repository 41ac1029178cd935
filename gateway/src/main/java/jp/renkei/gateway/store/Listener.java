package jp.renkei.gateway.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears other nodes' commits: one connection of its own (outside the pools, since {@code LISTEN} belongs to a
 * session) listening on {@value PostgresDatabase#CHANNEL}, and one thread that tells the registered listeners
 * whenever notifications arrive. When the connection breaks it reconnects with a growing pause (up to 10 s) and then
 * tells the listeners anyway, since notifications sent meanwhile are lost: they read what they missed.
 */
final class Listener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Listener.class);
    private static final int WAIT_MILLIS = 500;

    private final DataSource source;
    private final String where;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean closing;

    Listener(DataSource source, String where) {
        this.source = source;
        this.where = where;
        this.thread = new Thread(this::loop, "store-listen");
        thread.setDaemon(true);
        thread.start();
    }

    void add(Runnable listener) {
        listeners.add(listener);
    }

    private void loop() {
        long pause = 250;
        boolean failing = false;
        while (!closing) {
            try (Connection c = source.getConnection()) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + PostgresDatabase.CHANNEL);
                }
                if (failing) {
                    LOG.info("listening for other nodes' events on {} again", where);
                    failing = false;
                    tell();
                }
                pause = 250;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closing) {
                    PGNotification[] arrived = pg.getNotifications(WAIT_MILLIS);
                    if (arrived != null && arrived.length > 0) {
                        tell();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closing) {
                    return;
                }
                if (!failing) {
                    LOG.warn("lost the connection that hears other nodes' events on {} ({}); reconnecting", where,
                            e.getMessage());
                    failing = true;
                }
                sleep(pause);
                pause = Math.min(pause * 2, 10_000);
            }
        }
    }

    private void tell() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("a listener of other nodes' events failed", e);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing = true;
        try {
            thread.join(WAIT_MILLIS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
