package jp.renkei.gateway.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of database work run on a connection the caller lends (inside the writer's or a reader's transaction). */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
