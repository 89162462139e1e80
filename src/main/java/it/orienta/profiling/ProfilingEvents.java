package it.orienta.profiling;

import it.orienta.person.PersonFileEvent;
import it.orienta.system.Actor;
import it.orienta.system.AuditAction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The events of profiling; each belongs in the person's worker file. Summaries never name the indicators marked
 * (they describe a possible fragility): the timeline says that something happened, the profiling page says what.
 */
public final class ProfilingEvents {

    private ProfilingEvents() {}

    static String day(LocalDate date) {
        return date == null ? "" : ProfilingRules.DAY.format(date);
    }

    /** The interview was written or edited; {@code answers} is how many questions have an answer now. */
    public record InterviewSaved(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            boolean first,
            LocalDate interviewDate,
            int answers,
            List<String> fields)
            implements PersonFileEvent {
        public AuditAction action() {
            return first ? AuditAction.CREATE : AuditAction.UPDATE;
        }

        public String entityType() {
            return "ProfilingInterview";
        }

        public String entityId() {
            return personId.toString();
        }

        public String timelineKind() {
            return "profiling";
        }

        public String summaryKey() {
            return "timeline.profiling.saved";
        }

        public List<String> summaryArgs() {
            return List.of(day(interviewDate), String.valueOf(answers));
        }
    }

    /** The operator gave or changed the employability score (R4). */
    public record ScoreRecorded(
            UUID eventId, Actor actor, Instant occurredAt, UUID personId, Integer score, Integer previous)
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.UPDATE;
        }

        public String entityType() {
            return "ProfilingInterview";
        }

        public String entityId() {
            return personId.toString();
        }

        public List<String> fields() {
            return List.of("score");
        }

        public String timelineKind() {
            return "profiling";
        }

        public String summaryKey() {
            return score == null ? "timeline.profiling.score-removed" : "timeline.profiling.score";
        }

        public List<String> summaryArgs() {
            return List.of(score == null ? "" : String.valueOf(score));
        }
    }

    /** The deeper assessment proposed by the indicators was confirmed (R5). */
    public record AssessmentConfirmed(UUID eventId, Actor actor, Instant occurredAt, UUID personId)
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.UPDATE;
        }

        public String entityType() {
            return "ProfilingInterview";
        }

        public String entityId() {
            return personId.toString();
        }

        public List<String> fields() {
            return List.of("assessment");
        }

        public String timelineKind() {
            return "profiling";
        }

        public String summaryKey() {
            return "timeline.profiling.assessment";
        }

        public List<String> summaryArgs() {
            return List.of();
        }
    }

    /** A referral was written (not sent yet). */
    public record ReferralCreated(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID referralId,
            ReferralKind kind,
            String recipient)
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.CREATE;
        }

        public String entityType() {
            return "Referral";
        }

        public String entityId() {
            return referralId.toString();
        }

        public List<String> fields() {
            return List.of("kind", "recipient", "reasons", "sharedData", "consentGiven", "dueDate");
        }

        public String timelineKind() {
            return "referral";
        }

        public String summaryKey() {
            return "timeline.referral.created." + kind.name().toLowerCase(Locale.ROOT);
        }

        public List<String> summaryArgs() {
            return List.of(recipient);
        }
    }

    /**
     * A referral moved to its next step: {@code SENT}, {@code ACKNOWLEDGED}, {@code ANSWERED}, {@code CLOSED} (its
     * outcome recorded) or {@code CANCELLED}; {@code on} is the day it happened.
     */
    public record ReferralStepRecorded(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID referralId,
            ReferralStatus step,
            LocalDate on,
            String recipient)
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.UPDATE;
        }

        public String entityType() {
            return "Referral";
        }

        public String entityId() {
            return referralId.toString();
        }

        public List<String> fields() {
            return switch (step) {
                case SENT -> List.of("sentOn", "dueDate", "consentGiven");
                case ACKNOWLEDGED -> List.of("acknowledgedOn");
                case ANSWERED -> List.of("answeredOn", "answer");
                case CLOSED -> List.of("outcomeOn", "outcome");
                case CANCELLED -> List.of("cancelledOn", "cancelReason");
                case DRAFT -> List.of();
            };
        }

        public String timelineKind() {
            return "referral";
        }

        public String summaryKey() {
            return "timeline.referral." + step.name().toLowerCase(Locale.ROOT);
        }

        public List<String> summaryArgs() {
            return List.of(recipient, day(on));
        }
    }
}
