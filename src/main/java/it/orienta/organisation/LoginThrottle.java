package it.orienta.organisation;

import it.orienta.system.Actor;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing: after {@code maxFailedLogins} failures within {@code lockout} an account is locked
 * for {@code lockout}; a success resets the count. Kept in PostgreSQL ({@code login_throttle}, ADR 0022), so every
 * node counts the same failures: one atomic upsert per failure, keyed by the lower-cased username. The table stays
 * small: a row whose window and lock are both over starts again at the next failure, a success deletes its row,
 * and each failure prunes up to {@value #PRUNE_BATCH} other rows that are over. When a failure locks an existing
 * account, {@link AccountLocked} is published: its sessions end and the audit log records it.
 */
@Component
class LoginThrottle {

    /** The longest key kept: usernames are at most 100 characters; longer guesses share their first 100. */
    static final int MAX_KEY = 100;

    static final int PRUNE_BATCH = 100;

    /** The row is over: its window has passed and it holds no running lock. */
    private static final String OVER = "(t.window_start <= cast(:floor as timestamptz)"
            + " and (t.locked_until is null or t.locked_until <= cast(:now as timestamptz)))";

    private static final String RECORD_FAILURE = """
            with pruned as (
                delete from login_throttle where username in (
                    select p.username from login_throttle p
                    where p.window_start <= cast(:floor as timestamptz)
                      and (p.locked_until is null or p.locked_until <= cast(:now as timestamptz))
                      and p.username <> :username
                    order by p.window_start
                    limit %d
                    for update skip locked))
            insert into login_throttle as t (username, failures, window_start, locked_until)
            values (:username, 1, cast(:now as timestamptz),
                    case when 1 >= cast(:max as int) then cast(:until as timestamptz) end)
            on conflict (username) do update set
                failures = case when %s then 1 else t.failures + 1 end,
                window_start = case when %s then cast(:now as timestamptz) else t.window_start end,
                locked_until = case when (case when %s then 1 else t.failures + 1 end) >= cast(:max as int)
                                    then cast(:until as timestamptz) end
            returning t.failures,
                      (select o.id from operator o where lower(o.username) = t.username),
                      (select o.username from operator o where lower(o.username) = t.username)""".formatted(PRUNE_BATCH, OVER, OVER, OVER);

    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    LoginThrottle(
            SecurityProperties properties,
            Clock clock,
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events) {
        this.maxFailures = properties.maxFailedLogins();
        this.lockout = properties.lockout();
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
    }

    boolean isLocked(String username) {
        return jdbc.sql("select coalesce(locked_until > ?, false) from login_throttle where username = ?")
                .param(Timestamp.from(clock.instant()))
                .param(key(username))
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(event.getAuthentication().getName());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.sql("delete from login_throttle where username = ?")
                .param(key(event.getAuthentication().getName()))
                .update();
    }

    void recordFailure(String username) {
        Instant now = clock.instant();
        Instant until = now.plus(lockout);
        transaction.executeWithoutResult(status -> {
            var failure = jdbc.sql(RECORD_FAILURE)
                    .param("username", key(username))
                    .param("now", Timestamp.from(now))
                    .param("floor", Timestamp.from(now.minus(lockout)))
                    .param("max", maxFailures)
                    .param("until", Timestamp.from(until))
                    .query((rs, i) -> new Failure(rs.getInt(1), rs.getObject(2, UUID.class), rs.getString(3)))
                    .single();
            if (failure.count() == maxFailures && failure.operatorId() != null) {
                events.publishEvent(new AccountLocked(
                        UUID.randomUUID(),
                        Actor.SYSTEM,
                        now,
                        failure.operatorId(),
                        failure.username(),
                        failure.count(),
                        until));
            }
        });
    }

    static String key(String username) {
        String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }

    private record Failure(int count, UUID operatorId, String username) {}
}
