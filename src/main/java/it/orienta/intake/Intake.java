package it.orienta.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A taking in charge of a person at a centre. At most one per person is current. */
@Entity
@Table(name = "intake")
class Intake {

    enum Status {
        CURRENT,
        ENDED
    }

    @Id
    private UUID id;

    private UUID personId;
    private String centreCode;
    private UUID operatorId;
    private String operatorName;
    private LocalDate intakeDate;
    private UUID privacyNoticeId;
    private Instant privacyAcknowledgedAt;
    private BigDecimal profilingIndex;
    private LocalDate profilingDate;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant endedAt;

    /** Why the centre took over a person in charge at another centre; {@code null} for a first intake. */
    private String transferReason;

    /** The centre that had the person in charge before this one, when this intake is a transfer. */
    private String transferredFrom;

    @Version
    private Long version;

    protected Intake() {}

    Intake(
            UUID personId,
            String centreCode,
            UUID operatorId,
            String operatorName,
            LocalDate date,
            UUID noticeId,
            Instant acknowledgedAt) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.centreCode = centreCode;
        this.operatorId = operatorId;
        this.operatorName = operatorName;
        this.intakeDate = date;
        this.privacyNoticeId = noticeId;
        this.privacyAcknowledgedAt = acknowledgedAt;
        this.status = Status.CURRENT;
    }

    /** This intake takes the person over from another centre, for the reason given. */
    void transferFrom(String centreCode, String reason) {
        this.transferredFrom = centreCode;
        this.transferReason = reason;
    }

    String centreCode() {
        return centreCode;
    }

    void end(Instant when) {
        status = Status.ENDED;
        endedAt = when;
    }

    void recordProfilingIndex(BigDecimal index, LocalDate date) {
        this.profilingIndex = index;
        this.profilingDate = date;
    }

    UUID id() {
        return id;
    }

    long version() {
        return version == null ? 0 : version;
    }

    IntakeView view(int noticeNumber) {
        return new IntakeView(
                id,
                personId,
                centreCode,
                operatorName,
                intakeDate,
                noticeNumber,
                privacyAcknowledgedAt,
                profilingIndex,
                profilingDate,
                status == Status.CURRENT,
                endedAt,
                version(),
                transferredFrom,
                transferReason);
    }

    UUID privacyNoticeId() {
        return privacyNoticeId;
    }
}
