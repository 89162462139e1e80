package it.orienta.pathway;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A closed pathway: its outcomes (R26), the day it closed, who recorded it.
 *
 * @param referralId the recorded referral a "referred" outcome cites, if one was picked
 * @param referredTo the service a "referred" outcome names (the referral's, or typed)
 */
record OutcomeView(
        UUID id,
        UUID personId,
        LocalDate closedOn,
        List<Outcome> outcomes,
        UUID referralId,
        String referredTo,
        String notes,
        String centreCode,
        Instant recordedAt,
        String recordedBy) {}
