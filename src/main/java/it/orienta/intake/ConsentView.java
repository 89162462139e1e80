package it.orienta.intake;

import java.time.Instant;
import java.util.UUID;

/** One recorded consent decision: what, when, by whom, in which centre. */
public record ConsentView(
        UUID id, ConsentState state, Instant recordedAt, String operatorName, String centreCode, UUID intakeId) {}
