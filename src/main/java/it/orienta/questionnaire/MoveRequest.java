package it.orienta.questionnaire;

/** Moves an entry one place: {@code direction} is {@code up} or {@code down}. */
record MoveRequest(String direction) {}
