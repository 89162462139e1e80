package it.orienta.audit;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit log's own few connections, for the reads it records before the data is shown ({@link
 * AuditLog#recordNow}). A read runs in a read-only transaction that already holds a connection of the application's
 * pool; taking a second one from the same pool for the audit line means that, with as many concurrent reads as the
 * pool has connections, every request holds one and waits for another — the pool starves (and at worst gives up
 * with an error after its timeout). These connections come from a small pool of their own, to the same database
 * with the same settings, and the line is one autocommit insert: a read never waits for a connection that another
 * read holds while waiting for its own. Where the application's data source is not Hikari, the audit uses it.
 */
@Component
class AuditConnections implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditConnections.class);

    /** Enough for the bursts of first reads of many concurrent requests: each insert takes a millisecond. */
    static final int POOL_SIZE = 4;

    private final HikariDataSource own;
    private final JdbcTemplate jdbc;

    AuditConnections(DataSource application) {
        this.own = ownPool(application);
        this.jdbc = new JdbcTemplate(own != null ? own : application);
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    private static HikariDataSource ownPool(DataSource application) {
        HikariDataSource main;
        try {
            if (!application.isWrapperFor(HikariDataSource.class)) {
                log.warn("The data source is not Hikari: the audit records reads with the application's pool");
                return null;
            }
            main = application.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the data source's settings", e);
        }
        var pool = new HikariDataSource();
        pool.setPoolName("orienta-audit");
        pool.setJdbcUrl(main.getJdbcUrl());
        pool.setUsername(main.getUsername());
        pool.setPassword(main.getPassword());
        if (main.getDriverClassName() != null) {
            pool.setDriverClassName(main.getDriverClassName());
        }
        pool.setDataSourceProperties(main.getDataSourceProperties());
        pool.setSchema(main.getSchema());
        pool.setConnectionInitSql(main.getConnectionInitSql());
        pool.setConnectionTimeout(main.getConnectionTimeout());
        pool.setMaximumPoolSize(POOL_SIZE);
        // no connection kept when nobody reads: test contexts and quiet nodes hold none
        pool.setMinimumIdle(0);
        pool.setIdleTimeout(30_000);
        return pool;
    }

    @Override
    public void destroy() {
        if (own != null) {
            own.close();
        }
    }
}
