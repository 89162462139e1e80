package it.orienta.database;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded database on its own: a PostgreSQL, migrated by Flyway to the latest version. */
@OrientaModuleTest
class DatabaseModuleTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void startsAMigratedPostgresql() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where not success")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from flyway_schema_history")
                        .query(Long.class)
                        .single())
                .isGreaterThan(20);
    }
}
