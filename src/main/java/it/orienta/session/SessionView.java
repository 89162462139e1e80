package it.orienta.session;

import it.orienta.charter.Compliance;
import it.orienta.guidance.Attendance;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A group session with its participants: the enrolled (within the capacity), the waiting list in order of
 * enrolment, and those who withdrew. Shown to operators only; nothing of it is ever sent to a participant except
 * their own enrolment.
 */
public record SessionView(
        UUID id,
        String activityId,
        String centreCode,
        UUID operatorId,
        String operatorName,
        String title,
        Instant startsAt,
        int minutes,
        boolean remote,
        String place,
        int capacity,
        Status status,
        Instant heldStartedAt,
        Instant heldEndedAt,
        Integer heldMinutes,
        Integer minMinutes,
        Integer maxMinutes,
        Compliance compliance,
        String deviationReason,
        String notes,
        String cancelReason,
        long version,
        List<Participant> participants) {

    public enum Status {
        SCHEDULED,
        HELD,
        CANCELLED
    }

    public enum ParticipantStatus {
        ENROLLED,
        WAITING,
        WITHDRAWN
    }

    /** One person in the session; {@code meetingId} is the meeting written into their file when it was held. */
    public record Participant(
            UUID personId,
            String lastName,
            String firstName,
            String taxCode,
            ParticipantStatus status,
            Instant enrolledAt,
            Attendance attendance,
            String justification,
            UUID meetingId) {}

    public List<Participant> enrolled() {
        return participants.stream()
                .filter(p -> p.status() == ParticipantStatus.ENROLLED)
                .toList();
    }

    /** The waiting list, first come first served. */
    public List<Participant> waiting() {
        return participants.stream()
                .filter(p -> p.status() == ParticipantStatus.WAITING)
                .toList();
    }

    public List<Participant> withdrawn() {
        return participants.stream()
                .filter(p -> p.status() == ParticipantStatus.WITHDRAWN)
                .toList();
    }

    public int freePlaces() {
        return Math.max(0, capacity - enrolled().size());
    }

    public boolean scheduled() {
        return status == Status.SCHEDULED;
    }

    public Instant endsAt() {
        return startsAt.plusSeconds(60L * minutes);
    }

    public SessionView withParticipants(List<Participant> list) {
        return new SessionView(
                id,
                activityId,
                centreCode,
                operatorId,
                operatorName,
                title,
                startsAt,
                minutes,
                remote,
                place,
                capacity,
                status,
                heldStartedAt,
                heldEndedAt,
                heldMinutes,
                minMinutes,
                maxMinutes,
                compliance,
                deviationReason,
                notes,
                cancelReason,
                version,
                List.copyOf(list));
    }
}
