package jp.renkei.gateway.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Schema migrations, applied when a store opens. Flyway keeps the applied versions in {@code flyway_schema_history};
 * each database has its own scripts ({@code db/migration/sqlite}, {@code db/migration/postgresql}) because
 * identity columns, binary types and triggers differ, but the statements the code runs are shared.
 */
final class Migrations {

    private Migrations() {
    }

    /**
     * Migrates to the newest version. {@code schema} (PostgreSQL's {@code currentSchema}) is created when absent and
     * holds both the tables and Flyway's history; null uses the connection's default. On PostgreSQL, Flyway takes an
     * advisory lock, so nodes starting together migrate once.
     */
    static void apply(DataSource dataSource, String database, String schema) {
        try {
            var flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/" + database)
                    .failOnMissingLocations(true);
            if (schema != null) {
                flyway.schemas(schema).defaultSchema(schema).createSchemas(true);
            }
            flyway.load().migrate();
        } catch (FlywayException e) {
            throw new StoreException("schema migration failed: " + e.getMessage(), e);
        }
    }
}
