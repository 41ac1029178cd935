package jp.renkei.gateway.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.sqlite.SQLiteConnection;
import org.sqlite.jdbc4.JDBC4PreparedStatement;

/**
 * Keeps a SQLite connection's prepared statements compiled: sqlite-jdbc prepares every statement anew, which was
 * about a third of the writer's time. The cached connection hands out one statement per SQL text; {@code close()} on
 * it only clears its parameters. The statements are the driver's own class with that one method changed, so the
 * many calls on a statement cost nothing extra (only {@code prepareStatement} goes through a proxy). Confined to one
 * thread at a time (not thread-safe), and a statement must not be prepared again while a result set of the same SQL
 * is open (no code here nests the same query).
 */
final class StatementCache implements AutoCloseable {

    /** A statement that outlives its users' {@code close()}. */
    private static final class Kept extends JDBC4PreparedStatement {
        Kept(SQLiteConnection connection, String sql) throws SQLException {
            super(connection, sql);
        }

        @Override
        public void close() throws SQLException {
            clearParameters();
        }

        void release() throws SQLException {
            super.close();
        }
    }

    private final Connection connection;
    private final SQLiteConnection sqlite;
    private final Map<String, Kept> statements = new HashMap<>();
    private final Connection cached;

    StatementCache(Connection connection) {
        this.connection = connection;
        try {
            this.sqlite = connection.unwrap(SQLiteConnection.class);
        } catch (SQLException e) {
            throw new IllegalArgumentException("statements are kept for SQLite connections only", e);
        }
        this.cached = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, this::onConnection);
    }

    /** The connection to lend to work: {@code prepareStatement(String)} is served from the cache. */
    Connection connection() {
        return cached;
    }

    private Object onConnection(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("prepareStatement") && args != null && args.length == 1) {
            return statement((String) args[0]);
        }
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private PreparedStatement statement(String sql) throws SQLException {
        Kept kept = statements.get(sql);
        if (kept == null) {
            kept = new Kept(sqlite, sql);
            statements.put(sql, kept);
        }
        return kept;
    }

    @Override
    public void close() {
        for (Kept s : statements.values()) {
            try {
                s.release();
            } catch (SQLException ignored) {
                // the connection closes next, which frees it anyway
            }
        }
        statements.clear();
    }
}
