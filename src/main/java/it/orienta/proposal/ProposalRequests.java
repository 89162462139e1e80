package it.orienta.proposal;

import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.Role;
import it.orienta.proposal.ProposalCommands.AcceptRequest;
import it.orienta.proposal.ProposalCommands.DeclineRequest;
import it.orienta.proposal.ProposalEvents.ProposalRequestAnswered;
import it.orienta.system.Actor;
import it.orienta.system.CaseAccess;
import it.orienta.system.CaseAccessDeniedException;
import it.orienta.system.NotFoundException;
import it.orienta.system.StaleVersionException;
import it.orienta.vacancy.Vacancies;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests of one centre to the centre in charge of a person to propose a vacancy (ADR 0031): the case is the centre
 * in charge's (ADR 0017), so another centre's operator or a pre-selection operator asks rather than proposes. An
 * operator of the centre in charge accepts — and so proposes the vacancy as that centre, under the same rules as a
 * proposal of its own — or declines with a reason; the requesting centre reads the answer.
 */
@Service
public class ProposalRequests {

    /** Days a requester's home page shows the answers to its requests. */
    static final int ANSWERED_DAYS = 7;

    private final RequestRepository requests;
    private final ProposalQueries queries;
    private final ProposalService proposals;
    private final Vacancies vacancies;
    private final CurrentActor current;
    private final CaseAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalRequests(
            RequestRepository requests,
            ProposalQueries queries,
            ProposalService proposals,
            Vacancies vacancies,
            CurrentActor current,
            CaseAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.queries = queries;
        this.proposals = proposals;
        this.vacancies = vacancies;
        this.current = current;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A request, for the centre that sent it (who the person is and the answer, nothing of the case) or the centre in
     * charge (a read of the case); 404 when unknown, 403 as the record-access policy answers for anyone else.
     */
    @Transactional(readOnly = true)
    public RequestView request(UUID id) {
        if (current.account().isPresent()
                && !(current.has(Role.OPERATOR)
                        || current.has(Role.COORDINATOR)
                        || current.has(Role.MATCHING_OPERATOR))) {
            throw new CaseAccessDeniedException("access.role", null, null);
        }
        var request = load(id);
        String centre = current.actor().centreCode();
        boolean requester = centre != null && centre.equals(request.fromCentre()) && !centre.equals(request.toCentre());
        if (current.account().isPresent() && !requester) {
            // the centre in charge reads its person's request (audited); anyone else is refused as for the case
            access.read(request.personId(), "proposals");
        }
        return request;
    }

    /** The requests sent to the current centre awaiting its answer, oldest first. */
    @Transactional(readOnly = true)
    public List<RequestView> incoming(int limit) {
        return incoming(current.actor().centreCode(), limit);
    }

    /**
     * The requests sent to this centre awaiting its answer, oldest first (the home page's worklist names the centre
     * of its actor); none for no centre. Only someone working in that centre today, or the application itself.
     */
    @Transactional(readOnly = true)
    public List<RequestView> incoming(String centre, int limit) {
        if (centre == null) {
            return List.of();
        }
        access.centre(centre);
        return queries.requestsTo(centre, limit);
    }

    /** The requests the current centre sent, newest first, with their answers. */
    @Transactional(readOnly = true)
    public List<RequestView> outgoing(int limit) {
        String centre = requireCentre();
        return queries.requestsFrom(centre, null, limit);
    }

    /** The current centre's requests answered in the last {@value #ANSWERED_DAYS} days, newest first. */
    @Transactional(readOnly = true)
    public List<RequestView> recentlyAnswered(int limit) {
        return recentlyAnswered(requireCentre(), limit);
    }

    /**
     * This centre's requests answered in the last {@value #ANSWERED_DAYS} days, newest first (the home page's worklist
     * names the centre of its actor). Only someone working in that centre today, or the application itself.
     */
    @Transactional(readOnly = true)
    public List<RequestView> recentlyAnswered(String centre, int limit) {
        if (centre == null) {
            return List.of();
        }
        if (current.account().isPresent() && !centre.equals(requireCentre())) {
            throw new CaseAccessDeniedException("access.other-centre", null, centre);
        }
        return queries.requestsFrom(centre, clock.instant().minus(Duration.ofDays(ANSWERED_DAYS)), limit);
    }

    /**
     * Accepts a request (If-Match {@code version}): an operator of the centre in charge proposes the vacancy, on that
     * day through that channel, under every rule of a proposal (the vacancy still open, the consent still given, no
     * live proposal). Returns the proposal.
     */
    @Transactional
    public ProposalView accept(UUID id, AcceptRequest command, long version) {
        var request = pending(id, version);
        var vacancy = vacancies
                .find(request.vacancyId())
                .orElseThrow(() -> new NotFoundException("Vacancy", request.vacancyId()));
        Actor actor = current.actor();
        // the request leaves the pending index first, so that the proposal's own duplicate check does not find it
        request.accept(null, actor.displayName(), clock.instant());
        save(request, version);
        String centre = proposals.checkProposable(vacancy, request.personId());
        if (!proposals.ownCase(centre)) {
            throw new CaseAccessDeniedException("access.other-centre", request.personId(), null);
        }
        var proposal = proposals.make(
                vacancy, request.personId(), centre, command.channel(), command.proposedOn(), request.id());
        request.linkProposal(proposal.id());
        requests.saveAndFlush(request);
        events.publishEvent(new ProposalRequestAnswered(
                UUID.randomUUID(),
                actor,
                clock.instant(),
                request.personId(),
                request.id(),
                request.vacancyTitle(),
                true,
                null));
        return proposal;
    }

    /** Declines a request with the reason the requesting centre reads (If-Match {@code version}). */
    @Transactional
    public RequestView decline(UUID id, DeclineRequest command, long version) {
        var request = pending(id, version);
        Actor actor = current.actor();
        request.decline(command.reason(), actor.displayName(), clock.instant());
        save(request, version);
        events.publishEvent(new ProposalRequestAnswered(
                UUID.randomUUID(),
                actor,
                clock.instant(),
                request.personId(),
                request.id(),
                request.vacancyTitle(),
                false,
                request.declineReason()));
        return load(id);
    }

    private ProposalRequest pending(UUID id, long version) {
        var request = requests.findById(id).orElseThrow(() -> new NotFoundException("ProposalRequest", id));
        access.write(request.personId());
        if (request.version() != version) {
            throw new StaleVersionException(request.version(), load(id));
        }
        return request;
    }

    private void save(ProposalRequest request, long version) {
        try {
            requests.saveAndFlush(request);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleVersionException(version + 1, null);
        }
    }

    private String requireCentre() {
        String centre = current.actor().centreCode();
        if (centre == null
                || !(current.has(Role.OPERATOR)
                        || current.has(Role.COORDINATOR)
                        || current.has(Role.MATCHING_OPERATOR))) {
            throw new CaseAccessDeniedException("access.no-centre", null, null);
        }
        return centre;
    }

    private RequestView load(UUID id) {
        return queries.request(id).orElseThrow(() -> new NotFoundException("ProposalRequest", id));
    }
}
