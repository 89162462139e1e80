package it.orienta.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One version of a person's PSP in a list: no content, read from one indexed row. */
public record AgreementSummary(
        UUID id,
        UUID personId,
        int number,
        AgreementView.Status status,
        String operatorName,
        Instant createdAt,
        Instant updatedAt,
        LocalDate signedOn,
        long version) {}
