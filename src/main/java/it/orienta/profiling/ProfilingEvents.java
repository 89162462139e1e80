package it.orienta.profiling;

import it.orienta.person.PersonFileEvent;
import it.orienta.system.Actor;
import it.orienta.system.AuditAction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * The events of the profiling interview; each belongs in the person's worker file. Summaries never name the indicators marked
 * (they describe a possible fragility): the timeline says that something happened, the profiling page says what.
 */
public final class ProfilingEvents {

    private ProfilingEvents() {}

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
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
}
