package it.orienta.scouting;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.scouting.Companies.Area;
import it.orienta.scouting.Companies.Reason;
import it.orienta.vacancy.Vacancies.EmployerNear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The companies' rule: the narrowest area with enough of them, the weights, the reasons; the SEP–ATECO table. */
class CompanyRankingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static EmployerNear near(
            String name, int sameUnit, int sameGroup, LocalDate last, boolean sector, String division, int distance) {
        return new EmployerNear(
                UUID.nameUUIDFromBytes(name.getBytes()),
                name,
                division + ".10.00",
                division,
                "048017",
                "Firenze",
                "FI",
                "",
                "",
                "",
                "",
                sameUnit,
                sameGroup,
                last,
                sector,
                distance);
    }

    static Companies rank(List<EmployerNear> found, Set<Integer> sectors) {
        return CompanyRanking.rank(UUID.randomUUID(), found, sectors, TODAY, d -> "ATECO " + d, s -> "SEP " + s);
    }

    @Test
    void theAreaIsTheNarrowestWithTenCompanies() {
        var found = new ArrayList<EmployerNear>();
        IntStream.range(0, 9).forEach(i -> found.add(near("Comune " + i, 1, 1, TODAY, false, "56", 0)));
        IntStream.range(0, 3).forEach(i -> found.add(near("Provincia " + i, 1, 1, TODAY, false, "56", 1)));
        IntStream.range(0, 3).forEach(i -> found.add(near("Regione " + i, 1, 1, TODAY, false, "56", 2)));
        var nine = rank(found, Set.of());
        assertThat(nine.area()).isEqualTo(Area.PROVINCE); // 9 in the municipality, 12 within the province
        assertThat(nine.considered()).isEqualTo(12);
        assertThat(nine.items()).noneMatch(c -> c.employer().name().startsWith("Regione"));

        found.add(0, near("Comune 9", 1, 1, TODAY, false, "56", 0));
        assertThat(rank(found, Set.of()).area()).isEqualTo(Area.MUNICIPALITY);
        assertThat(rank(found.subList(10, 16), Set.of()).area()).isEqualTo(Area.REGION);
        assertThat(rank(List.of(), Set.of()).items()).isEmpty();
    }

    @Test
    void weightsAddUpAsDocumentedAndTheBestComeFirst() {
        var unit = near("Unità", 3, 3, TODAY.minusMonths(2), true, "56", 0); // 60, sector 15, recent 5, comune 10
        var group = near("Gruppo", 0, 9, TODAY.minusMonths(7), false, "10", 1); // 30+10 capped at 40, province 5
        var sector = near("Settore", 0, 0, null, true, "55", 2); // sector only
        var many = near("Molte", 9, 9, TODAY, false, "10", 2); // 50+40 capped at 70, recent 5
        assertThat(CompanyRanking.score(unit, TODAY)).isEqualTo(90);
        assertThat(CompanyRanking.score(group, TODAY)).isEqualTo(45);
        assertThat(CompanyRanking.score(sector, TODAY)).isEqualTo(15);
        assertThat(CompanyRanking.score(many, TODAY)).isEqualTo(75);
        var ranked = rank(List.of(sector, group, many, unit), Set.of(23));
        assertThat(ranked.items())
                .extracting(c -> c.employer().name())
                .containsExactly("Unità", "Molte", "Gruppo", "Settore");
    }

    @Test
    void reasonsSayWhatTheCompanyDidWhereItIsAndWhichSectorMatched() {
        var reasons = CompanyRanking.reasons(
                near("Trattoria", 2, 5, LocalDate.of(2026, 11, 3), true, "56", 1),
                Set.of(2, 23),
                d -> "Ristorazione",
                s -> "Servizi turistici");
        assertThat(reasons)
                .containsExactly(
                        new Reason("same-unit", List.of(2, "03/11/2026")),
                        new Reason("same-group-also", List.of(3, "03/11/2026")),
                        new Reason("sector", List.of("Ristorazione", "Servizi turistici")),
                        new Reason("province", List.of("Firenze (FI)")));
        assertThat(CompanyRanking.reasons(near("Altrove", 0, 0, null, false, "56", 2), Set.of(), d -> d, s -> "")
                        .getFirst()
                        .code())
                .isEqualTo("region");
    }

    @Test
    void everySepSectorButTheCommonAreaHasItsOwnDivisions() {
        var seen = new HashSet<String>();
        for (int sep = 1; sep <= 23; sep++) {
            var divisions = SepAteco.divisionsOf(Set.of(sep));
            assertThat(divisions).as("SEP %d", sep).isNotEmpty().allMatch(d -> d.matches("\\d{2}"));
            for (var d : divisions) {
                assertThat(seen.add(d)).as("division %s in two sectors", d).isTrue();
                assertThat(SepAteco.sectorOf(d, Set.of(sep, 24))).isEqualTo(sep);
            }
        }
        assertThat(SepAteco.divisionsOf(Set.of(24))).isEmpty();
        assertThat(SepAteco.divisionsOf(Set.of(99))).isEmpty();
        assertThat(SepAteco.divisionsOf(Set.of(23))).contains("55", "56", "79");
        assertThat(SepAteco.sectorOf("56", Set.of(12))).isNull();
    }
}
