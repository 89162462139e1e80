package it.orienta.matching;

import java.util.UUID;

/** How well a vacancy fits a person, with why. */
public record VacancyFit(UUID vacancyId, Explanation explanation) {}
