package it.orienta.guidance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An appointment of a person with an operator, with its changes (reschedules, cancellation) oldest first. */
public record AppointmentView(
        UUID id,
        UUID personId,
        UUID operatorId,
        String operatorName,
        String centreCode,
        String activityId,
        Instant startsAt,
        int minutes,
        boolean remote,
        String place,
        Status status,
        String cancelReason,
        UUID meetingId,
        List<Change> changes,
        long version) {

    AppointmentView withChanges(List<Change> changes) {
        return new AppointmentView(
                id,
                personId,
                operatorId,
                operatorName,
                centreCode,
                activityId,
                startsAt,
                minutes,
                remote,
                place,
                status,
                cancelReason,
                meetingId,
                List.copyOf(changes),
                version);
    }

    public enum Status {
        SCHEDULED,
        CANCELLED,
        HELD,
        MISSED
    }

    /** A reschedule (from, to) or a cancellation, with its reason. */
    public record Change(Instant changedAt, String changedBy, String kind, Instant from, Instant to, String reason) {}
}
