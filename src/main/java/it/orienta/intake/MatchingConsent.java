package it.orienta.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of a person's matching-consent history; the latest is the current state. Never changed once written. */
@Entity
@Table(name = "matching_consent")
class MatchingConsent {

    @Id
    private UUID id;

    private UUID personId;
    private UUID intakeId;

    @Enumerated(EnumType.STRING)
    private ConsentState state;

    private Instant recordedAt;
    private UUID operatorId;
    private String operatorName;
    private String centreCode;

    protected MatchingConsent() {}

    MatchingConsent(
            UUID personId,
            UUID intakeId,
            ConsentState state,
            Instant recordedAt,
            UUID operatorId,
            String operatorName,
            String centreCode) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.intakeId = intakeId;
        this.state = state;
        this.recordedAt = recordedAt;
        this.operatorId = operatorId;
        this.operatorName = operatorName;
        this.centreCode = centreCode;
    }

    ConsentView view() {
        return new ConsentView(id, state, recordedAt, operatorName, centreCode, intakeId);
    }
}
