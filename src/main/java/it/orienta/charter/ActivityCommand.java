package it.orienta.charter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator sets of an activity: everything but its key and its time standards. */
record ActivityCommand(
        @NotBlank @Size(max = 10) @Pattern(regexp = "[A-Z0-9]{2,10}")
        String code,

        @NotBlank @Size(max = 200) String labelIt,
        @NotBlank @Size(max = 200) String labelEn,
        @Size(max = 2000) String descriptionIt,
        @Size(max = 2000) String descriptionEn,
        @NotNull Stage stage,
        @NotNull Delivery delivery,
        @Pattern(regexp = "[a-h]") String measure,
        String parentId) {}
