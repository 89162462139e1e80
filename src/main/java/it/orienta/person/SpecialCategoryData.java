package it.orienta.person;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Special-category data (GDPR art. 9): membership of the protected categories of L. 68/99 with the disability
 * percentage, and notes on vulnerability. Visible to operators and coordinators only; every read is audited.
 */
public record SpecialCategoryData(
        boolean disabilityL68,

        @Min(value = 0, message = "{field.percentage}") @Max(value = 100, message = "{field.percentage}")
        Integer disabilityPercentage,

        @Size(max = 2000, message = "{field.too-long}") String vulnerabilityNotes) {}
