package jp.renkei.gateway.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the writer's prepared statements compiled: sqlite-jdbc prepares every statement anew, which was about a third
 * of the writer's time. The cached connection hands out one statement per SQL text; {@code close()} on it only clears
 * its parameters. Confined to the writer thread (not thread-safe), and a statement must not be prepared again while
 * a result set of the same SQL is open (no code here nests the same query).
 */
final class StatementCache implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Connection cached;

    StatementCache(Connection connection) {
        this.connection = connection;
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
        return invoke(connection, method, args);
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement real = statements.get(sql);
        if (real == null) {
            real = connection.prepareStatement(sql);
            statements.put(sql, real);
        }
        PreparedStatement target = real;
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("close")) {
                target.clearParameters();
                return null;
            }
            return invoke(target, method, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() {
        for (PreparedStatement s : statements.values()) {
            try {
                s.close();
            } catch (SQLException ignored) {
                // the connection closes next, which frees it anyway
            }
        }
        statements.clear();
    }
}
