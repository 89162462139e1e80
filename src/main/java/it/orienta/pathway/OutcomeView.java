package it.orienta.pathway;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A closed pathway: its outcomes (R26), the day it closed, who recorded it. */
record OutcomeView(
        UUID id,
        UUID personId,
        LocalDate closedOn,
        List<Outcome> outcomes,
        String referredTo,
        String notes,
        String centreCode,
        Instant recordedAt,
        String recordedBy) {}
