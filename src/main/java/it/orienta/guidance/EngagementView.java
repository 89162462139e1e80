package it.orienta.guidance;

import it.orienta.charter.Compliance;
import java.time.Instant;
import java.util.UUID;

/** The meetings of one activity for one person; judged on their total when closed if the charter says so. */
public record EngagementView(
        UUID id,
        UUID personId,
        String activityId,
        String centreCode,
        Instant openedAt,
        boolean open,
        Instant closedAt,
        int meetings,
        int deliveredMinutes,
        Integer totalMinutes,
        UUID standardId,
        Compliance compliance,
        String deviationReason,
        long version) {}
