package it.orienta.session;

import it.orienta.guidance.Attendance;
import it.orienta.session.SessionView.ParticipantStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A person's place in a {@link GroupSession}: enrolled, waiting or withdrawn; after the session, the attendance. */
@Entity
@Table(name = "session_participant")
@IdClass(SessionParticipant.Key.class)
class SessionParticipant {

    /** The participant's key: the session and the person. */
    record Key(UUID sessionId, UUID personId) implements Serializable {
        Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "session_id")
    private UUID sessionId;

    @Id
    private UUID personId;

    @Enumerated(EnumType.STRING)
    private ParticipantStatus status;

    private Instant enrolledAt;
    private String enrolledBy;
    private Instant withdrawnAt;
    private String withdrawReason;

    @Enumerated(EnumType.STRING)
    private Attendance attendance;

    private String justification;
    private UUID meetingId;

    protected SessionParticipant() {}

    SessionParticipant(UUID sessionId, UUID personId, ParticipantStatus status, Instant at, String by) {
        this.sessionId = sessionId;
        this.personId = personId;
        this.status = status;
        this.enrolledAt = at;
        this.enrolledBy = by;
    }

    void enrolAgain(ParticipantStatus status, Instant at, String by) {
        this.status = status;
        this.enrolledAt = at;
        this.enrolledBy = by;
        this.withdrawnAt = null;
        this.withdrawReason = null;
    }

    void withdraw(Instant at, String reason) {
        this.status = ParticipantStatus.WITHDRAWN;
        this.withdrawnAt = at;
        this.withdrawReason = reason;
    }

    void promote() {
        this.status = ParticipantStatus.ENROLLED;
    }

    void attended(Attendance attendance, String justification, UUID meetingId) {
        this.attendance = attendance;
        this.justification = justification;
        this.meetingId = meetingId;
    }

    UUID personId() {
        return personId;
    }

    ParticipantStatus status() {
        return status;
    }

    Instant enrolledAt() {
        return enrolledAt;
    }

    Attendance attendance() {
        return attendance;
    }

    String justification() {
        return justification;
    }

    UUID meetingId() {
        return meetingId;
    }
}
