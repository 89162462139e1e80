package it.orienta.profiling;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A person's qualitative profiling interview, with the quantitative index recorded at intake beside it. A person
 * never interviewed has an empty interview of version 0.
 *
 * @param answers answer text by question id
 * @param indicators the ids of the vulnerability indicators marked
 * @param score the operator's employability score, 1 (least) to 5 (most), or {@code null} while not given
 * @param assessmentConfirmedAt when the deeper assessment the indicators proposed was confirmed, or {@code null}
 * @param quantitativeIndex the national system's probability of staying unemployed (0–1), from intake
 */
public record InterviewView(
        UUID personId,
        boolean recorded,
        LocalDate interviewDate,
        Map<UUID, String> answers,
        Integer score,
        Set<UUID> indicators,
        String notes,
        Instant assessmentConfirmedAt,
        String assessmentConfirmedBy,
        String assessmentNotes,
        BigDecimal quantitativeIndex,
        LocalDate quantitativeDate,
        Instant updatedAt,
        String updatedBy,
        long version) {

    /** Some indicator is marked: a deeper assessment is proposed (R5). */
    @com.fasterxml.jackson.annotation.JsonProperty
    public boolean assessmentProposed() {
        return !indicators.isEmpty();
    }

    @com.fasterxml.jackson.annotation.JsonProperty
    public boolean assessmentConfirmed() {
        return assessmentConfirmedAt != null;
    }
}
