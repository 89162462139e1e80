package it.orienta.scouting;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.matching.Widening;
import it.orienta.occupation.Availability.Travel;
import it.orienta.vacancy.VacancyQuery;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The person's search and its widening, step by step. */
class PersonReachTest {

    static final Set<String> TUSCANY = Set.of("MS", "LU", "PT", "FI", "LI", "PI", "AR", "SI", "GR", "PO");

    private static List<Widening> widenings(PersonReach reach) {
        return reach.steps(100).stream().map(PersonReach.Step::widening).toList();
    }

    private static VacancyQuery query(PersonReach reach, Widening w) {
        return reach.steps(100).stream()
                .filter(s -> s.widening() == w)
                .findFirst()
                .orElseThrow()
                .query();
    }

    @Test
    void withinTheProvinceItWidensToTheGroupTheClassThenTheRegion() {
        var reach = new PersonReach(Set.of("5.2.2.3.2", "5.2.2.1.0"), "048017", "FI", Travel.PROVINCE);
        assertThat(widenings(reach))
                .containsExactly(Widening.NONE, Widening.PROFESSION_GROUP, Widening.PROFESSION_CLASS, Widening.REGION);
        var first = query(reach, Widening.NONE);
        assertThat(first.professions()).containsExactlyInAnyOrder("5.2.2.3.2", "5.2.2.1.0");
        assertThat(first.provinceCodes()).containsExactly("FI");
        assertThat(first.municipalityCodes()).isEmpty();
        assertThat(first.reservedL68()).isNull(); // matching decides who may see a reserved one
        assertThat(first.limit()).isEqualTo(100);
        assertThat(query(reach, Widening.PROFESSION_GROUP).professions())
                .containsExactlyInAnyOrder("5.2.2.3.2", "5.2.2.1.0", "5.2.2.3", "5.2.2.1");
        var klass = query(reach, Widening.PROFESSION_CLASS);
        assertThat(klass.professions()).containsExactly("5.2.2");
        assertThat(klass.provinceCodes()).containsExactly("FI");
        var region = query(reach, Widening.REGION);
        assertThat(region.professions()).containsExactly("5.2.2");
        assertThat(region.provinceCodes()).isEqualTo(TUSCANY);
    }

    @Test
    void whoStaysInTheirMunicipalityIsWidenedToTheProvinceBeforeTheRegion() {
        var reach = new PersonReach(Set.of("6.2.1.2.0"), "048017", "FI", Travel.MUNICIPALITY);
        assertThat(widenings(reach)).containsExactly(Widening.values());
        assertThat(query(reach, Widening.NONE).municipalityCodes()).containsExactly("048017");
        assertThat(query(reach, Widening.NONE).provinceCodes()).isEmpty();
        assertThat(query(reach, Widening.PROFESSION_CLASS).municipalityCodes()).containsExactly("048017");
        var province = query(reach, Widening.PROVINCE);
        assertThat(province.municipalityCodes()).isEmpty();
        assertThat(province.provinceCodes()).containsExactly("FI");
        assertThat(query(reach, Widening.REGION).provinceCodes()).isEqualTo(TUSCANY);
    }

    @Test
    void reachNotStatedCountsAsTheProvince() {
        var reach = new PersonReach(Set.of("6.2.1.2.0"), "050026", "PI", null);
        assertThat(query(reach, Widening.NONE).provinceCodes()).containsExactly("PI");
        assertThat(widenings(reach)).doesNotContain(Widening.PROVINCE).endsWith(Widening.REGION);
    }

    @Test
    void whoTravelsInTheRegionIsLookedForInTheRegionFromTheStartAndNeverNarrowed() {
        for (var travel : List.of(Travel.REGION, Travel.ITALY, Travel.ABROAD)) {
            var reach = new PersonReach(Set.of("6.2.1.2.0"), "100005", "PO", travel);
            assertThat(widenings(reach))
                    .containsExactly(Widening.NONE, Widening.PROFESSION_GROUP, Widening.PROFESSION_CLASS);
            assertThat(query(reach, Widening.NONE).provinceCodes()).isEqualTo(TUSCANY);
        }
    }

    @Test
    void aPlaceUnknownIsSearchedAnywhereAndNoProfessionIsNoSearch() {
        var anywhere = new PersonReach(Set.of("6.2.1.2.0"), null, null, Travel.PROVINCE);
        assertThat(widenings(anywhere))
                .containsExactly(Widening.NONE, Widening.PROFESSION_GROUP, Widening.PROFESSION_CLASS);
        var q = query(anywhere, Widening.NONE);
        assertThat(q.provinceCodes()).isEmpty();
        assertThat(q.municipalityCodes()).isEmpty();
        assertThat(new PersonReach(Set.of(), "048017", "FI", Travel.PROVINCE).steps(100))
                .isEmpty();
    }

    @Test
    void prefixesClimbTheClassification() {
        assertThat(PersonReach.prefix("5.2.2.3.2", 4)).isEqualTo("5.2.2.3");
        assertThat(PersonReach.prefix("5.2.2.3.2", 3)).isEqualTo("5.2.2");
        assertThat(PersonReach.prefix("5.2", 3)).isEqualTo("5.2");
        assertThat(Regions.provincesWith("fi")).isEqualTo(TUSCANY);
        assertThat(Regions.provincesWith("XX")).containsExactly("XX");
    }
}
