package it.orienta.cluster;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ShedLock for the cron jobs (ADR 0023): the JDBC provider on table {@code shedlock}, times from the database, the
 * node's name in {@code locked_by}. A job annotated {@code @SchedulerLock} runs on the node that takes the row; the
 * others skip that run. {@code defaultLockAtMostFor} only guards a job that forgot its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource, @Value("${orienta.node-name:}") String nodeName) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .withLockedByValue(NodeName.of(nodeName))
                .usingDbTime()
                .build());
    }
}
