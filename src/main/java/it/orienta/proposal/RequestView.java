package it.orienta.proposal;

import it.orienta.proposal.ProposalTerms.RequestStatus;
import it.orienta.system.Versioned;
import java.time.Instant;
import java.util.UUID;

/**
 * A centre's request to the centre in charge to propose a vacancy to a person, and its answer: what the requesting
 * centre and the centre in charge both see (who the person is — the regional registry — but nothing of the case).
 *
 * @param proposalId the proposal made by the centre in charge when it accepted; otherwise {@code null}
 */
public record RequestView(
        UUID id,
        UUID vacancyId,
        String vacancyTitle,
        String employerName,
        UUID personId,
        String personName,
        String fromCentre,
        String toCentre,
        String requestedBy,
        Instant requestedAt,
        String note,
        RequestStatus status,
        String answeredBy,
        Instant answeredAt,
        String declineReason,
        UUID proposalId,
        long version)
        implements Versioned {}
