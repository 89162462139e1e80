package it.orienta.pathway;

import it.orienta.guidance.CentreDesk;
import it.orienta.person.PersonService;
import it.orienta.referral.SentReferrals;
import it.orienta.system.CaseAccess;
import it.orienta.system.Rome;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import java.sql.Array;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Closing a person's orientation pathway with its outcomes (R26). */
@Service
class PathwayOutcomes {

    private final JdbcClient jdbc;
    private final CentreDesk desk;
    private final PersonService persons;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseAccess caseAccess;
    private final SentReferrals referrals;

    PathwayOutcomes(
            JdbcClient jdbc,
            CentreDesk desk,
            PersonService persons,
            ApplicationEventPublisher events,
            Clock clock,
            CaseAccess caseAccess,
            SentReferrals referrals) {
        this.jdbc = jdbc;
        this.desk = desk;
        this.persons = persons;
        this.events = events;
        this.clock = clock;
        this.caseAccess = caseAccess;
        this.referrals = referrals;
    }

    /**
     * What closing a pathway asks for.
     *
     * @param referralId the person's sent referral the outcome "referred to another service" cites (once only)
     * @param referredTo the service's name, typed only when no recorded referral fits
     */
    public record ClosePathway(
            LocalDate closedOn, Set<Outcome> outcomes, UUID referralId, String referredTo, String notes) {}

    /** The service a "referred" outcome names: a recorded referral's, or typed (then {@code referralId} is null). */
    record Referred(UUID referralId, String service) {
        static final Referred NONE = new Referred(null, null);
    }

    /**
     * Records the pathway as closed on {@code closedOn} (not in the future) with one or more outcomes; "referred to
     * another service" cites one of the person's sent referrals or, when none fits, names the service.
     */
    @Transactional
    public OutcomeView close(UUID personId, ClosePathway command) {
        persons.view(personId);
        caseAccess.write(personId);
        var actor = desk.actor();
        var violations = new ArrayList<Violation>();
        LocalDate today = LocalDate.now(clock.withZone(Rome.ZONE));
        if (command.closedOn() == null) {
            violations.add(Violation.of("guidance.outcome.date.required", "closedOn"));
        } else if (command.closedOn().isAfter(today)) {
            violations.add(Violation.of("guidance.outcome.date.future", "closedOn"));
        }
        var outcomes = command.outcomes() == null || command.outcomes().isEmpty()
                ? EnumSet.noneOf(Outcome.class)
                : EnumSet.copyOf(command.outcomes());
        if (outcomes.isEmpty()) {
            violations.add(Violation.of("guidance.outcome.required", "outcomes"));
        }
        var referred = referred(
                outcomes, command.referralId(), command.referredTo(), () -> referrals.of(personId), violations);
        String notes = command.notes() == null ? "" : command.notes().strip();
        if (notes.length() > 2000) {
            violations.add(Violation.of("guidance.outcome.notes.long", "notes", 2000));
        }
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now(clock);
        jdbc.sql("insert into pathway_outcome (id, person_id, closed_on, outcomes, referral_id, referred_to, notes,"
                        + " centre_code, recorded_at, recorded_by) values (?, ?, ?, ?::varchar[], ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        personId,
                        Date.valueOf(command.closedOn()),
                        "{" + String.join(",", outcomes.stream().map(Enum::name).toList()) + "}",
                        referred.referralId(),
                        referred.service(),
                        notes,
                        actor.centreCode(),
                        Timestamp.from(now),
                        actor.displayName())
                .update();
        events.publishEvent(new PathwayClosed(
                UUID.randomUUID(), actor, now, personId, id, command.closedOn(), List.copyOf(outcomes)));
        return load(personId).getFirst();
    }

    /**
     * The service a "referred" outcome names (R26, once only): with {@code referralId}, one of the person's sent
     * referrals ({@code sent} is asked only then), its service's name kept beside it; else the name typed, required.
     * Without the outcome, neither is kept.
     */
    static Referred referred(
            Set<Outcome> outcomes,
            UUID referralId,
            String typed,
            Supplier<List<SentReferrals.SentReferral>> sent,
            List<Violation> violations) {
        String text = typed == null ? "" : typed.strip();
        if (!outcomes.contains(Outcome.REFERRED)) {
            return Referred.NONE;
        }
        if (referralId != null) {
            var cited =
                    sent.get().stream().filter(r -> r.id().equals(referralId)).findFirst();
            if (cited.isEmpty()) {
                violations.add(Violation.of("guidance.outcome.referral.not-persons", "referralId"));
                return Referred.NONE;
            }
            return new Referred(referralId, cited.get().service());
        }
        if (text.isEmpty()) {
            violations.add(Violation.of("guidance.outcome.referred-to.required", "referredTo"));
        } else if (text.length() > 300) {
            violations.add(Violation.of("guidance.outcome.referred-to.long", "referredTo", 300));
        }
        return new Referred(null, text);
    }

    /** The person's sent referrals a "referred" outcome may cite (the page's choices; a read of the referrals). */
    @Transactional(readOnly = true)
    public List<SentReferrals.SentReferral> referralsToCite(UUID personId) {
        return referrals.of(personId);
    }

    /** The person's closed pathways, the latest first. */
    @Transactional(readOnly = true)
    public List<OutcomeView> outcomes(UUID personId) {
        caseAccess.read(personId, "outcomes");
        return load(personId);
    }

    private List<OutcomeView> load(UUID personId) {
        return jdbc.sql(
                        "select id, person_id, closed_on, outcomes, referral_id, referred_to, notes, centre_code, recorded_at, recorded_by"
                                + " from pathway_outcome where person_id = ? order by closed_on desc, recorded_at desc")
                .param(personId)
                .query((rs, i) -> {
                    Array array = rs.getArray("outcomes");
                    var names = (Object[]) array.getArray();
                    return new OutcomeView(
                            rs.getObject("id", UUID.class),
                            rs.getObject("person_id", UUID.class),
                            rs.getObject("closed_on", LocalDate.class),
                            Arrays.stream(names)
                                    .map(n -> Outcome.valueOf((String) n))
                                    .sorted()
                                    .toList(),
                            rs.getObject("referral_id", UUID.class),
                            rs.getString("referred_to"),
                            rs.getString("notes"),
                            rs.getString("centre_code"),
                            rs.getTimestamp("recorded_at").toInstant(),
                            rs.getString("recorded_by"));
                })
                .list();
    }
}
