package it.orienta.agreement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What operators ask of the agreement; times are local to the centres (Europe/Rome). */
public final class Commands {

    private Commands() {}

    /** Phase 1 (R6); a missing flag is false. */
    public record SavePhase1(
            Boolean explainedProcess, Boolean explainedRights, String expectations, String motivation) {}

    /** Phase 2 (R7, R8): ratings and notes by area number (1–10); areas left out keep nothing. */
    public record SavePhase2(
            Map<Integer, Integer> ratings,
            Map<Integer, String> notes,
            PortalRegistration portalRegistration,
            CvStatus cvStatus) {}

    /** Phase 3 apart from the plan items (R10, R25); {@code operatorId} null means the operator saving. */
    public record SavePhase3(
            String goal,
            UUID operatorId,
            ProfilingClass profilingClass,
            String contactFrequency,
            String proofOfSearch,
            Boolean availableWorkshops,
            Boolean availableTraining,
            Boolean availableJobOffers,
            String availabilityNotes,
            LocalDateTime nextAppointment,
            List<Measure> measures,
            Map<Measure, String> measureNotes) {}

    /** A plan item (R9): a charter service, a network actor's service, or the person's own action. */
    public record PlanItemCommand(
            AgreementView.PlanItem.Kind kind,
            String activityId,
            String actorName,
            AgreementView.PlanItem.ActorKind actorKind,
            String description,
            LocalDate dueDate,
            String frequency) {}

    /** A plan item moves to another status; abandoning or cancelling needs the note. */
    public record ChangeStatus(AgreementView.PlanItem.Status status, String note) {}

    /** The signature: the date the person signed on paper; the scan (PDF) when uploaded. */
    public record Sign(LocalDate signedOn, Scan scan) {}

    /** An uploaded signed scan. */
    public record Scan(String fileName, byte[] content) {

        /** The largest signed scan accepted. */
        public static final int MAX_BYTES = 10 * 1024 * 1024;
    }
}
