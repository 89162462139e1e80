package it.orienta.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An education title: ISTAT code (8 digits), year obtained, institution, country (ISTAT state code). */
public record EducationTitleCommand(
        @NotBlank(message = "{field.required}") @Pattern(regexp = "\\d{8}", message = "{field.education-code}")
        String titleCode,

        Integer year,

        @Size(max = 200, message = "{field.too-long}") String institution,

        @Pattern(regexp = "\\d{3}", message = "{field.country-code}")
        String countryCode,

        @Size(max = 500, message = "{field.too-long}") String description) {}
