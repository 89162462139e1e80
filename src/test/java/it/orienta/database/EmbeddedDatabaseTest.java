package it.orienta.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default run's database keeps its data across restarts and recovers from a server left behind. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    static void exec(EmbeddedPostgres pg, String sql) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                var st = c.createStatement()) {
            st.execute(sql);
        }
    }

    static int count(EmbeddedPostgres pg) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                var rs = c.createStatement().executeQuery("select count(*) from kept")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void keepsDataAcrossRestartsAndStopsAnOrphanedServer() throws Exception {
        var properties = new EmbeddedDatabaseProperties(dir.resolve("pg").toString(), 0);
        var first = EmbeddedDatabaseConfiguration.startPersistent(properties);
        exec(first, "create table kept (id int)");
        exec(first, "insert into kept values (1), (2)");
        first.close();

        var second = EmbeddedDatabaseConfiguration.startPersistent(properties);
        assertThat(count(second)).isEqualTo(2);

        // as if the JVM had been killed: the server is still running with its postmaster.pid
        long pid = Long.parseLong(
                Files.readAllLines(dir.resolve("pg/postmaster.pid")).getFirst().trim());
        var server = ProcessHandle.of(pid).orElseThrow();
        assertThat(server.isAlive()).isTrue();
        EmbeddedDatabaseConfiguration.stopOrphanedServer(dir.resolve("pg"));
        server.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(server.isAlive()).isFalse();
        try {
            second.close();
        } catch (Exception alreadyStopped) {
            // the server was stopped underneath it, which is the point
        }

        var third = EmbeddedDatabaseConfiguration.startPersistent(properties);
        try {
            assertThat(count(third)).as("data survives the orphan's shutdown").isEqualTo(2);
        } finally {
            third.close();
        }
    }

    @Test
    void leavesAFolderWithoutServerAlone() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        EmbeddedDatabaseConfiguration.stopOrphanedServer(dir.resolve("empty"));
        Files.writeString(dir.resolve("empty/postmaster.pid"), "999999999\n");
        EmbeddedDatabaseConfiguration.stopOrphanedServer(dir.resolve("empty"));
        assertThat(dir.resolve("empty/postmaster.pid")).exists();
    }
}
