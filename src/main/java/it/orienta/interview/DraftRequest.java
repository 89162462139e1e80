package it.orienta.interview;

/** A new PSP version through the API: whether the interview's basic-guidance meeting starts now with the draft. */
record DraftRequest(Boolean startInterview) {}
