package it.orienta.charter;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/** A new time standard of an activity from a date on; limits in whole minutes, each optional. */
record StandardCommand(
        @NotNull LocalDate validFrom,
        @Positive Integer minMinutes,
        @Positive Integer maxMinutes,
        @Positive Integer minTotalMinutes,
        @Positive Integer maxTotalMinutes) {}
