package it.orienta.matching;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.intake.ConsentState;
import it.orienta.occupation.Availability;
import it.orienta.occupation.OccupationDirectory;
import it.orienta.person.CefrLevel;
import it.orienta.person.DrivingLicence;
import it.orienta.person.PersonReads;
import it.orienta.person.PersonView.LanguageView;
import it.orienta.person.PersonView.WorkExperienceView;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The weights, the code hierarchies, the education levels and the profile built from facts. */
class MatchModelTest {

    @Test
    void theWeightsAddUpToOneHundredAndKeepTheirOrder() {
        assertThat(MatchWeights.TOTAL).isEqualTo(100);
        assertThat(MatchWeights.PROFESSION_UNIT_DESIRED)
                .isGreaterThan(MatchWeights.PROFESSION_UNIT_PAST)
                .isGreaterThan(MatchWeights.PROFESSION_GROUP);
        assertThat(MatchWeights.PROFESSION_GROUP).isGreaterThan(MatchWeights.PROFESSION_CLASS);
        assertThat(MatchWeights.PLACE_MUNICIPALITY)
                .isGreaterThan(MatchWeights.PLACE_PROVINCE)
                .isGreaterThan(MatchWeights.PLACE_REGION);
        // the profession outweighs any other single factor: a fit is first the right job
        assertThat(MatchWeights.PROFESSION_UNIT_DESIRED).isGreaterThan(MatchWeights.PLACE_MUNICIPALITY);
    }

    @Test
    void professionAndPlaceHierarchies() {
        assertThat(Codes.professionGroup("5.2.2.3.2")).isEqualTo("5.2.2.3");
        assertThat(Codes.professionClass("5.2.2.3.2")).isEqualTo("5.2.2");
        assertThat(Codes.professionClass("5.2")).isEqualTo("5.2");
        assertThat(Codes.provinceOf("048017")).isEqualTo("048");
        assertThat(Codes.provinceOf(null)).isNull();
        assertThat(Codes.regionOf("048")).isEqualTo("09");
        assertThat(Codes.regionOf("100")).isEqualTo("09");
        assertThat(Codes.regionOf("058")).isEqualTo("12");
    }

    @Test
    void theEducationLevelIsTheFirstDigitOfTheIstatTitleAndTheHighestCounts() {
        assertThat(EducationLevel.ofTitleCode("40000000")).isEqualTo(EducationLevel.UPPER_SECONDARY);
        assertThat(EducationLevel.ofTitleCode("71000000")).isEqualTo(EducationLevel.DEGREE);
        assertThat(EducationLevel.ofTitleCode("x")).isEqualTo(EducationLevel.NONE);
        assertThat(EducationLevel.highest(List.of("20000000", "30101001", "74000000")))
                .isEqualTo(EducationLevel.DEGREE);
        assertThat(EducationLevel.highest(List.of())).isEqualTo(EducationLevel.NONE);
    }

    @Test
    void theProfileFromFactsCountsYearsFromJobsUnlessTheOccupationNotesThem() {
        var today = LocalDate.of(2026, 12, 7);
        UUID id = UUID.randomUUID();
        var person = new PersonReads.MatchingFacts(
                id,
                "Anna",
                "Rossi",
                LocalDate.of(1990, 5, 1),
                "048017",
                "100005",
                true,
                List.of("40000000"),
                List.of(DrivingLicence.B),
                List.of(new LanguageView("EN", CefrLevel.A2), new LanguageView("en", CefrLevel.B1)),
                List.of(
                        new WorkExperienceView(
                                UUID.randomUUID(),
                                "A",
                                "5.2.2.1.0",
                                LocalDate.of(2020, 1, 1),
                                LocalDate.of(2022, 7, 1),
                                null,
                                null),
                        new WorkExperienceView(
                                UUID.randomUUID(), "B", "5.2.2.1.0", LocalDate.of(2025, 1, 1), null, null, null),
                        new WorkExperienceView(
                                UUID.randomUUID(),
                                "C",
                                "8.1.4.1.0",
                                LocalDate.of(2010, 1, 1),
                                LocalDate.of(2012, 1, 1),
                                null,
                                null)));
        var occupations = new OccupationDirectory.MatchingFacts(
                List.of(
                        new OccupationDirectory.Desired("5.2.2.1.0", null),
                        new OccupationDirectory.Desired("5.2.2.3.2", 7)),
                new Availability.View(
                        id, Availability.Hours.EITHER, Availability.Travel.REGION, List.of(), null, null, 1));
        var p = MatchProfile.from(person, "FI01", ConsentState.GIVEN, occupations, today.plusDays(3), today);
        assertThat(p.listable()).isTrue();
        assertThat(p.protectedL68()).isTrue();
        assertThat(p.municipalityCode()).isEqualTo("100005"); // the domicile before the residence
        assertThat(p.provinceCode()).isEqualTo("100");
        assertThat(p.education()).isEqualTo(EducationLevel.UPPER_SECONDARY);
        assertThat(p.languages()).containsEntry("en", CefrLevel.B1);
        assertThat(p.desiredProfessions()).containsExactlyInAnyOrder("5.2.2.1.0", "5.2.2.3.2");
        assertThat(p.professions()).containsExactlyInAnyOrder("5.2.2.1.0", "5.2.2.3.2", "8.1.4.1.0");
        // 30 months + 23 months (to today) = 53 months: 4 years; the noted 7 years win for the other
        assertThat(p.experienceYears())
                .containsEntry("5.2.2.1.0", 4)
                .containsEntry("5.2.2.3.2", 7)
                .containsEntry("8.1.4.1.0", 2);
        assertThat(p.ageBand(today)).isEqualTo("30-39");
        assertThat(MatchProfile.from(person, null, ConsentState.GIVEN, occupations, null, today)
                        .listable())
                .isFalse();
        assertThat(MatchProfile.from(person, "FI01", ConsentState.WITHDRAWN, occupations, null, today)
                        .listable())
                .isFalse();
    }

    @Test
    void aSearchWidensToTheFirstStepThatFindsEnoughElseToTheRegion() {
        // counts: unit within reach, group, class, province, region
        assertThat(Widening.firstEnough(new int[] {3, 12, 40, 60, 90}, 10)).isEqualTo(Widening.PROFESSION_GROUP);
        assertThat(Widening.firstEnough(new int[] {3, 5, 40, 60, 90}, 10)).isEqualTo(Widening.PROFESSION_CLASS);
        assertThat(Widening.firstEnough(new int[] {3, 5, 8, 60, 90}, 10)).isEqualTo(Widening.PROVINCE);
        assertThat(Widening.firstEnough(new int[] {3, 5, 8, 9, 90}, 10)).isEqualTo(Widening.REGION);
        assertThat(Widening.firstEnough(new int[] {0, 0, 0, 0, 2}, 10)).isEqualTo(Widening.REGION);
    }

    @Test
    void anExplanationIsAJsonSnapshotAProposalCanStoreAndReadBack() {
        var explanation = Scorer.score(ScorerTest.cook(), ScorerTest.wanted(), ScorerTest.TODAY);
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        String text = json.writeValueAsString(explanation);
        assertThat(text)
                .contains("\"weightsVersion\":\"" + MatchWeights.VERSION + "\"")
                .doesNotContain("resolvable");
        assertThat(json.readValue(text, Explanation.class)).isEqualTo(explanation);
    }
}
