package it.orienta.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The cluster module on its own: the scheduler lock is a row of {@code shedlock} naming the node; while one holds
 * it (a node running the job, or within its lock-at-least-for) nobody else takes it.
 */
@OrientaModuleTest
@TestPropertySource(properties = "orienta.node-name=node-test")
class ClusterModuleTest {

    @Autowired
    LockProvider locks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aJobsLockIsOneRowNamingTheNodeAndIsRefusedToOthersUntilItsLeastTimeHasPassed() {
        var job = new LockConfiguration(Instant.now(), "test-job", Duration.ofMinutes(5), Duration.ofMinutes(1));
        var held = locks.lock(job);
        assertThat(held).isPresent();
        assertThat(locks.lock(job)).as("a second node, same moment").isEmpty();
        held.get().unlock();
        // released after the run, but held until lock-at-least-for: a node whose trigger fires late skips the run
        assertThat(locks.lock(job)).as("a second node, a little later").isEmpty();
        var row = jdbc.sql("select locked_by, lock_until > locked_at + interval '50 seconds' as held_on"
                        + " from shedlock where name = 'test-job'")
                .query((rs, n) -> rs.getString("locked_by") + "/" + rs.getBoolean("held_on"))
                .single();
        assertThat(row).isEqualTo("node-test/true");

        var shortJob = new LockConfiguration(Instant.now(), "short-job", Duration.ofMinutes(5), Duration.ZERO);
        locks.lock(shortJob).orElseThrow().unlock();
        assertThat(locks.lock(shortJob)).as("free again once released").isPresent();
    }
}
