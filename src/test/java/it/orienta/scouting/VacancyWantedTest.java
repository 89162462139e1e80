package it.orienta.scouting;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.matching.EducationLevel;
import it.orienta.matching.Wanted;
import it.orienta.person.CefrLevel;
import it.orienta.person.DrivingLicence;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.Status;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import it.orienta.vacancy.VacancyView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The one mapping from a vacancy to what matching reads: every field. */
class VacancyWantedTest {

    static VacancyView vacancy(
            ContractType contract, WorkingTime time, VacancyView.Requirements requirements, boolean reserved) {
        return new VacancyView(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Trattoria",
                "56",
                "048017",
                "FI",
                "5.2.2.3.2",
                "Camerieri di ristorante",
                "Cameriere di sala",
                "",
                2,
                "050026",
                "Pisa (PI)",
                "PI",
                contract,
                time,
                null,
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31),
                requirements,
                reserved,
                Status.OPEN,
                Source.MANUAL,
                null,
                Instant.EPOCH,
                "x",
                Instant.EPOCH,
                "x",
                0);
    }

    @Test
    void everyFieldOfTheVacancyIsWhatMatchingReads() {
        var v = vacancy(
                ContractType.APPRENTICESHIP,
                WorkingTime.SHIFTS,
                new VacancyView.Requirements(
                        4,
                        List.of(DrivingLicence.B, DrivingLicence.C),
                        List.of(
                                new VacancyView.Language("en", CefrLevel.B1),
                                new VacancyView.Language("de", CefrLevel.A2)),
                        3),
                true);
        Wanted w = VacancyWanted.of(v);
        assertThat(w.vacancyId()).isEqualTo(v.id());
        assertThat(w.professionCode()).isEqualTo("5.2.2.3.2");
        assertThat(w.municipalityCode()).isEqualTo("050026");
        // the ISTAT province matching compares, from the municipality; never the vacancy's two letters
        assertThat(w.provinceCode()).isEqualTo("050");
        assertThat(w.contract()).isEqualTo(Wanted.ContractType.APPRENTICESHIP);
        assertThat(w.workingTime()).isEqualTo(Wanted.WorkingTime.SHIFTS);
        assertThat(w.minimumEducation()).isEqualTo(EducationLevel.UPPER_SECONDARY);
        assertThat(w.licences()).isEqualTo(Set.of(DrivingLicence.B, DrivingLicence.C));
        assertThat(w.languages())
                .containsExactly(
                        new Wanted.LanguageRequirement("en", CefrLevel.B1),
                        new Wanted.LanguageRequirement("de", CefrLevel.A2));
        assertThat(w.minimumExperienceYears()).isEqualTo(3);
        assertThat(w.reservedL68()).isTrue();
    }

    @Test
    void whatIsNotAskedIsNoRequirement() {
        Wanted w = VacancyWanted.of(
                vacancy(ContractType.PERMANENT, WorkingTime.FULL_TIME, VacancyView.Requirements.none(), false));
        assertThat(w.minimumEducation()).isEqualTo(EducationLevel.NONE);
        assertThat(w.licences()).isEmpty();
        assertThat(w.languages()).isEmpty();
        assertThat(w.minimumExperienceYears()).isZero();
        assertThat(w.reservedL68()).isFalse();
        assertThat(w.contract()).isEqualTo(Wanted.ContractType.PERMANENT);
        assertThat(w.workingTime()).isEqualTo(Wanted.WorkingTime.FULL_TIME);
    }

    @Test
    void eachContractTimeAndEducationLevelHasItsNamesake() {
        for (var c : ContractType.values()) {
            for (var t : WorkingTime.values()) {
                var w = VacancyWanted.of(vacancy(c, t, VacancyView.Requirements.none(), false));
                assertThat(w.contract().name()).isEqualTo(c.name());
                assertThat(w.workingTime().name()).isEqualTo(t.name());
            }
        }
        for (int level = 1; level <= 8; level++) {
            var w = VacancyWanted.of(vacancy(
                    ContractType.OTHER,
                    WorkingTime.PART_TIME,
                    new VacancyView.Requirements(level, List.of(), List.of(), null),
                    false));
            // the same digit of the ISTAT title code on both sides
            assertThat(w.minimumEducation().ordinal()).isEqualTo(level);
        }
    }
}
