package it.orienta.proposal;

import it.orienta.home.WorklistItem;
import it.orienta.home.WorklistSource;
import it.orienta.system.Actor;
import it.orienta.system.Rome;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The home page's proposals: answers awaited for more than {@value ProposalService#ANSWER_DAYS} days, outcomes to
 * record {@value ProposalService#OUTCOME_DAYS} days after the candidature, requests from other centres to answer,
 * and the answers to the centre's own requests.
 */
@Component
class ProposalWorklist implements WorklistSource {

    static final String SECTION = "proposals";
    static final int LIMIT = 10;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ProposalService proposals;
    private final ProposalRequests requests;

    ProposalWorklist(ProposalService proposals, ProposalRequests requests) {
        this.proposals = proposals;
        this.requests = requests;
    }

    @Override
    public List<WorklistItem> worklist(Actor actor, LocalDate today) {
        if (actor.centreCode() == null || actor.roles() == null) {
            return List.of();
        }
        var items = new ArrayList<WorklistItem>();
        boolean caseWorker = actor.hasRole("OPERATOR") || actor.hasRole("COORDINATOR");
        if (caseWorker) {
            for (var p : proposals.answersAwaited(actor.centreCode(), LIMIT)) {
                items.add(new WorklistItem(
                        SECTION,
                        p.proposedOn().atStartOfDay(Rome.ZONE).toInstant(),
                        p.personName(),
                        "worklist.proposal.answer",
                        List.of(p.vacancyTitle(), DAY.format(p.proposedOn())),
                        "/persons/" + p.personId() + "/proposals",
                        false));
            }
            for (var p : proposals.outcomesToRecord(actor.centreCode(), LIMIT)) {
                items.add(new WorklistItem(
                        SECTION,
                        p.candidatureOn().atStartOfDay(Rome.ZONE).toInstant(),
                        p.personName(),
                        "worklist.proposal.outcome",
                        List.of(p.vacancyTitle(), DAY.format(p.candidatureOn())),
                        "/persons/" + p.personId() + "/proposals",
                        false));
            }
            for (var r : requests.incoming(actor.centreCode(), LIMIT)) {
                items.add(new WorklistItem(
                        SECTION,
                        r.requestedAt(),
                        r.personName(),
                        "worklist.proposal.request",
                        List.of(r.vacancyTitle(), r.fromCentre() == null ? "" : r.fromCentre()),
                        "/proposals/requests#request-" + r.id(),
                        true));
            }
        }
        if (caseWorker || actor.hasRole("MATCHING_OPERATOR")) {
            for (var r : requests.recentlyAnswered(actor.centreCode(), LIMIT)) {
                items.add(new WorklistItem(
                        SECTION,
                        r.answeredAt(),
                        r.personName(),
                        "worklist.proposal.request." + r.status().name().toLowerCase(java.util.Locale.ROOT),
                        List.of(r.vacancyTitle(), r.toCentre(), r.declineReason() == null ? "" : r.declineReason()),
                        "/proposals/requests#request-" + r.id(),
                        false));
            }
        }
        return items;
    }
}
