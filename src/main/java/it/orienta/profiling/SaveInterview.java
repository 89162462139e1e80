package it.orienta.profiling;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The interview as the operator leaves it: the day (Europe/Rome), every answer by question id (blank answers are
 * dropped), the score (1–5, or {@code null} while not given), the indicators marked and the notes.
 */
public record SaveInterview(
        LocalDate interviewDate, Map<UUID, String> answers, Integer score, Set<UUID> indicators, String notes) {}
