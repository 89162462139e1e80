package it.orienta.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A job: employer, role as an ISTAT profession code, from–to (to empty while ongoing), SEP sector 1–24. */
public record WorkExperienceCommand(
        @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.too-long}")
        String employer,

        @NotBlank(message = "{field.required}") @Size(max = 20, message = "{field.too-long}")
        String professionCode,

        @NotNull(message = "{field.required}") LocalDate fromDate,
        LocalDate toDate,
        Integer sepSector,

        @Size(max = 2000, message = "{field.too-long}") String description) {}
