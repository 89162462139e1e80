package it.orienta.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.guidance.AppointmentService.Commitment;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The overlap rule of an appointment's time (issue 14): half-open intervals, so back to back is free, and the
 * earliest overlapping commitment is the one named.
 */
class AppointmentOverlapTest {

    static final Instant NINE = Instant.parse("2026-12-10T08:00:00Z"); // 09:00 in Rome

    static Commitment commitment(String kind, int fromMinutes, int toMinutes) {
        return new Commitment(
                kind,
                UUID.randomUUID(),
                "/x",
                null,
                kind,
                NINE.plusSeconds(fromMinutes * 60L),
                NINE.plusSeconds(toMinutes * 60L));
    }

    @Test
    void anAppointmentEndingWhenTheNewOneStartsOrStartingWhenItEndsIsNoOverlap() {
        var before = commitment(Commitment.APPOINTMENT, -60, 0);
        var after = commitment(Commitment.SESSION, 60, 120);

        assertThat(AppointmentService.firstOverlap(NINE, 60, List.of(before, after)))
                .isEmpty();
    }

    @Test
    void aCommitmentOverlappingByOneMinuteAtEitherEndIsAnOverlap() {
        var endsLate = commitment(Commitment.MEETING, -30, 1);
        var startsEarly = commitment(Commitment.APPOINTMENT, 59, 90);

        assertThat(AppointmentService.firstOverlap(NINE, 60, List.of(endsLate))).contains(endsLate);
        assertThat(AppointmentService.firstOverlap(NINE, 60, List.of(startsEarly)))
                .contains(startsEarly);
    }

    @Test
    void aCommitmentContainingOrContainedInTheNewTimeIsAnOverlap() {
        var around = commitment(Commitment.SESSION, -60, 180);
        var inside = commitment(Commitment.APPOINTMENT, 15, 30);

        assertThat(AppointmentService.firstOverlap(NINE, 60, List.of(around))).contains(around);
        assertThat(AppointmentService.firstOverlap(NINE, 60, List.of(inside))).contains(inside);
    }

    @Test
    void theEarliestOverlappingCommitmentIsNamed() {
        var later = commitment(Commitment.APPOINTMENT, 30, 90);
        var earlier = commitment(Commitment.SESSION, -10, 20);
        var elsewhere = commitment(Commitment.MEETING, -120, -60);

        assertThat(AppointmentService.firstOverlap(NINE, 60, List.of(later, elsewhere, earlier)))
                .contains(earlier);
    }
}
