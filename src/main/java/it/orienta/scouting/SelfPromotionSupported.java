package it.orienta.scouting;

import it.orienta.system.Actor;
import it.orienta.system.CaseEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The operator gave the person the list of companies to send a spontaneous candidature to (support to
 * self-promotion, measure d): on the timeline, and in the audit log as an export of the person's data.
 */
public record SelfPromotionSupported(
        UUID eventId,
        Actor actor,
        Instant occurredAt,
        UUID personId,
        List<UUID> employerIds,
        List<String> employerNames)
        implements CaseEvent {

    public SelfPromotionSupported {
        employerIds = List.copyOf(employerIds);
        employerNames = List.copyOf(employerNames);
    }
}
