package it.orienta.referral;

import it.orienta.organisation.CurrentActor;
import it.orienta.person.PersonService;
import it.orienta.profiling.ProfilingService;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.referral.ReferralCommands.CancelReferral;
import it.orienta.referral.ReferralCommands.CreateReferral;
import it.orienta.referral.ReferralCommands.RecordStep;
import it.orienta.referral.ReferralCommands.SendReferral;
import it.orienta.referral.ReferralEvents.ReferralCreated;
import it.orienta.referral.ReferralEvents.ReferralStepRecorded;
import it.orienta.referral.ReferralView.Reason;
import it.orienta.referral.ReferralView.ReasonSource;
import it.orienta.system.AuditAction;
import it.orienta.system.CaseAccess;
import it.orienta.system.DataChanged;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals to the social services (R5) and to other services (R26) with their steps and due dates. The rules are
 * the {@link Referral}'s; this service checks access, loads, calls it, saves and publishes. Other modules may ask
 * for a centre's referrals awaiting an answer and the overdue ones.
 *
 * <p>Every public method about a person asks the record-access policy first ({@link CaseAccess}): reads with what
 * is read ({@code referrals}, {@code referral}; the policy writes the one audit entry), changes as writes; a
 * referral is resolved to its person first (404 when unknown). The centre's lists are the centre of the day's
 * ({@link CaseAccess#centre}).
 */
@Service
class ReferralService {

    private final ReferralRepository referrals;
    private final ReferralQueries queries;
    private final ProfilingService profiling;
    private final PersonService persons;
    private final ReferenceService reference;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final CaseAccess access;

    ReferralService(
            ReferralRepository referrals,
            ReferralQueries queries,
            ProfilingService profiling,
            PersonService persons,
            ReferenceService reference,
            CurrentActor current,
            ApplicationEventPublisher events,
            MessageSource messages,
            Clock clock,
            CaseAccess access) {
        this.referrals = referrals;
        this.queries = queries;
        this.profiling = profiling;
        this.persons = persons;
        this.reference = reference;
        this.current = current;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.access = access;
    }

    /** Today in Rome, by the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The recipient a social-services referral goes to unless the operator says otherwise: the municipal social
     * service of the person's residence (R5), or empty when the residence is unknown.
     */
    @Transactional(readOnly = true)
    public Optional<String> defaultRecipient(UUID personId) {
        access.read(personId, "referrals");
        return recipientOf(personId);
    }

    private Optional<String> recipientOf(UUID personId) {
        String code = persons.identity(personId).residenceMunicipalityCode();
        if (code == null) {
            return Optional.empty();
        }
        String name = reference.labels(CodeSystem.MUNICIPALITY, List.of(code)).getOrDefault(code, code);
        return Optional.of(messages.getMessage("referral.recipient.default", new Object[] {name}, Locale.ITALIAN));
    }

    /**
     * Writes a referral (a draft until sent). Reasons are required (R5: drawn from the interviews); to the social
     * services only after a confirmed deeper assessment. A refusal saves nothing.
     */
    @Transactional
    public ReferralView createReferral(UUID personId, CreateReferral command) {
        access.write(personId);
        persons.identity(personId);
        var actor = current.actor();
        var basis = profiling.referralBasis(personId);
        var offered = new LinkedHashMap<String, Reason>();
        basis.reasons()
                .forEach(o -> offered.put(
                        o.ref(), new Reason(ReasonSource.valueOf(o.source().name()), o.sourceId(), o.text())));
        Instant now = Instant.now(clock);
        var referral = Referral.write(
                personId,
                command,
                offered,
                basis.assessmentConfirmed(),
                () -> recipientOf(personId).orElse(null),
                actor.centreCode(),
                actor.displayName(),
                today(),
                now);
        referrals.saveAndFlush(referral);
        events.publishEvent(new ReferralCreated(
                UUID.randomUUID(), actor, now, personId, referral.id(), referral.kind(), referral.recipient()));
        return load(referral.id());
    }

    /** A referral with its steps (a read of the person's referral); 404 when unknown. */
    @Transactional(readOnly = true)
    public ReferralView referral(UUID id) {
        access.read(personOf(id), "referral");
        return load(id);
    }

    /** A user opens a referral: shown, and recorded in the audit log (by the policy). */
    @Transactional(readOnly = true)
    public ReferralView openReferral(UUID id) {
        return referral(id);
    }

    /** A person's referrals, newest first (a read of the person's referrals); 404 when the person is unknown. */
    @Transactional(readOnly = true)
    public List<ReferralView> referrals(UUID personId) {
        access.read(personId, "referrals");
        persons.identity(personId);
        return queries.ofPerson(personId, today());
    }

    /** Sends a draft: the day, the person's consent to share, the due date of the answer. */
    @Transactional
    public ReferralView send(UUID id, SendReferral command, long version) {
        return step(id, version, r -> r.send(command, today()), ReferralStatus.SENT, command.sentOn());
    }

    @Transactional
    public ReferralView acknowledge(UUID id, RecordStep command, long version) {
        return step(id, version, r -> r.acknowledge(command, today()), ReferralStatus.ACKNOWLEDGED, command.on());
    }

    @Transactional
    public ReferralView answer(UUID id, RecordStep command, long version) {
        return step(id, version, r -> r.answer(command, today()), ReferralStatus.ANSWERED, command.on());
    }

    /** Records the outcome of the answered referral; it is then closed. */
    @Transactional
    public ReferralView outcome(UUID id, RecordStep command, long version) {
        return step(id, version, r -> r.recordOutcome(command, today()), ReferralStatus.CLOSED, command.on());
    }

    /** Cancels a referral that is not closed, with the reason. */
    @Transactional
    public ReferralView cancel(UUID id, CancelReferral command, long version) {
        return step(id, version, r -> r.cancel(command.reason(), today()), ReferralStatus.CANCELLED, today());
    }

    /** The referrals of a centre awaiting an answer whose due date has passed, most overdue first. */
    @Transactional(readOnly = true)
    public List<ReferralView> overdueReferrals(String centreCode) {
        access.centre(centreCode);
        return queries.overdue(centreCode, today());
    }

    /** The referrals of a centre awaiting an answer, overdue first then by due date; at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<ReferralView> awaitingAnswer(String centreCode, int limit) {
        access.centre(centreCode);
        return queries.awaiting(centreCode, limit, today());
    }

    /**
     * The centre's referrals for the coordinator, filtered by status and/or overdue, overdue first then by due
     * date and newest; {@code size} rows from {@code page}.
     */
    @Transactional
    public ReferralPage centreReferrals(
            String centreCode, ReferralStatus status, boolean overdueOnly, int page, int size) {
        if (centreCode == null) {
            throw new RuleViolationException("profiling.centre.required", null);
        }
        access.centre(centreCode);
        var result = queries.ofCentre(centreCode, status, overdueOnly, page, size, today());
        events.publishEvent(DataChanged.of(
                clock.instant(),
                current.actor(),
                AuditAction.READ,
                "CentreReferrals",
                centreCode,
                List.of("status", "overdue")));
        return result;
    }

    /** A page of the centre's referrals. */
    public record ReferralPage(List<ReferralView> rows, int page, boolean hasMore) {}

    // ---------------------------------------------------------------- helpers

    /**
     * One step of a referral: the access checked (a write), the version the operator saw, the aggregate's move,
     * the save (a lost race is a stale version) and the event.
     */
    private ReferralView step(UUID id, long version, Consumer<Referral> move, ReferralStatus step, LocalDate on) {
        access.write(personOf(id));
        var referral = referrals.findById(id).orElseThrow(() -> new NotFoundException("Referral", id));
        if (referral.version() != version) {
            throw new StaleVersionException(referral.version(), load(id));
        }
        move.accept(referral);
        try {
            referrals.saveAndFlush(referral);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleVersionException(version + 1, null);
        }
        events.publishEvent(new ReferralStepRecorded(
                UUID.randomUUID(),
                current.actor(),
                Instant.now(clock),
                referral.personId(),
                id,
                step,
                on,
                referral.recipient()));
        return load(id);
    }

    private ReferralView load(UUID id) {
        return queries.byId(id, today()).orElseThrow(() -> new NotFoundException("Referral", id));
    }

    /** The person a referral is about, for the access check; 404 when the referral does not exist. */
    private UUID personOf(UUID id) {
        return referrals.personOf(id).orElseThrow(() -> new NotFoundException("Referral", id));
    }
}
