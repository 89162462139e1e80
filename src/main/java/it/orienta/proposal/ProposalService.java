package it.orienta.proposal;

import it.orienta.intake.Charges;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.Role;
import it.orienta.person.PersonService;
import it.orienta.person.PersonSummary;
import it.orienta.proposal.ProposalCommands.Propose;
import it.orienta.proposal.ProposalCommands.RecordAnswer;
import it.orienta.proposal.ProposalCommands.RecordOutcome;
import it.orienta.proposal.ProposalCommands.SendCandidature;
import it.orienta.proposal.ProposalEvents.CandidatureSent;
import it.orienta.proposal.ProposalEvents.ProposalAnswered;
import it.orienta.proposal.ProposalEvents.ProposalMade;
import it.orienta.proposal.ProposalEvents.ProposalOutcomeRecorded;
import it.orienta.proposal.ProposalEvents.ProposalRequested;
import it.orienta.proposal.ProposalTerms.Channel;
import it.orienta.system.Actor;
import it.orienta.system.AuditAction;
import it.orienta.system.CaseAccess;
import it.orienta.system.CaseAccessDeniedException;
import it.orienta.system.DataChanged;
import it.orienta.system.DuplicateException;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.vacancy.Vacancies;
import it.orienta.vacancy.VacancyTerms;
import it.orienta.vacancy.VacancyView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals of vacancies to persons and what came of them (measure d, B03; ADR 0031). The order of the steps is the
 * {@link Proposal}'s; this service checks who may act, the rules that need other modules, saves and publishes.
 *
 * <p><b>Proposing</b> ({@link #propose}): refused with {@code proposal.vacancy-closed} (the vacancy is not OPEN or
 * its expiry passed), {@code proposal.not-in-charge} (no centre has the person in charge), {@code proposal.consent}
 * (the matching consent is not given, R18), {@code proposal.duplicate} (a live proposal or a pending request of the
 * same vacancy to the same person — also the loser of two operators proposing at once, by the unique partial index).
 * An operator of the centre in charge proposes; anyone else (another centre's operator, a pre-selection operator)
 * makes a request to that centre instead ({@link ProposalRequests}). A proposal stores the match's explanation as
 * it was, and queues the vacancy's summary to the person by e-mail and SMS.
 *
 * <p>Every read or change of a person's proposals asks the record-access policy ({@link CaseAccess}).
 */
@Service
public class ProposalService {

    /** Days without an answer after which a proposal is on the home page. */
    public static final int ANSWER_DAYS = 7;

    /** Days after the candidature without an outcome after which a proposal is on the home page. */
    public static final int OUTCOME_DAYS = 14;

    private final ProposalRepository proposals;
    private final RequestRepository requests;
    private final ProposalQueries queries;
    private final ProposalMaking making;
    private final Vacancies vacancies;
    private final Charges charges;
    private final IntakeService intakes;
    private final PersonService persons;
    private final CurrentActor current;
    private final CaseAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalService(
            ProposalRepository proposals,
            RequestRepository requests,
            ProposalQueries queries,
            ProposalMaking making,
            Vacancies vacancies,
            Charges charges,
            IntakeService intakes,
            PersonService persons,
            CurrentActor current,
            CaseAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.proposals = proposals;
        this.requests = requests;
        this.queries = queries;
        this.making = making;
        this.vacancies = vacancies;
        this.charges = charges;
        this.intakes = intakes;
        this.persons = persons;
        this.current = current;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** A proposal made, or the request sent to the centre in charge instead: one of the two is {@code null}. */
    public record Proposed(ProposalView proposal, RequestView request) {}

    /**
     * What the proposal form shows before anything is saved: the vacancy, who the person is (the registry), the
     * centre in charge and whether proposing makes a request to it.
     */
    public record Preview(VacancyView vacancy, PersonSummary person, String centreInCharge, boolean request) {}

    /** The count of a person's proposals and the latest, for the PSP's measure (d). */
    public record MeasureSummary(int proposals, ProposalView latest) {}

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The form's preview; 404 for an unknown vacancy or person. */
    @Transactional(readOnly = true)
    public Preview preview(UUID vacancyId, UUID personId) {
        requireProposer();
        var vacancy = vacancy(vacancyId);
        var person = persons.identity(personId);
        String centre = charges.currentCentreCodes(List.of(personId)).get(personId);
        return new Preview(vacancy, person, making.centreLabel(centre), centre != null && !ownCase(centre));
    }

    /**
     * Proposes a vacancy to a person, or — when the current user is not an operator of the centre in charge — sends
     * that centre a request. Refusals as the class says; nothing is saved by a refusal.
     */
    @Transactional
    public Proposed propose(Propose command) {
        requireProposer();
        if (command.vacancyId() == null) {
            throw new RuleViolationException("proposal.vacancy.required", "vacancyId");
        }
        if (command.personId() == null) {
            throw new RuleViolationException("proposal.person.required", "personId");
        }
        var vacancy = vacancy(command.vacancyId());
        persons.identity(command.personId());
        String centre = checkProposable(vacancy, command.personId());
        Actor actor = current.actor();
        if (!ownCase(centre)) {
            var request = ProposalRequest.ask(
                    named(vacancy),
                    command.personId(),
                    actor.centreCode(),
                    centre,
                    command.note(),
                    actor.displayName(),
                    clock.instant());
            try {
                requests.saveAndFlush(request);
            } catch (DataIntegrityViolationException e) {
                throw duplicate(null);
            }
            events.publishEvent(new ProposalRequested(
                    UUID.randomUUID(),
                    actor,
                    clock.instant(),
                    command.personId(),
                    request.id(),
                    vacancy.id(),
                    vacancy.title(),
                    actor.centreCode(),
                    centre));
            return new Proposed(null, queries.request(request.id()).orElseThrow());
        }
        access.write(command.personId());
        var proposal = make(vacancy, command.personId(), centre, command.channel(), command.proposedOn(), null);
        return new Proposed(proposal, null);
    }

    /**
     * Makes the proposal as the centre in charge (also when it accepts a request): the snapshot of the match, the
     * save (the unique index decides between two at once), the fact and the message to the person.
     */
    ProposalView make(
            VacancyView vacancy, UUID personId, String centre, Channel channel, LocalDate on, UUID requestId) {
        Actor actor = current.actor();
        Instant now = clock.instant();
        var proposal = Proposal.propose(
                named(vacancy),
                personId,
                centre,
                channel,
                on,
                making.snapshot(vacancy, personId),
                requestId,
                actor.displayName(),
                today(),
                now);
        try {
            proposals.saveAndFlush(proposal);
        } catch (DataIntegrityViolationException e) {
            throw duplicate(personId);
        }
        events.publishEvent(new ProposalMade(
                UUID.randomUUID(),
                actor,
                now,
                personId,
                proposal.id(),
                vacancy.id(),
                vacancy.title(),
                vacancy.employerName(),
                channel,
                on,
                proposal.matchScore(),
                requestId));
        making.notify(proposal, vacancy, actor);
        return load(proposal.id());
    }

    /**
     * The rules of proposing that need other modules: the vacancy open and not expired, a centre in charge, the
     * matching consent given, no live proposal nor pending request. Returns the centre in charge.
     */
    String checkProposable(VacancyView vacancy, UUID personId) {
        if (vacancy.status() != VacancyTerms.Status.OPEN || vacancy.expiryDate().isBefore(today())) {
            throw new RuleViolationException("proposal.vacancy-closed", "vacancyId", vacancy.title());
        }
        String centre = charges.currentCentreCodes(List.of(personId)).get(personId);
        if (centre == null) {
            throw new RuleViolationException("proposal.not-in-charge", "personId");
        }
        if (!intakes.currentMatchingConsents(List.of(personId)).get(personId).allowsMatching()) {
            throw new RuleViolationException("proposal.consent", "personId");
        }
        if (queries.live(vacancy.id(), personId).isPresent()
                || queries.pendingRequest(vacancy.id(), personId).isPresent()) {
            throw duplicate(ownCase(centre) ? personId : null);
        }
        return centre;
    }

    /** The person's answer (If-Match {@code version}). */
    @Transactional
    public ProposalView answer(UUID id, RecordAnswer command, long version) {
        return step(
                id,
                version,
                (p, by) -> p.answer(command, by, today(), clock.instant()),
                p -> new ProposalAnswered(
                        UUID.randomUUID(),
                        current.actor(),
                        clock.instant(),
                        p.personId(),
                        p.id(),
                        p.vacancyTitle(),
                        command.answer(),
                        p.refusalReason(),
                        command.on()));
    }

    /** The candidature sent (If-Match {@code version}). */
    @Transactional
    public ProposalView sendCandidature(UUID id, SendCandidature command, long version) {
        return step(
                id,
                version,
                (p, by) -> p.sendCandidature(command, by, today(), clock.instant()),
                p -> new CandidatureSent(
                        UUID.randomUUID(),
                        current.actor(),
                        clock.instant(),
                        p.personId(),
                        p.id(),
                        p.vacancyTitle(),
                        command.to(),
                        command.on()));
    }

    /** What came of the candidature (If-Match {@code version}). */
    @Transactional
    public ProposalView recordOutcome(UUID id, RecordOutcome command, long version) {
        return step(
                id,
                version,
                (p, by) -> p.recordOutcome(command, by, today(), clock.instant()),
                p -> new ProposalOutcomeRecorded(
                        UUID.randomUUID(),
                        current.actor(),
                        clock.instant(),
                        p.personId(),
                        p.id(),
                        p.vacancyTitle(),
                        command.outcome(),
                        command.on(),
                        p.hiredContract(),
                        p.hiredStart()));
    }

    /** A proposal with its steps (a read of the person's proposals); 404 when unknown. */
    @Transactional(readOnly = true)
    public ProposalView proposal(UUID id) {
        access.read(personOf(id), "proposals");
        return load(id);
    }

    /** A person's proposals, newest first (a read of the person's case). */
    @Transactional(readOnly = true)
    public List<ProposalView> ofPerson(UUID personId) {
        access.read(personId, "proposals");
        persons.identity(personId);
        return queries.ofPerson(personId);
    }

    /** The count of the person's proposals and the latest, for the PSP's measure (d) (a read of the case). */
    @Transactional(readOnly = true)
    public MeasureSummary measure(UUID personId) {
        access.read(personId, "proposals");
        var m = queries.measure(personId);
        return new MeasureSummary(m.count(), m.latest());
    }

    /**
     * A vacancy's proposals across the centres, newest first: for a proposal of another centre only who, where, the
     * status and the days (the reason of a refusal and the notes stay with the centre in charge). Recorded in the
     * audit log as a read of the vacancy's proposals.
     */
    @Transactional
    public List<ProposalView> ofVacancy(UUID vacancyId) {
        requireProposer();
        vacancy(vacancyId);
        Actor actor = current.actor();
        var rows = queries.ofVacancy(vacancyId).stream()
                .map(p -> p.centreCode().equals(actor.centreCode()) ? p : p.withoutCaseDetail())
                .toList();
        events.publishEvent(DataChanged.of(
                clock.instant(), actor, AuditAction.READ, "VacancyProposals", vacancyId, List.of("status")));
        return rows;
    }

    /** The centre's proposals awaiting an answer for more than {@value #ANSWER_DAYS} days, oldest first. */
    @Transactional(readOnly = true)
    public List<ProposalView> answersAwaited(String centre, int limit) {
        access.centre(centre);
        return queries.awaitingAnswer(centre, today().minusDays(ANSWER_DAYS + 1L), limit);
    }

    /** The centre's candidatures without an outcome after {@value #OUTCOME_DAYS} days, oldest first. */
    @Transactional(readOnly = true)
    public List<ProposalView> outcomesToRecord(String centre, int limit) {
        access.centre(centre);
        return queries.outcomesDue(centre, today().minusDays(OUTCOME_DAYS + 1L), limit);
    }

    // ---------------------------------------------------------------- helpers

    private interface Move {
        void apply(Proposal p, String by);
    }

    private ProposalView step(UUID id, long version, Move move, Function<Proposal, Object> fact) {
        access.write(personOf(id));
        var proposal = proposals.findById(id).orElseThrow(() -> new NotFoundException("Proposal", id));
        if (proposal.version() != version) {
            throw new StaleVersionException(proposal.version(), load(id));
        }
        move.apply(proposal, current.actor().displayName());
        try {
            proposals.saveAndFlush(proposal);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleVersionException(version + 1, null);
        }
        events.publishEvent(fact.apply(proposal));
        return load(id);
    }

    private VacancyView vacancy(UUID id) {
        return vacancies.find(id).orElseThrow(() -> new NotFoundException("Vacancy", id));
    }

    private static Proposal.Vacancy named(VacancyView v) {
        return new Proposal.Vacancy(v.id(), v.title(), v.employerName());
    }

    /** The centre the current user works in today, or null. */
    String currentCentre() {
        return current.actor().centreCode();
    }

    /** An operator or coordinator working today in the centre in charge: the case is theirs to change. */
    boolean ownCase(String centre) {
        return centre != null
                && centre.equals(current.actor().centreCode())
                && (current.has(Role.OPERATOR) || current.has(Role.COORDINATOR));
    }

    private void requireProposer() {
        if (current.account().isPresent()
                && !(current.has(Role.OPERATOR)
                        || current.has(Role.COORDINATOR)
                        || current.has(Role.MATCHING_OPERATOR))) {
            throw new CaseAccessDeniedException("access.role", null, null);
        }
    }

    private DuplicateException duplicate(UUID personId) {
        return new DuplicateException(
                "proposal.duplicate", "vacancyId", personId == null ? null : "/persons/" + personId + "/proposals");
    }

    ProposalView load(UUID id) {
        return queries.byId(id).orElseThrow(() -> new NotFoundException("Proposal", id));
    }

    private UUID personOf(UUID id) {
        return proposals.personOf(id).orElseThrow(() -> new NotFoundException("Proposal", id));
    }
}
