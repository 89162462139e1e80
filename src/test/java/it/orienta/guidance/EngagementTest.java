package it.orienta.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.charter.Compliance;
import it.orienta.charter.TimeStandard;
import it.orienta.system.RuleViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Engagement aggregate's invariants: the judged total (R24), a reason outside, nothing running, once. */
class EngagementTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    /** A skills audit: 8 to 12 hours in all. */
    static final TimeStandard AUDIT =
            new TimeStandard(UUID.randomUUID(), "B01-BIL", LocalDate.of(2000, 1, 1), null, null, 480, 720);

    static Engagement open() {
        return Engagement.opened(UUID.randomUUID(), "B01-BIL", "CPI-FI", NOW.minusSeconds(86400), "Giulia Verdi");
    }

    static String code(Runnable action) {
        try {
            action.run();
        } catch (RuleViolationException e) {
            return e.violations().getFirst().code();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aTotalWithinTheStandardCloses() {
        var e = open();
        e.close(AUDIT, 600, 0, null, "Giulia Verdi", NOW);
        assertThat(e.open()).isFalse();
        assertThat(e.compliance()).isEqualTo(Compliance.WITHIN);
    }

    @Test
    void aTotalUnderTheMinimumNeedsAReasonAndThenKeepsIt() {
        var e = open();
        assertThat(code(() -> e.close(AUDIT, 479, 0, "  ", "Giulia Verdi", NOW)))
                .isEqualTo("guidance.engagement.under-minimum");
        assertThat(e.open()).isTrue();
        e.close(AUDIT, 479, 0, "La persona ha trovato lavoro", "Giulia Verdi", NOW);
        assertThat(e.compliance()).isEqualTo(Compliance.UNDER_MINIMUM);
    }

    @Test
    void aTotalOverTheMaximumNeedsAReason() {
        assertThat(code(() -> open().close(AUDIT, 721, 0, null, "Giulia Verdi", NOW)))
                .isEqualTo("guidance.engagement.over-maximum");
    }

    @Test
    void itNeverClosesWhileAMeetingRunsNorTwice() {
        var e = open();
        assertThat(code(() -> e.close(AUDIT, 600, 1, null, "Giulia Verdi", NOW)))
                .isEqualTo("guidance.engagement.meeting-running");
        e.close(AUDIT, 600, 0, null, "Giulia Verdi", NOW);
        assertThatThrownBy(() -> e.close(AUDIT, 600, 0, null, "Giulia Verdi", NOW))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(x -> assertThat(((RuleViolationException) x)
                                .violations()
                                .getFirst()
                                .code())
                        .isEqualTo("guidance.engagement.closed"));
    }
}
