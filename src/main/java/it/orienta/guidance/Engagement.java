package it.orienta.guidance;

import it.orienta.charter.Compliance;
import it.orienta.charter.TimeStandard;
import it.orienta.system.RuleViolationException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The meetings of one activity for one person, open until closed; at most one open per person and activity (a
 * unique index, so concurrent first meetings share one: it is opened by {@link GuidanceService}'s upsert). Closing
 * judges the total delivered against the standard of its first day when the charter limits the total (R24: a
 * skills audit of 8–12 hours); outside, a reason is needed. It never closes while one of its meetings runs.
 */
@Entity
@Table(name = "engagement")
class Engagement {

    enum Status {
        OPEN,
        CLOSED
    }

    @Id
    private UUID id;

    private UUID personId;
    private String activityId;
    private String centreCode;
    private Instant openedAt;
    private String openedBy;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant closedAt;
    private String closedBy;
    private Integer totalMinutes;
    private UUID standardId;

    @Enumerated(EnumType.STRING)
    private Compliance compliance;

    private String deviationReason;

    @Version
    private Long version;

    protected Engagement() {}

    /**
     * Closes the engagement with {@code delivered} minutes in its closed, present meetings, judged against
     * {@code standard}; {@code meetingsRunning} of its meetings are still running.
     */
    void close(
            TimeStandard standard,
            int delivered,
            long meetingsRunning,
            String deviationReason,
            String closedBy,
            Instant at) {
        if (status != Status.OPEN) {
            throw new RuleViolationException("guidance.engagement.closed", null);
        }
        if (meetingsRunning > 0) {
            throw new RuleViolationException("guidance.engagement.meeting-running", null);
        }
        var judged = standard.judgeTotal(delivered);
        String reason = deviationReason == null ? "" : deviationReason.strip();
        if (judged.outside() && reason.isEmpty()) {
            boolean over = judged == Compliance.OVER_MAXIMUM;
            throw new RuleViolationException(
                    over ? "guidance.engagement.over-maximum" : "guidance.engagement.under-minimum",
                    "deviationReason",
                    Durations.spoken(delivered),
                    Durations.spoken(over ? standard.maxTotalMinutes() : standard.minTotalMinutes()));
        }
        this.status = Status.CLOSED;
        this.closedAt = at;
        this.closedBy = closedBy;
        this.totalMinutes = delivered;
        this.standardId = standard.id();
        this.compliance = judged;
        this.deviationReason = judged.outside() ? reason : null;
    }

    UUID id() {
        return id;
    }

    UUID personId() {
        return personId;
    }

    String activityId() {
        return activityId;
    }

    Instant openedAt() {
        return openedAt;
    }

    boolean open() {
        return status == Status.OPEN;
    }

    Compliance compliance() {
        return compliance;
    }

    long version() {
        return version == null ? 0 : version;
    }

    /**
     * An open engagement. {@link GuidanceService} opens them in the database with an upsert of the same values,
     * since two first meetings of one activity may come at once; this is the same state for a test.
     */
    static Engagement opened(UUID personId, String activityId, String centreCode, Instant at, String by) {
        var e = new Engagement();
        e.id = UUID.randomUUID();
        e.personId = personId;
        e.activityId = activityId;
        e.centreCode = centreCode;
        e.openedAt = at;
        e.openedBy = by;
        e.status = Status.OPEN;
        return e;
    }

    /**
     * Durations in words. A total judged against a limit must never read as the limit when it is not: 479 minutes is
     * "7 ore e 59 minuti" (or 7,98 hours, rounded down), never "8,0".
     */
    static final class Durations {

        private Durations() {}

        /**
         * {@code minutes} in hours and minutes, in the reader's language ({@code guidance.duration.*}): "1 ora", "7 ore
         * e 59 minuti", "1 minuto". A message argument, resolved with the message.
         */
        static MessageSourceResolvable spoken(Integer minutes) {
            int total = minutes == null ? 0 : Math.max(minutes, 0);
            int hours = total / 60;
            int rest = total % 60;
            if (hours == 0) {
                return resolvable("guidance.duration.minutes", rest);
            }
            if (rest == 0) {
                return resolvable("guidance.duration.hours", hours);
            }
            return resolvable("guidance.duration.hours-minutes", hours, rest);
        }

        private static MessageSourceResolvable resolvable(String key, Object... args) {
            return new DefaultMessageSourceResolvable(new String[] {key}, args, key);
        }
    }
}
