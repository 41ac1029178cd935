package jp.renkei.gateway.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Schema migrations, applied when a store opens. Flyway keeps the applied versions in {@code flyway_schema_history};
 * each database has its own scripts ({@code db/migration/sqlite}, later {@code db/migration/postgresql}) because
 * identity columns and binary types differ, but the statements the code runs are shared.
 */
final class Migrations {

    private Migrations() {
    }

    static void apply(DataSource dataSource, String database) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration/" + database)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("schema migration failed: " + e.getMessage(), e);
        }
    }
}
