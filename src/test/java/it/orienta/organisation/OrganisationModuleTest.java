package it.orienta.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import it.orienta.system.AuditAction;
import it.orienta.system.DataChanged;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The organisation module on its own: centres and accounts, each change published for the audit log; the login
 * throttle in PostgreSQL (shared by every node, bounded); the sessions of an account ended when it changes.
 */
@OrientaModuleTest
class OrganisationModuleTest {

    static final String PASSWORD = "Modulo.Test.2026";

    @Autowired
    OrganisationService organisation;

    @Autowired
    CurrentActor current;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-26T09:00:00Z"));

    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    /** A throttle of 3 failures and 15 minutes on the module's database, on the test's clock. */
    LoginThrottle throttle() {
        return new LoginThrottle(
                new SecurityProperties(3, Duration.ofMinutes(15), "email"), clock, jdbc, transactions, events);
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    OperatorAccount newOperator(String username) {
        if (organisation.centre("CPI-FI").isEmpty()) {
            organisation.createCentre(
                    new OrganisationService.CentreCommand("CPI-FI", "CPI Firenze", "FI", "Via Cavour 1", true));
        }
        return organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        username,
                        "Sara Sessa",
                        username + "@test.it",
                        EnumSet.of(Role.OPERATOR),
                        Set.of("CPI-FI"),
                        true),
                PASSWORD);
    }

    void change(OperatorAccount account, Set<Role> roles, String fullName, boolean active) {
        organisation.updateOperator(
                account.id(),
                organisation.operator(account.id()).version(),
                new OrganisationService.OperatorCommand(
                        account.username(),
                        fullName,
                        account.email(),
                        roles,
                        Set.copyOf(account.centreCodes()),
                        active),
                null);
    }

    /** A session logged in as {@code username}, as a login on any node stores it. */
    <S extends Session> String openSession(FindByIndexNameSessionRepository<S> repository, String username) {
        S session = repository.createSession();
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, username);
        session.setAttribute(CurrentActor.CENTRE_ATTRIBUTE, "CPI-FI");
        repository.save(session);
        return session.getId();
    }

    Set<String> sessionsOf(String username) {
        return sessions.findByPrincipalName(username).keySet();
    }

    Integer failuresOf(String username) {
        return jdbc.sql("select failures from login_throttle where username = ?")
                .param(username)
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    @Test
    void creatingACentreAndAnOperatorPublishesTheChangesAndTheOperatorCanActThere(Scenario scenario) {
        String centre = "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        scenario.stimulate(() -> organisation.createCentre(
                        new OrganisationService.CentreCommand(centre, "CPI Modulo", "PI", "Via Modulo 1", true)))
                .andWaitForEventOfType(DataChanged.class)
                .matching(e -> e.entityType().equals("Centre"))
                .toArriveAndVerify(e -> assertThat(e.action()).isEqualTo(AuditAction.CREATE));

        String username = "org" + centre.toLowerCase();
        var account = organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        username,
                        "Operatrice Modulo",
                        username + "@test.it",
                        EnumSet.of(Role.OPERATOR),
                        Set.of(centre),
                        true),
                "Modulo.Test.2026");
        assertThat(account.username()).isEqualTo(username);

        var actor = organisation.runAs(username, () -> current.actor());
        assertThat(actor.username()).isEqualTo(username);
        assertThat(actor.centreCode()).isEqualTo(centre);
        assertThat(organisation.centre(centre))
                .hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("CPI Modulo"));
    }

    @Test
    void theThrottleLocksAfterTheConfiguredFailuresAndUnlocksAfterTheLockout() {
        var throttle = throttle();
        String name = unique("guess");
        throttle.recordFailure(name.toUpperCase());
        throttle.recordFailure(name + " ");
        assertThat(throttle.isLocked(name)).isFalse();
        throttle.recordFailure(name);
        assertThat(throttle.isLocked(name)).isTrue();
        assertThat(throttle.isLocked(unique("other"))).isFalse();

        now.set(now.get().plus(Duration.ofMinutes(14)));
        assertThat(throttle.isLocked(name)).isTrue();
        now.set(now.get().plus(Duration.ofMinutes(2)));
        assertThat(throttle.isLocked(name)).isFalse();

        throttle.recordFailure(name);
        assertThat(throttle.isLocked(name))
                .as("the count starts again after a lockout")
                .isFalse();
        assertThat(failuresOf(name)).isEqualTo(1);
    }

    @Test
    void failuresFurtherApartThanTheWindowDoNotAddUp() {
        var throttle = throttle();
        String name = unique("slow");
        throttle.recordFailure(name);
        throttle.recordFailure(name);
        now.set(now.get().plus(Duration.ofMinutes(16)));
        throttle.recordFailure(name);
        throttle.recordFailure(name);
        assertThat(throttle.isLocked(name)).isFalse();
        throttle.recordFailure(name);
        assertThat(throttle.isLocked(name)).isTrue();
    }

    @Test
    void twoThrottlesOnOneDatabaseCountTheSameFailures() {
        var nodeA = throttle();
        var nodeB = throttle();
        String name = unique("both");
        nodeA.recordFailure(name);
        nodeB.recordFailure(name);
        nodeA.recordFailure(name);
        assertThat(nodeB.isLocked(name)).isTrue();
        assertThat(nodeA.isLocked(name)).isTrue();
    }

    @Test
    void aSuccessDeletesItsRowAndRowsThatAreOverArePrunedByLaterFailures() {
        var throttle = throttle();
        String succeeded = unique("ok");
        String forgotten = unique("old");
        String locked = unique("locked");
        throttle.recordFailure(succeeded);
        throttle.succeeded(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(succeeded, null, List.of())));
        assertThat(failuresOf(succeeded)).isNull();

        throttle.recordFailure(forgotten);
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure(locked);
        }
        now.set(now.get().plus(Duration.ofMinutes(14)));
        throttle.recordFailure(locked); // a failure during the lock extends it to 14 + 15 minutes
        now.set(now.get().plus(Duration.ofMinutes(3)));

        throttle.recordFailure(unique("later"));

        assertThat(failuresOf(forgotten)).as("window over, no lock: pruned").isNull();
        assertThat(failuresOf(locked)).as("its lock still runs: kept").isEqualTo(4);
        assertThat(throttle.isLocked(locked)).isTrue();
    }

    @Test
    void theKeyIsTheTrimmedLowerCasedUsernameOfBoundedLength() {
        assertThat(LoginThrottle.key(" Operatore ")).isEqualTo("operatore");
        assertThat(LoginThrottle.key(null)).isEmpty();
        assertThat(LoginThrottle.key("x".repeat(5000))).hasSize(LoginThrottle.MAX_KEY);
        var throttle = throttle();
        throttle.recordFailure("y".repeat(5000));
        assertThat(failuresOf("y".repeat(LoginThrottle.MAX_KEY))).isEqualTo(1);
    }

    @Test
    void lockingAnAccountPublishesTheFactAndEndsItsSessionsOnEveryNode(Scenario scenario) {
        String username = unique("lock");
        var account = newOperator(username);
        openSession(sessions, username);
        openSession(sessions, username);
        var throttle = throttle();

        scenario.stimulate(() -> {
                    for (int i = 0; i < 3; i++) {
                        throttle.recordFailure(username.toUpperCase());
                    }
                })
                .andWaitForEventOfType(AccountLocked.class)
                .matching(e -> e.username().equals(username))
                .toArriveAndVerify(e -> {
                    assertThat(e.operatorId()).isEqualTo(account.id());
                    assertThat(e.failures()).isEqualTo(3);
                    assertThat(e.lockedUntil()).isEqualTo(now.get().plus(Duration.ofMinutes(15)));
                });

        assertThat(sessionsOf(username)).isEmpty();
    }

    @Test
    void deactivatingAnAccountOrChangingItsRolesEndsAllItsSessionsAndNoOneElses() {
        var account = newOperator(unique("sess"));
        var other = newOperator(unique("keep"));
        openSession(sessions, account.username());
        openSession(sessions, account.username());
        String kept = openSession(sessions, other.username());

        change(account, account.roles(), "Sara Sessa Rinominata", true);
        assertThat(sessionsOf(account.username()))
                .as("a new name ends no session")
                .hasSize(2);

        change(account, EnumSet.of(Role.OPERATOR, Role.COORDINATOR), "Sara Sessa Rinominata", true);
        assertThat(sessionsOf(account.username())).isEmpty();

        openSession(sessions, account.username());
        change(organisation.operator(account.id()), EnumSet.of(Role.OPERATOR, Role.COORDINATOR), "Sara", false);
        assertThat(sessionsOf(account.username())).isEmpty();
        assertThat(sessionsOf(other.username())).containsExactly(kept);
    }
}
