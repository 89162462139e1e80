package it.orienta.agreement;

import it.orienta.system.RuleViolationException.Violation;
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
        AgreementView.Status status,
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

    /** A version of a PSP: being written, in force (signed), or replaced by a later signed version. */
    public enum Status {
        DRAFT,
        SIGNED,
        SUPERSEDED
    }

    public boolean draft() {
        return status == AgreementView.Status.DRAFT;
    }

    public boolean signed() {
        return status == AgreementView.Status.SIGNED;
    }

    /**
     * What signing this version still needs, all of it at once, each naming its field: the same list a refused
     * signature gives (the date and the scan apart). {@code interviewRunning}: a meeting of its interview is running.
     */
    public List<Violation> missingForSignature(boolean interviewRunning) {
        return AgreementChecks.missingForSignature(
                items.isEmpty(),
                phase3.profilingClass(),
                phase3.contactFrequency(),
                phase3.proofOfSearch(),
                phase1.explainedRights(),
                interviewRunning);
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
            AgreementView.PlanItem.Kind kind,
            String activityId,
            String actorName,
            AgreementView.PlanItem.ActorKind actorKind,
            String description,
            LocalDate dueDate,
            String frequency,
            AgreementView.PlanItem.Status status,
            List<StatusChange> history,
            long version) {

        /** Who carries out a plan item (R9): the centre (a charter service), another actor of the network, the person. */
        public enum Kind {
            CENTRE,
            NETWORK,
            PERSON
        }

        /** The kinds of actors of the employment network a plan item may name (R9). */
        public enum ActorKind {
            EMPLOYMENT_AGENCY,
            CHAMBER_OF_COMMERCE,
            TRAINING_BODY,
            SOCIAL_SERVICES,
            THIRD_SECTOR,
            SCHOOL_UNIVERSITY,
            OTHER
        }

        /** Where a plan item stands; every change is kept. Abandoning and cancelling need a note saying why. */
        public enum Status {
            PLANNED,
            IN_PROGRESS,
            DONE,
            /** The person gave it up. */
            ABANDONED,
            /** The centre cancelled it. */
            CANCELLED;

            /** Still to be done: shown on the home page when due. */
            public boolean open() {
                return this == PLANNED || this == IN_PROGRESS;
            }

            public boolean needsNote() {
                return this == ABANDONED || this == CANCELLED;
            }
        }
    }

    public record StatusChange(
            AgreementView.PlanItem.Status status, Instant changedAt, String changedBy, String note) {}

    /** How the person signed: the date on paper, and the scan when one was uploaded. */
    public record Signature(
            LocalDate signedOn,
            Instant recordedAt,
            String recordedBy,
            String method,
            String scanName,
            Integer scanBytes) {}
}
