package it.orienta.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One version of a person's PSP with its whole content. {@code version} is the optimistic version of the draft
 * (ETag); a signed version never changes.
 */
public record AgreementView(
        UUID id,
        UUID personId,
        int number,
        Agreement.Status status,
        UUID previousId,
        String centreCode,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        Phase1 phase1,
        Phase2 phase2,
        Phase3 phase3,
        List<PlanItem> items,
        List<UUID> meetingIds,
        Signature signature,
        long version) {

    public boolean draft() {
        return status == Agreement.Status.DRAFT;
    }

    public boolean signed() {
        return status == Agreement.Status.SIGNED;
    }

    /** Phase 1 (R6): what was explained, and the person's expectations and motivation in their words. */
    public record Phase1(
            Instant savedAt,
            boolean explainedProcess,
            boolean explainedRights,
            String expectations,
            String motivation) {}

    /** Phase 2 (R7, R8): the ten areas (always ten, in order), portal registration and CV. */
    public record Phase2(Instant savedAt, List<Area> areas, PortalRegistration portalRegistration, CvStatus cvStatus) {}

    /** One assessment area (1–10) with its rating (1–4, {@code null} not assessed yet) and notes. */
    public record Area(int area, Integer rating, String notes) {}

    /** Phase 3 (R9, R10) apart from the plan items: the goal, the measures and the content of art. 20. */
    public record Phase3(
            Instant savedAt,
            String goal,
            UUID operatorId,
            String operatorName,
            ProfilingClass profilingClass,
            String contactFrequency,
            String proofOfSearch,
            boolean availableWorkshops,
            boolean availableTraining,
            boolean availableJobOffers,
            String availabilityNotes,
            Instant nextAppointment,
            List<AgreedMeasure> measures) {}

    public record AgreedMeasure(Measure measure, String notes) {}

    /** A plan item with its status history, oldest first. */
    public record PlanItem(
            UUID id,
            UUID lineageId,
            int position,
            AgreementItem.Kind kind,
            String activityId,
            String actorName,
            AgreementItem.ActorKind actorKind,
            String description,
            LocalDate dueDate,
            String frequency,
            AgreementItem.Status status,
            List<StatusChange> history,
            long version) {}

    public record StatusChange(AgreementItem.Status status, Instant changedAt, String changedBy, String note) {}

    /** How the person signed: the date on paper, and the scan when one was uploaded. */
    public record Signature(
            LocalDate signedOn,
            Instant recordedAt,
            String recordedBy,
            String method,
            String scanName,
            Integer scanBytes) {}
}
