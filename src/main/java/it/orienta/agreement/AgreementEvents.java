package it.orienta.agreement;

import it.orienta.person.PersonFileEvent;
import it.orienta.system.Actor;
import it.orienta.system.AuditAction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** The events of the interview and of the PSP; each belongs in the person's worker file (kind {@code agreement}). */
public final class AgreementEvents {

    static final String KIND = "agreement";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.CREATE;
        }

        public String entityType() {
            return "Agreement";
        }

        public String entityId() {
            return agreementId.toString();
        }

        public List<String> fields() {
            return List.of("number", "status");
        }

        public String timelineKind() {
            return KIND;
        }

        public String summaryKey() {
            return fromNumber == null ? "timeline.agreement.drafted" : "timeline.agreement.updated";
        }

        public List<String> summaryArgs() {
            return fromNumber == null
                    ? List.of(String.valueOf(number))
                    : List.of(String.valueOf(number), String.valueOf(fromNumber));
        }
    }

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
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.UPDATE;
        }

        public String entityType() {
            return "Agreement";
        }

        public String entityId() {
            return agreementId.toString();
        }

        public String timelineKind() {
            return KIND;
        }

        public String summaryKey() {
            return "timeline.agreement.phase-saved";
        }

        public List<String> summaryArgs() {
            return List.of(String.valueOf(phase), String.valueOf(number));
        }
    }

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
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.UPDATE;
        }

        public String entityType() {
            return "Agreement";
        }

        public String entityId() {
            return agreementId.toString();
        }

        public List<String> fields() {
            return scan ? List.of("status", "signedOn", "scan") : List.of("status", "signedOn");
        }

        public String timelineKind() {
            return KIND;
        }

        public String summaryKey() {
            return scan ? "timeline.agreement.signed-scan" : "timeline.agreement.signed";
        }

        public List<String> summaryArgs() {
            return List.of(String.valueOf(number), DAY.format(signedOn));
        }
    }

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
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.UPDATE;
        }

        public String entityType() {
            return "AgreementItem";
        }

        public String entityId() {
            return itemId.toString();
        }

        public List<String> fields() {
            return List.of("status");
        }

        public String timelineKind() {
            return KIND;
        }

        public String summaryKey() {
            return "timeline.agreement.item-status." + to.name();
        }

        public List<String> summaryArgs() {
            return List.of(description.length() > 80 ? description.substring(0, 79) + "…" : description);
        }
    }
}
