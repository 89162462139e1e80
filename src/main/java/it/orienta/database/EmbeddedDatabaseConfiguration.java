package it.orienta.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL inside the application when no external database is configured (ADR 0002).
 *
 * <p>With a data directory (the default run) the data survives restarts, and a PostgreSQL left running by a
 * killed JVM is stopped before a new one starts. Without one (tests) one throwaway server serves the whole JVM.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static EmbeddedPostgres throwaway;

    @Bean
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) {
        if (properties.throwaway()) {
            return new EmbeddedDatabase(sharedThrowaway(), false);
        }
        return new EmbeddedDatabase(startPersistent(properties), true);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabase database) {
        var ds = new HikariDataSource();
        ds.setJdbcUrl(database.postgres().getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(20);
        ds.setPoolName("orienta-embedded");
        if (!database.ownedByContext()) {
            // the JVM-wide throwaway server (tests) stops in its own shutdown hook, in no order with the contexts
            // closing: whatever still asks for a connection then should give up at once, not after 30 s
            ds.setConnectionTimeout(3_000);
            // many test contexts share it: each keeps one idle connection, not twenty
            ds.setMinimumIdle(1);
            ds.setIdleTimeout(10_000);
        }
        return ds;
    }

    private static synchronized EmbeddedPostgres sharedThrowaway() {
        if (throwaway == null) {
            try {
                throwaway = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "200")
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
        }
        return throwaway;
    }

    static EmbeddedPostgres startPersistent(EmbeddedDatabaseProperties properties) {
        Path dir = Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            stopOrphanedServer(dir);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    // Spring closes it after everything that uses it (EmbeddedDatabase.close); zonky's own JVM hook
                    // would stop it while the context is still closing, and the event registry then waited 30 s
                    .setRegisterShutdownHook(false)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            var pg = builder.start();
            log.info("Embedded PostgreSQL on port {} with data in {}", pg.getPort(), dir);
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dir, e);
        }
    }

    /**
     * A JVM killed with SIGKILL leaves its PostgreSQL running with the data directory locked. Ask that server
     * to shut down (SIGTERM, a smart shutdown; its clients died with the JVM) before starting a new one.
     */
    static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (NumberFormatException e) {
            return;
        }
        var handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (handle.isEmpty() || !handle.get().info().command().orElse("").endsWith("postgres")) {
            return;
        }
        log.warn("Stopping the PostgreSQL (pid {}) left running by an earlier process", pid);
        handle.get().destroy();
        try {
            handle.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.get().destroyForcibly();
        }
    }

    /** The running embedded server; closed with the application unless it is the JVM-wide throwaway one. */
    record EmbeddedDatabase(EmbeddedPostgres postgres, boolean ownedByContext) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (ownedByContext) {
                postgres.close();
            }
        }
    }
}
