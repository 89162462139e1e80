package it.orienta.charter;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An activity's time standard from a date on: limits per meeting and over all the meetings of one engagement,
 * in whole minutes, each optional. Limits are inclusive: 90 minutes is within "at most 90", 91 is over; 60 is
 * within "at least 60", 59 is under.
 */
public record TimeStandard(
        UUID id,
        String activityId,
        LocalDate validFrom,
        Integer minMinutes,
        Integer maxMinutes,
        Integer minTotalMinutes,
        Integer maxTotalMinutes) {

    /** No limits at all (an activity whose charter sets none). */
    public static TimeStandard none(String activityId) {
        return new TimeStandard(null, activityId, null, null, null, null, null);
    }

    /** One meeting of {@code minutes}. */
    public Compliance judgeMeeting(long minutes) {
        return judge(minutes, minMinutes, maxMinutes);
    }

    /** All the meetings of an engagement, {@code minutes} in total. */
    public Compliance judgeTotal(long minutes) {
        return judge(minutes, minTotalMinutes, maxTotalMinutes);
    }

    public boolean limitsMeetings() {
        return minMinutes != null || maxMinutes != null;
    }

    public boolean limitsTotal() {
        return minTotalMinutes != null || maxTotalMinutes != null;
    }

    private static Compliance judge(long minutes, Integer min, Integer max) {
        if (min == null && max == null) {
            return Compliance.NO_STANDARD;
        }
        if (min != null && minutes < min) {
            return Compliance.UNDER_MINIMUM;
        }
        if (max != null && minutes > max) {
            return Compliance.OVER_MAXIMUM;
        }
        return Compliance.WITHIN;
    }
}
