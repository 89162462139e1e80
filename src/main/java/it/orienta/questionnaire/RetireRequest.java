package it.orienta.questionnaire;

/** Retires an entry ({@code retired: true}) or puts it back. */
record RetireRequest(boolean retired) {}
