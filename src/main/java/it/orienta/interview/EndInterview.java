package it.orienta.interview;

import java.time.LocalDateTime;

/** Ends the interview's running meeting; a duration outside the standard needs the reason (R2). */
record EndInterview(LocalDateTime end, String deviationReason) {}
