package it.orienta.vacancyfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.person.CefrLevel;
import it.orienta.person.DrivingLicence;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.SizeBand;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.Status;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import it.orienta.vacancy.VacancyView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The feed's items as the vacancy module's commands: every field, the terms, what has no field of its own. */
class FeedMappingTest {

    static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    static FeedEmployer employer(String sizeBand) {
        return new FeedEmployer(
                "E0000001",
                3,
                AT,
                "01234567890",
                "09876543210",
                "Trattoria Da Gino",
                "SRL",
                "56.10.11",
                "048017",
                "Via Roma 1",
                "50123",
                "info@dagino.it",
                "dagino@pec.it",
                "055 123456",
                "Gino Rossi",
                sizeBand);
    }

    static FeedVacancy vacancy(List<String> licences, String level, String status) {
        return new FeedVacancy(
                "V0000001",
                2,
                AT,
                "E0000001",
                "5.2.2.1.0",
                "Cuoco/a",
                "Cucina toscana.",
                2,
                "048017",
                "FIXED_TERM",
                6,
                "part_time",
                30,
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 5, 31),
                4,
                "Alberghiero",
                licences,
                List.of(new FeedVacancy.Language("EN", level)),
                2,
                true,
                status);
    }

    @Test
    void anEmployerKeepsEveryFieldAndPutsWhatHasNoFieldInItsNotesAndAddress() {
        var c = FeedMapping.employer(employer("SMALL"));
        assertThat(c.taxCode()).isEqualTo("01234567890");
        assertThat(c.name()).isEqualTo("Trattoria Da Gino");
        assertThat(c.atecoCode()).isEqualTo("56.10.11");
        assertThat(c.municipalityCode()).isEqualTo("048017");
        assertThat(c.address()).isEqualTo("Via Roma 1, 50123");
        assertThat(c.email()).isEqualTo("info@dagino.it");
        assertThat(c.phone()).isEqualTo("055 123456");
        assertThat(c.contactPerson()).isEqualTo("Gino Rossi");
        assertThat(c.sizeBand()).isEqualTo(SizeBand.SMALL);
        assertThat(c.notes()).isEqualTo("Forma giuridica: SRL · Partita IVA: 09876543210 · PEC: dagino@pec.it");
        assertThat(c.source()).isEqualTo(Source.REGIONAL_FEED);
        assertThat(c.externalId()).isEqualTo("E0000001");
    }

    @Test
    void anEmployerWithoutEmailIsWrittenToAtItsPecAndWithoutSizeBandHasNone() {
        var e = employer(null);
        var noMail = new FeedEmployer(
                e.externalId(),
                1,
                AT,
                e.taxCode(),
                e.taxCode(),
                e.name(),
                null,
                e.atecoCode(),
                e.municipalityCode(),
                "Via Roma 1, 50123",
                "50123",
                " ",
                e.pec(),
                null,
                null,
                null);
        var c = FeedMapping.employer(noMail);
        assertThat(c.email()).isEqualTo("dagino@pec.it");
        assertThat(c.address()).isEqualTo("Via Roma 1, 50123");
        assertThat(c.notes()).isEqualTo("PEC: dagino@pec.it");
        assertThat(c.sizeBand()).isNull();
    }

    @Test
    void aVacancyKeepsEveryFieldWithItsLicencesAndLanguages() {
        var employerId = UUID.randomUUID();
        var c = FeedMapping.vacancy(vacancy(List.of("B", "cqc_merci"), "B1", "SUSPENDED"), employerId);
        assertThat(c.employerId()).isEqualTo(employerId);
        assertThat(c.professionCode()).isEqualTo("5.2.2.1.0");
        assertThat(c.title()).isEqualTo("Cuoco/a");
        assertThat(c.description())
                .isEqualTo("Cucina toscana.\n\nDurata del contratto: 6 mesi · Ore settimanali: 30"
                        + " · Indirizzo di studio: Alberghiero");
        assertThat(c.posts()).isEqualTo(2);
        assertThat(c.municipalityCode()).isEqualTo("048017");
        assertThat(c.contractType()).isEqualTo(ContractType.FIXED_TERM);
        assertThat(c.workingTime()).isEqualTo(WorkingTime.PART_TIME);
        assertThat(c.startDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(c.publicationDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(c.expiryDate()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(c.requirements())
                .isEqualTo(new VacancyView.Requirements(
                        4,
                        List.of(DrivingLicence.B, DrivingLicence.CQC_MERCI),
                        List.of(new VacancyView.Language("EN", CefrLevel.B1)),
                        2));
        assertThat(c.normalised().requirements().languages().getFirst().code()).isEqualTo("en");
        assertThat(c.reservedL68()).isTrue();
        assertThat(c.source()).isEqualTo(Source.REGIONAL_FEED);
        assertThat(c.externalId()).isEqualTo("V0000001");
        assertThat(FeedMapping.status(vacancy(List.of(), "B1", "SUSPENDED"))).isEqualTo(Status.SUSPENDED);
        assertThat(FeedMapping.status(vacancy(List.of(), "B1", null))).isEqualTo(Status.OPEN);
    }

    @Test
    void languagesDeliveredInAnotherOrderAreTheSameRequirementsOnceNormalised() {
        var v = vacancy(List.of(), "B1", "OPEN");
        var two = new FeedVacancy(
                v.externalId(),
                v.version(),
                v.changedAt(),
                v.employerExternalId(),
                v.professionCode(),
                v.title(),
                v.description(),
                v.posts(),
                v.municipalityCode(),
                v.contractType(),
                v.contractMonths(),
                v.workingTime(),
                v.weeklyHours(),
                v.startDate(),
                v.publishedOn(),
                v.expiresOn(),
                v.educationLevel(),
                v.educationField(),
                List.of(),
                List.of(new FeedVacancy.Language("en", "B1"), new FeedVacancy.Language("de", "A2")),
                v.experienceYears(),
                v.reservedL68(),
                v.status());
        assertThat(FeedMapping.vacancy(two, UUID.randomUUID())
                        .normalised()
                        .requirements()
                        .languages())
                .extracting(VacancyView.Language::code)
                .containsExactly("de", "en");
    }

    @Test
    void aTermTheVocabularyDoesNotKnowRejectsTheItemNamingIt() {
        assertThatThrownBy(() -> FeedMapping.vacancy(vacancy(List.of("Z"), "B1", "OPEN"), UUID.randomUUID()))
                .isInstanceOf(FeedSink.Rejected.class)
                .hasMessage("vacancyfeed.term.unknown drivingLicences: Z");
        assertThatThrownBy(() -> FeedMapping.vacancy(vacancy(List.of(), "B3", "OPEN"), UUID.randomUUID()))
                .hasMessage("vacancyfeed.term.unknown languages: B3");
        assertThatThrownBy(() -> FeedMapping.status(vacancy(List.of(), "B1", "CLOSED")))
                .hasMessage("vacancyfeed.term.unknown status: CLOSED");
        assertThatThrownBy(() -> FeedMapping.employer(employer("HUGE")))
                .hasMessage("vacancyfeed.term.unknown sizeBand: HUGE");
    }

    @Test
    void aRuleRefusalIsRejectedWithEveryCodeItsFieldAndArguments() {
        var refused = RuleViolationException.of(List.of(
                Violation.of("vacancy.profession.unknown", "professionCode", "9.9.9.9.9"),
                Violation.of("vacancy.title.required", "title")));
        assertThat(RegionalFeedSink.reason(refused))
                .isEqualTo("vacancy.profession.unknown professionCode [9.9.9.9.9]; vacancy.title.required title");
    }
}
