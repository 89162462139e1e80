package it.orienta.portal;

import it.orienta.person.PersonFileEvent;
import it.orienta.system.Actor;
import it.orienta.system.AuditAction;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The events of the portal module, on the worker file's timeline (kind {@code portal}) and in the audit log. */
public final class PortalEvents {

    static final String KIND = "portal";

    private PortalEvents() {}

    /**
     * A transfer of a CV to the portal, or its removal from the CV search system, reached a state: requested by an
     * operator, sent, accepted, held until the person confirms, retrying, failed (with the portal's reason),
     * cancelled, removed.
     */
    public record TransferStepRecorded(
            UUID eventId,
            Actor actor,
            Instant occurredAt,
            UUID personId,
            UUID transferId,
            UUID cvId,
            TransferKind kind,
            TransferState state,
            String detail)
            implements PersonFileEvent {
        public AuditAction action() {
            return state == TransferState.REQUESTED ? AuditAction.CREATE : AuditAction.UPDATE;
        }

        public String entityType() {
            return "PortalTransfer";
        }

        public String entityId() {
            return transferId.toString();
        }

        public List<String> fields() {
            return List.of("state");
        }

        public String timelineKind() {
            return KIND;
        }

        public String summaryKey() {
            return "timeline.portal." + kind.name().toLowerCase(Locale.ROOT) + "."
                    + state.name().toLowerCase(Locale.ROOT);
        }

        public List<String> summaryArgs() {
            return List.of(detail == null ? "" : detail);
        }
    }

    /** The person's registration on the portal changed: pre-registered (awaiting confirmation) or confirmed. */
    public record RegistrationRecorded(
            UUID eventId, Actor actor, Instant occurredAt, UUID personId, RegistrationState state, String channel)
            implements PersonFileEvent {
        public AuditAction action() {
            return AuditAction.UPDATE;
        }

        public String entityType() {
            return "PortalRegistration";
        }

        public String entityId() {
            return personId.toString();
        }

        public List<String> fields() {
            return List.of("state");
        }

        public String timelineKind() {
            return KIND;
        }

        public String summaryKey() {
            return "timeline.portal.registration." + state.name().toLowerCase(Locale.ROOT);
        }

        public List<String> summaryArgs() {
            return List.of(channel == null ? "" : channel);
        }
    }
}
