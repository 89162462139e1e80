package it.orienta.referral;

import it.orienta.person.PersonFileEvent;
import it.orienta.system.Actor;
import it.orienta.system.AuditAction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The events of referrals; each belongs in the person's worker file. */
public final class ReferralEvents {

    private ReferralEvents() {}

    static String day(LocalDate date) {
        return date == null ? "" : Referral.DAY.format(date);
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
