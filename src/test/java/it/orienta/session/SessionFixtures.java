package it.orienta.session;

import it.orienta.charter.ActivityView;
import it.orienta.charter.Delivery;
import it.orienta.charter.Stage;
import it.orienta.charter.TimeStandard;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A group session with two enrolled persons and one waiting, for slice tests. */
final class SessionFixtures {

    static final UUID SESSION = UUID.fromString("5e551011-0000-4000-8000-000000000001");
    static final UUID ROSSI = UUID.fromString("5e551011-0000-4000-8000-0000000000a1");
    static final UUID BIANCHI = UUID.fromString("5e551011-0000-4000-8000-0000000000a2");
    static final UUID VERDI = UUID.fromString("5e551011-0000-4000-8000-0000000000a3");

    static final ActivityView SEMINAR = new ActivityView(
            "A06-SEM",
            "A06",
            "Seminari e laboratori di gruppo",
            "Group seminars and workshops",
            "",
            "",
            Stage.TRANSITION_SUPPORT,
            Delivery.GROUP,
            "a",
            null,
            false,
            0,
            TimeStandard.none("A06-SEM"));

    private SessionFixtures() {}

    static SessionView session() {
        var at = Instant.parse("2026-12-10T08:30:00Z");
        return new SessionView(
                SESSION,
                "A06-SEM",
                "CPI-FI",
                UUID.randomUUID(),
                "Giulia Bianchi",
                "Cercare lavoro online",
                at,
                120,
                false,
                "CPI Firenze, aula 2",
                2,
                SessionView.Status.SCHEDULED,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "",
                null,
                4,
                List.of(
                        participant(ROSSI, "Rossi", "Mario", SessionView.ParticipantStatus.ENROLLED, at),
                        participant(BIANCHI, "Bianchi", "Anna", SessionView.ParticipantStatus.ENROLLED, at),
                        participant(VERDI, "Verdi", "Ugo", SessionView.ParticipantStatus.WAITING, at)));
    }

    static SessionView.Participant participant(
            UUID id, String last, String first, SessionView.ParticipantStatus status, Instant at) {
        return new SessionView.Participant(id, last, first, "RSSMRA85C14D612H", status, at, null, null, null);
    }
}
