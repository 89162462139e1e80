package it.orienta.profiling;

/** Confirms the deeper assessment the marked indicators proposed (R5). */
public record ConfirmAssessment(String notes) {}
