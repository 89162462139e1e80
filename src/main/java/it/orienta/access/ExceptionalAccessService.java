package it.orienta.access;

import it.orienta.intake.Charges;
import it.orienta.intake.Charges.TransferOut;
import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.Role;
import it.orienta.person.PersonService;
import it.orienta.system.CaseAccessDeniedException;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exceptional read of another centre's case (accesso straordinario, ADR 0017): an operator or coordinator whose
 * centre of the day does not have the person in charge states a reason and reads the case for a short time
 * ({@code orienta.access.exceptional-duration}). Never a write: the policy allows reads only under a grant, and each
 * read under it is audited with the reason. The coordinator of the centre that has the person in charge sees the
 * grants.
 */
@Service
class ExceptionalAccessService {

    static final int TEXT_MIN = 10;
    static final int TEXT_MAX = 1000;

    private static final String COLUMNS = "id, person_id, username, operator_name, centre_code, owner_centre, reason, "
            + "reason_text, granted_at, expires_at";

    private final JdbcClient jdbc;
    private final CaseAccessPolicy access;
    private final CurrentActor current;
    private final PersonService persons;
    private final AccessProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Charges charges;

    ExceptionalAccessService(
            JdbcClient jdbc,
            CaseAccessPolicy access,
            CurrentActor current,
            PersonService persons,
            AccessProperties properties,
            ApplicationEventPublisher events,
            Clock clock,
            Charges charges) {
        this.charges = charges;
        this.jdbc = jdbc;
        this.access = access;
        this.current = current;
        this.persons = persons;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** How long a grant lasts. */
    public Duration duration() {
        return properties.exceptionalDuration();
    }

    /**
     * Grants the current operator a read of the person's case until now + the configured duration. Only for a
     * person in charge (or last in charge) at another centre than the operator's centre of the day; the reason is
     * one of the list and the text, always required, says more (10–1000 characters).
     */
    @Transactional
    public ExceptionalAccessView grant(UUID personId, ExceptionalAccessReason reason, String text) {
        if (persons.summaries(List.of(personId)).isEmpty()) {
            throw new NotFoundException("Person", personId);
        }
        var account = current.account().orElseThrow(() -> new CaseAccessDeniedException("access.role", null, null));
        access.caseWorker();
        var centre =
                current.centreCode().orElseThrow(() -> new CaseAccessDeniedException("access.no-centre", null, null));
        var owner = charges.ownerCentre(personId)
                .filter(o -> !o.equals(centre))
                .orElseThrow(() -> new RuleViolationException("access.exceptional.not-needed", null));
        var normalised = it.orienta.system.TypedText.normalise(text);
        var violations = check(reason, normalised);
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        var now = Instant.now(clock);
        var grant = new ExceptionalAccessView(
                UUID.randomUUID(),
                personId,
                account.username(),
                account.fullName(),
                centre,
                owner,
                reason,
                normalised,
                now,
                now.plus(properties.exceptionalDuration()));
        jdbc.sql("insert into exceptional_access (operator_id, " + COLUMNS
                        + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .param(account.id())
                .param(grant.id())
                .param(personId)
                .param(grant.username())
                .param(grant.operatorName())
                .param(centre)
                .param(owner)
                .param(reason.name())
                .param(normalised)
                .param(Timestamp.from(grant.grantedAt()))
                .param(Timestamp.from(grant.expiresAt()))
                .update();
        access.chargeChanged(personId);
        events.publishEvent(new ExceptionalAccessGranted(
                UUID.randomUUID(), current.actor(), now, personId, grant.id(), owner, reason, grant.expiresAt()));
        return grant;
    }

    /** The time now, by the application's clock (for what a page shows as still active). */
    public Instant now() {
        return Instant.now(clock);
    }

    /**
     * The grants on the persons of the coordinator's centre of the day in the last {@code days} days, newest first
     * (at most {@code limit}): for the coordinator of the centre that has them in charge only.
     */
    @Transactional(readOnly = true)
    public List<ExceptionalAccessView> grantsOnMyPersons(int days, int limit) {
        return grantsOwnedBy(coordinatorCentre(), now().minus(Duration.ofDays(days)), limit);
    }

    /** The transfers of charge out of the coordinator's centre of the day in the last {@code days} days. */
    @Transactional(readOnly = true)
    public List<TransferOut> transfersOutOfMyCentre(int days, int limit) {
        return charges.transfersOutOf(coordinatorCentre(), now().minus(Duration.ofDays(days)), limit);
    }

    List<ExceptionalAccessView> grantsOwnedBy(String ownerCentre, Instant since, int limit) {
        return jdbc.sql("select " + COLUMNS + " from exceptional_access where owner_centre = ? and granted_at >= ? "
                        + "order by granted_at desc limit ?")
                .param(ownerCentre)
                .param(Timestamp.from(since))
                .param(limit)
                .query((rs, i) -> view(rs))
                .list();
    }

    /** The reason and its text break no rule (the text already normalised). */
    static List<Violation> check(ExceptionalAccessReason reason, String text) {
        var violations = new ArrayList<Violation>();
        if (reason == null) {
            violations.add(Violation.of("field.required-rule", "reason"));
        }
        it.orienta.system.TypedText.check(text, "text", "field.required-rule", TEXT_MIN, TEXT_MAX, violations);
        return violations;
    }

    private String coordinatorCentre() {
        if (current.account().isPresent() && !current.has(Role.COORDINATOR)) {
            throw new CaseAccessDeniedException("access.role", null, null);
        }
        var centre =
                current.centreCode().orElseThrow(() -> new CaseAccessDeniedException("access.no-centre", null, null));
        access.centre(centre);
        return centre;
    }

    private static ExceptionalAccessView view(ResultSet rs) throws SQLException {
        return new ExceptionalAccessView(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getString("username"),
                rs.getString("operator_name"),
                rs.getString("centre_code"),
                rs.getString("owner_centre"),
                ExceptionalAccessReason.valueOf(rs.getString("reason")),
                rs.getString("reason_text"),
                rs.getTimestamp("granted_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant());
    }
}
