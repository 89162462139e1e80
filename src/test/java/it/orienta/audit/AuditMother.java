package it.orienta.audit;

import it.orienta.intake.IntakeView;
import it.orienta.organisation.CentreView;
import it.orienta.person.PersonService;
import it.orienta.person.PersonSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Entries, persons and centres for the audit module's tests, and the beans its slices need besides the mocks. */
final class AuditMother {

    static final UUID PERSON = UUID.fromString("7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f01");
    static final String TAX_CODE = "RSSMRA80A01H501U";
    static final PersonSummary ROSSI =
            new PersonSummary(PERSON, TAX_CODE, "Mario", "Rossi", LocalDate.of(1980, 1, 1), null);
    static final CentreView FIRENZE =
            new CentreView(UUID.randomUUID(), "CPI-FI", "CPI Firenze", "FI", "Via Cavour 1", true, 0);
    static final CentreView PISA = new CentreView(UUID.randomUUID(), "CPI-PI", "CPI Pisa", "PI", "Via Roma 2", true, 0);

    private AuditMother() {}

    /** A read of Mario Rossi's worker file by Giulia Bianchi in Firenze. */
    static AuditLog.AuditEntry entry(long id) {
        return new AuditLog.AuditEntry(
                id,
                Instant.parse("2026-11-21T10:15:30Z"),
                "operatore",
                "Giulia Bianchi",
                "CPI-FI",
                "OPERATOR",
                "READ",
                "worker-file",
                PERSON.toString(),
                PERSON,
                List.of(),
                null);
    }

    /** A change of Mario Rossi's record by the coordinator. */
    static AuditLog.AuditEntry change(long id, String entityType, List<String> fields) {
        return new AuditLog.AuditEntry(
                id,
                Instant.parse("2026-11-20T08:00:00Z"),
                "coordinatore",
                "Marco Neri",
                "CPI-FI",
                "COORDINATOR,OPERATOR",
                "UPDATE",
                entityType,
                PERSON.toString(),
                PERSON,
                fields,
                null);
    }

    /** A read of Mario Rossi's meetings by an operator of Pisa under an exceptional access. */
    static AuditLog.AuditEntry exceptional(long id) {
        return new AuditLog.AuditEntry(
                id,
                Instant.parse("2026-11-21T11:00:00Z"),
                "pisano",
                "Paolo Pisano",
                "CPI-PI",
                "OPERATOR",
                "READ",
                "meetings",
                PERSON.toString(),
                PERSON,
                List.of(),
                "URGENT: colloquio di lavoro domani");
    }

    static IntakeView inCharge(UUID personId, String centre) {
        return new IntakeView(
                UUID.randomUUID(),
                personId,
                centre,
                "Giulia Bianchi",
                LocalDate.of(2026, 10, 1),
                1,
                null,
                null,
                null,
                true,
                null,
                0);
    }

    static PersonService.SearchResult found(PersonSummary... rows) {
        return result(false, rows);
    }

    /** A search that found more than the rows given. */
    static PersonService.SearchResult result(boolean hasMore, PersonSummary... rows) {
        return new PersonService.SearchResult(
                java.util.Arrays.stream(rows)
                        .map(s -> new it.orienta.person.PersonSearchRow(
                                s.id(), s.taxCode(), s.firstName(), s.lastName(), s.birthDate(), null, null, null))
                        .toList(),
                0,
                hasMore);
    }

    static AuditLog.AuditQuery query(String scope, List<UUID> scopePersons) {
        return new AuditLog.AuditQuery(null, null, null, null, null, false, scope, scopePersons);
    }

    /** The audit search service, real, over the mocked log, registry and intakes; a fixed clock. */
    @TestConfiguration
    @Import(AuditSearch.class)
    static class Slice {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), AuditLog.ZONE);
        }
    }
}
