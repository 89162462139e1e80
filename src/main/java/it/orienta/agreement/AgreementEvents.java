package it.orienta.agreement;

import it.orienta.system.Actor;
import it.orienta.system.CaseEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The events of the interview and of the PSP: facts about a person's case (ADR 0020). */
public final class AgreementEvents {

    private AgreementEvents() {}

    /** A new version of the PSP was drafted: the first ({@code fromNumber} null) or an update of a signed one. */
    public record AgreementDrafted(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID agreementId,
            int number,
            Integer fromNumber)
            implements CaseEvent {}

    /** A phase of the interview was saved (1, 2 or 3; the plan items are phase 3). */
    public record InterviewPhaseSaved(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID agreementId,
            int number,
            int phase,
            List<String> fields)
            implements CaseEvent {}

    /** The person signed a version of the PSP, which is now in force; the one before is superseded. */
    public record AgreementSigned(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID agreementId,
            int number,
            LocalDate signedOn,
            boolean scan)
            implements CaseEvent {}

    /** A plan item changed status (follow-up of the plan, or while drafting). */
    public record PlanItemStatusChanged(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID agreementId,
            UUID itemId,
            int number,
            String description,
            AgreementView.PlanItem.Status from,
            AgreementView.PlanItem.Status to)
            implements CaseEvent {}
}
