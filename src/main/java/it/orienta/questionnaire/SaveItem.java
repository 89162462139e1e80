package it.orienta.questionnaire;

/** A question or an indicator as an administrator writes it. */
record SaveItem(String code, String labelIt, String labelEn) {}
