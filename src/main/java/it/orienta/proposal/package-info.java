/**
 * Proposals of vacancies to persons and what came of them (issue 13, measure d, B03; ADR 0031): the proposal, the
 * person's answer (a refused offerta congrua recorded with its reason, no automatic sanction), the candidature, the
 * outcome; and the requests of a centre to the centre in charge of a person of theirs.
 *
 * <p><b>Owns</b> the tables {@code proposal}, {@code proposal_step} and {@code proposal_request} (V55). The order of
 * the steps lives in the aggregate {@link it.orienta.proposal.Proposal}; a request's in
 * {@link it.orienta.proposal.ProposalRequest}; one live proposal per vacancy and person is the unique partial index
 * {@code proposal_live}.
 *
 * <p><b>Offers</b> {@link it.orienta.proposal.ProposalService} (propose, answer, candidature, outcome, a person's and
 * a vacancy's proposals, the PSP's measure (d) summary {@code measure(personId)}, the home page's reads),
 * {@link it.orienta.proposal.ProposalRequests} (a centre's incoming and outgoing requests, accept, decline), the views
 * {@link it.orienta.proposal.ProposalView} and {@link it.orienta.proposal.RequestView}, the vocabulary
 * {@link it.orienta.proposal.ProposalTerms}, the commands {@link it.orienta.proposal.ProposalCommands} and the facts
 * {@link it.orienta.proposal.ProposalEvents} (case events: the timeline and the audit log). Pages
 * {@code /proposals/new?vacancyId=&personId=} (the form the Opportunità pages open), {@code /persons/{id}/proposals},
 * {@code /vacancies/{id}/proposals}, {@code /proposals/requests}; the API under {@code /api/v1/proposals},
 * {@code /api/v1/persons/{id}/proposals}, {@code /api/v1/vacancies/{id}/proposals},
 * {@code /api/v1/proposal-requests}; the home page's PROPOSALS section.
 *
 * <p><b>Uses</b> vacancy ({@code Vacancies}: the vacancy, whether open), matching ({@code Matching#score}: the
 * explanation snapshot), intake ({@code Charges}: the centre in charge; the matching consent), person (who the person
 * is), notification (the vacancy's summary to the person), organisation (who acts, the centres' names). Used by
 * pspversions (the measure (d) line of the PSP), audit and workerfile (the facts).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Proposals",
        allowedDependencies = {
            "system",
            "organisation",
            "person",
            "intake",
            "vacancy",
            "matching",
            "notification",
            "home",
            "web"
        })
package it.orienta.proposal;
