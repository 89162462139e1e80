package it.orienta.session;

import it.orienta.charter.Compliance;
import it.orienta.guidance.Attendance;
import it.orienta.guidance.CentreDesk;
import it.orienta.session.SessionView.ParticipantStatus;
import it.orienta.session.SessionView.Status;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import org.hibernate.annotations.OptimisticLock;

/**
 * A group session and its participants. Its rules: a session is planned in the future with a title, a length, a
 * capacity and a place; within the capacity a person is enrolled, beyond it they wait (only when asked) in order of
 * enrolment; a withdrawn enrolled person's place goes to the first waiting; attendance is recorded once, for every
 * enrolled person and only for them, a justified absence with its justification; only a scheduled session is
 * changed. {@link SessionService} loads it under a row lock, so concurrent enrolments queue.
 */
@Entity
@Table(name = "group_session")
class GroupSession {

    @Id
    private UUID id;

    private String activityId;
    private String centreCode;
    private UUID operatorId;
    private String operatorName;
    private String title;
    private Instant startsAt;
    private int minutes;
    private boolean remote;
    private String place;
    private int capacity;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant heldStartedAt;
    private Instant heldEndedAt;
    private Integer heldMinutes;
    private UUID standardId;

    @Enumerated(EnumType.STRING)
    private Compliance compliance;

    private String deviationReason;
    private String notes;
    private String cancelReason;
    private Instant createdAt;
    private String createdBy;

