package it.orienta.workerfile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of a person's timeline. */
record TimelineEntry(
        UUID eventId,
        Instant occurredAt,
        String kind,
        String summaryKey,
        List<String> summaryArgs,
        String actorName,
        String centreCode) {}
