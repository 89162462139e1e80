package it.orienta.interview;

import java.time.LocalDate;

/** The signature through the API: the date the person signed on paper. */
record SignRequest(LocalDate signedOn) {}