    /** Changes of the participants bump the version by the service (one per enrolment or withdrawal). */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "session_id", insertable = false, updatable = false)
    @OrderBy("enrolledAt, personId")
    @OptimisticLock(excluded = true)
    private List<SessionParticipant> participants = new ArrayList<>();

    @Version
    private Long version;

    protected GroupSession() {}

    /** What planning a session asks for; {@code operatorId} null means the one asking. */
    record Plan(
            String activityId,
            String centreCode,
            String title,
            Instant startsAt,
            Integer minutes,
            boolean remote,
            String place,
            Integer capacity,
            UUID operatorId) {}

    /**
     * Plans a session. {@code violations} holds what was found wrong before (the activity); the session's own rules
     * are added, then {@code holder} names the operator who will hold it (or adds why not); all are refused at once.
     */
    static GroupSession plan(
            Plan plan,
            String createdBy,
            Instant now,
            List<Violation> violations,
            BiFunction<UUID, List<Violation>, String> holder) {
        String title = plan.title() == null ? "" : plan.title().strip();
        if (title.isEmpty()) {
            violations.add(Violation.of("guidance.session.title.required", "title"));
        } else if (title.length() > 200) {
            violations.add(Violation.of("guidance.session.title.long", "title", 200));
        }
        Instant startsAt = plan.startsAt() == null ? null : plan.startsAt().truncatedTo(ChronoUnit.MINUTES);
        if (startsAt == null) {
            violations.add(Violation.of("guidance.appointment.starts-at.required", "startsAt"));
        } else if (startsAt.isBefore(now)) {
            violations.add(Violation.of("guidance.session.starts-at.past", "startsAt"));
        }
        int minutes = plan.minutes() == null ? 120 : plan.minutes();
        if (minutes < 15 || minutes > 720) {
            violations.add(Violation.of("guidance.session.minutes.range", "minutes", 15, 720));
        }
        int capacity = plan.capacity() == null ? 0 : plan.capacity();
        if (capacity < 1 || capacity > 200) {
            violations.add(Violation.of("guidance.session.capacity.range", "capacity", 1, 200));
        }
        String place = CentreDesk.place(plan.place(), plan.remote(), violations);
        String operatorName = holder.apply(plan.operatorId(), violations);
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        var session = new GroupSession();
        session.id = UUID.randomUUID();
        session.activityId = plan.activityId();
        session.centreCode = plan.centreCode();
        session.operatorId = plan.operatorId();
        session.operatorName = operatorName;
        session.title = title;
        session.startsAt = startsAt;
        session.minutes = minutes;
        session.remote = plan.remote();
        session.place = place;
        session.capacity = capacity;
        session.status = Status.SCHEDULED;
        session.notes = "";
        session.createdAt = now;
        session.createdBy = createdBy;
        return session;
    }

    /**
     * Enrols a person, or puts them on the waiting list when the session is full and {@code waitingList} was asked;
     * a person who withdrew may come back (at the end of the queue). True when they wait.
     */
    boolean enrol(UUID personId, String personName, boolean waitingList, String by, Instant now) {
        requireScheduled("personId");
        var existing = participant(personId);
        if (existing.isPresent() && existing.get().status() != ParticipantStatus.WITHDRAWN) {
            throw new RuleViolationException(
                    existing.get().status() == ParticipantStatus.WAITING
                            ? "guidance.session.already-waiting"
                            : "guidance.session.already-enrolled",
                    "personId",
                    personName);
        }
        boolean full = freePlaces() == 0;
        if (full && !waitingList) {
            throw new RuleViolationException("guidance.session.full", "personId", capacity, enrolled());
        }
        var status = full ? ParticipantStatus.WAITING : ParticipantStatus.ENROLLED;
        if (existing.isPresent()) {
            existing.get().enrolAgain(status, now, by);
        } else {
            participants.add(new SessionParticipant(id, personId, status, now, by));
        }
        return full;
    }

    /**
     * Takes a person off the session or its waiting list, for a reason. The first waiting person takes a freed
     * place: their id, if so.
     */
    Optional<UUID> withdraw(UUID personId, String reason, Instant now) {
        requireScheduled("reason");
        var participant = participants.stream()
                .filter(p -> p.personId().equals(personId) && p.status() != ParticipantStatus.WITHDRAWN)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("SessionParticipant", personId));
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("guidance.session.reason.required", "reason");
        }
        boolean wasEnrolled = participant.status() == ParticipantStatus.ENROLLED;
        var firstWaiting = waiting().stream().findFirst();
        participant.withdraw(now, reason.strip());
        if (wasEnrolled && firstWaiting.isPresent()) {
            firstWaiting.get().promote();
            return Optional.of(firstWaiting.get().personId());
        }
        return Optional.empty();
    }

    /**
     * Why the attendance cannot be recorded as given: somebody enrolled without their attendance or a justified
     * absence without its justification ({@code names} tells who), an attendance of somebody not enrolled, nobody
     * enrolled at all.
     */
    List<Violation> attendanceRefusals(
            Map<UUID, Attendance> attendance, Map<UUID, String> justifications, Map<UUID, String> names) {
        var violations = new ArrayList<Violation>();
        var enrolled = enrolledParticipants();
        if (enrolled.isEmpty()) {
            violations.add(Violation.of("guidance.session.nobody-enrolled", null));
        }
        for (var p : enrolled) {
            var a = attendance.get(p.personId());
            String name = names.getOrDefault(p.personId(), "");
            if (a == null) {
                violations.add(
                        Violation.of("guidance.session.attendance.required", "attendance[" + p.personId() + "]", name));
            } else if (a.needsJustification(justifications.get(p.personId()))) {
                violations.add(Violation.of(
                        "guidance.session.justification.required", "justifications[" + p.personId() + "]", name));
            }
        }
        for (var personId : attendance.keySet()) {
            if (enrolled.stream().noneMatch(p -> p.personId().equals(personId))) {
                violations.add(Violation.of("guidance.session.attendance.not-enrolled", "attendance"));
                break;
            }
        }
        return violations;
    }

    /** Records the session as held with its judged times and each enrolled person's attendance and meeting. */
    void hold(
            Held held,
            Map<UUID, Attendance> attendance,
            Map<UUID, String> justifications,
            Map<UUID, UUID> meetings,
            String notes) {
        requireScheduled(null);
        var refusals = attendanceRefusals(attendance, justifications, Map.of());
        if (!refusals.isEmpty()) {
            throw RuleViolationException.of(refusals);
        }
        for (var p : enrolledParticipants()) {
            var a = attendance.get(p.personId());
            p.attended(
                    a,
                    a == Attendance.ABSENT_JUSTIFIED
                            ? justifications.get(p.personId()).strip()
                            : null,
                    meetings.get(p.personId()));
        }
        this.status = Status.HELD;
        this.heldStartedAt = held.start();
        this.heldEndedAt = held.end();
        this.heldMinutes = held.minutes();
        this.standardId = held.standardId();
        this.compliance = held.compliance();
        this.deviationReason = held.deviationReason();
        this.notes = notes == null ? "" : notes.strip();
    }

    /** The session's times as held, judged against the standard of its day. */
    record Held(
            Instant start, Instant end, int minutes, UUID standardId, Compliance compliance, String deviationReason) {}

    /** Cancels the scheduled session, for a reason: the people enrolled or waiting, who are to hear of it. */
    List<UUID> cancel(String reason) {
        requireScheduled("reason");
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("guidance.session.reason.required", "reason");
        }
        this.status = Status.CANCELLED;
        this.cancelReason = reason.strip();
        return participants.stream()
                .filter(p -> p.status() != ParticipantStatus.WITHDRAWN)
                .map(SessionParticipant::personId)
                .toList();
    }

    void requireScheduled(String field) {
        if (status != Status.SCHEDULED) {
            throw new RuleViolationException("guidance.session.not-scheduled", field);
        }
    }

    private Optional<SessionParticipant> participant(UUID personId) {
        return participants.stream().filter(p -> p.personId().equals(personId)).findFirst();
    }

    List<SessionParticipant> enrolledParticipants() {
        return participants.stream()
                .filter(p -> p.status() == ParticipantStatus.ENROLLED)
                .toList();
    }

    private List<SessionParticipant> waiting() {
        return participants.stream()
                .filter(p -> p.status() == ParticipantStatus.WAITING)
                .toList();
    }

    int enrolled() {
        return enrolledParticipants().size();
    }

    int freePlaces() {
        return Math.max(0, capacity - enrolled());
    }

    // ---------------------------------------------------------------- reading

    UUID id() {
        return id;
    }

    String activityId() {
        return activityId;
    }

    String centreCode() {
        return centreCode;
    }

    UUID operatorId() {
        return operatorId;
    }

    String operatorName() {
        return operatorName;
    }

    String title() {
        return title;
    }

    Instant startsAt() {
        return startsAt;
    }

    boolean remote() {
        return remote;
    }

    String place() {
        return place;
    }

    long version() {
        return version == null ? 0 : version;
    }

    List<SessionParticipant> participants() {
        return List.copyOf(participants);
    }

    /** The session as operators read it, with the participants' names and the limits of its standard. */
    SessionView view(List<SessionView.Participant> people, Integer minMinutes, Integer maxMinutes) {
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
                version(),
                people);
    }

    UUID standardId() {
        return standardId;
    }
}
