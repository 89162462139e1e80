package it.orienta.vacancysim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The simulated market: deterministic, valid partite IVA, every province, dates and shares as described. */
class MarketGeneratorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    static final Instant NOW = Instant.parse("2026-03-16T10:15:30.123456Z");

    /** Each province's capital and a few other municipalities, codes made as ISTAT's (province + number). */
    static List<MarketGenerator.Place> places() {
        var capitals = List.of(
                "Firenze:FI",
                "Pisa:PI",
                "Lucca:LU",
                "Arezzo:AR",
                "Livorno:LI",
                "Pistoia:PT",
                "Siena:SI",
                "Prato:PO",
                "Grosseto:GR",
                "Massa:MS");
        var places = new ArrayList<MarketGenerator.Place>();
        places.add(new MarketGenerator.Place("001272", "Torino", "TO"));
        for (var province : TuscanPlaces.PROVINCES) {
            String capital = capitals.stream()
                    .filter(c -> c.endsWith(":" + province.sigla()))
                    .findFirst()
                    .orElseThrow()
                    .split(":")[0];
            places.add(new MarketGenerator.Place(province.istat() + "001", capital, province.sigla()));
            for (int i = 2; i <= 8; i++) {
                places.add(new MarketGenerator.Place(
                        province.istat() + "%03d".formatted(i), "Comune " + province.sigla() + i, province.sigla()));
            }
        }
        return places;
    }

    static List<MarketGenerator.Profession> professions() {
        var list = new ArrayList<MarketGenerator.Profession>();
        ProfessionCatalog.ENTRIES.forEach(e -> list.add(new MarketGenerator.Profession(e.code(), "P " + e.code())));
        list.add(new MarketGenerator.Profession("2.2.1.6.2", "Ingegneri idraulici"));
        list.add(new MarketGenerator.Profession("2.5.1.4.1", "Specialisti in contabilità"));
        list.add(new MarketGenerator.Profession("5.1", "Professioni qualificate nelle attività commerciali"));
        return list;
    }

    static MarketGenerator.Market market(long seed) {
        return new MarketGenerator(seed, places(), professions()).market(300, 1000, TODAY, NOW);
    }

    @Test
    void theSameSeedGivesTheSameMarketItemForItemAndAnotherSeedAnother() {
        assertThat(market(7)).isEqualTo(market(7));
        assertThat(market(7).vacancies()).isNotEqualTo(market(8).vacancies());
    }

    @Test
    void everyEmployerHasAValidPartitaIvaOfItsProvincesOfficeAndNoTwoShareOne() {
        var market = market(20_260_101L);
        assertThat(market.employers()).hasSize(300);
        var provinceOf = new HashMap<String, String>();
        places().forEach(p -> provinceOf.put(p.code(), p.code().substring(0, 3)));
        for (var e : market.employers()) {
            assertThat(PartitaIva.isValid(e.vatNumber())).as(e.vatNumber()).isTrue();
            assertThat(e.vatNumber().substring(7, 10)).isEqualTo(provinceOf.get(e.municipalityCode()));
            assertThat(e.taxCode()).matches("\\d{11}");
            assertThat(e.atecoCode()).matches("\\d{2}\\.\\d{2}\\.\\d{2}");
            assertThat(Sector.ofAteco(e.atecoCode())).isPresent();
        }
        assertThat(market.employers().stream().map(SimEmployer::taxCode).collect(Collectors.toSet()))
                .hasSize(300);
        assertThat(market.employers().stream().map(SimEmployer::legalForm).collect(Collectors.toSet()))
                .contains("SRL", "SPA", "SNC", "SAS", "COOPERATIVA_SOCIALE", "DITTA_INDIVIDUALE");
        assertThat(market.employers())
                .filteredOn(e -> e.legalForm().equals("SRL"))
                .allSatisfy(e -> assertThat(e.name()).endsWith(" S.r.l."));
        assertThat(market.employers())
                .filteredOn(e -> e.legalForm().equals("COOPERATIVA_SOCIALE"))
                .allSatisfy(e -> assertThat(e.name()).endsWith("Società Cooperativa Sociale"));
    }

    @Test
    void everyProvinceHasEmployersAndVacanciesAndFlorenceTheMost() {
        var market = market(20_260_101L);
        var employers = market.employers().stream()
                .collect(Collectors.groupingBy(e -> e.municipalityCode().substring(0, 3), Collectors.counting()));
        var vacancies = market.vacancies().stream()
                .collect(Collectors.groupingBy(v -> v.municipalityCode().substring(0, 3), Collectors.counting()));
        var istat = TuscanPlaces.PROVINCES.stream()
                .map(TuscanPlaces.Province::istat)
                .toList();
        assertThat(employers.keySet()).containsExactlyInAnyOrderElementsOf(istat);
        assertThat(vacancies.keySet()).containsExactlyInAnyOrderElementsOf(istat);
        assertThat(employers.get("048")).isGreaterThan(employers.get("045") * 2);
        assertThat(market.vacancies()).noneMatch(v -> v.municipalityCode().equals("001272"));
    }

    @Test
    void datesStatusesAndReservedShareAreAsAMarketHasThem() {
        var vacancies = market(20_260_101L).vacancies();
        assertThat(vacancies).hasSize(1000);
        for (var v : vacancies) {
            assertThat(v.publishedOn()).isBetween(TODAY.minusDays(89), TODAY);
            assertThat(v.expiresOn()).isAfterOrEqualTo(v.publishedOn()).isBeforeOrEqualTo(TODAY.plusDays(60));
            assertThat(v.changedAt()).isBefore(NOW);
            if (v.expiresOn().isBefore(TODAY)) {
                assertThat(v.status()).isIn("EXPIRED", "FILLED", "WITHDRAWN");
            }
            assertThat(v.professionCode().split("\\.")).hasSize(5);
            assertThat(v.posts()).isPositive();
            assertThat(v.title()).isNotBlank();
        }
        long expired =
                vacancies.stream().filter(v -> v.expiresOn().isBefore(TODAY)).count();
        long expiringSoon = vacancies.stream()
                .filter(v -> v.status().equals("OPEN") && !v.expiresOn().isAfter(TODAY.plusDays(7)))
                .count();
        long reserved = vacancies.stream().filter(SimVacancy::reservedL68).count();
        assertThat(expired).isBetween(60L, 200L);
        assertThat(expiringSoon).isBetween(80L, 250L);
        assertThat(reserved).isBetween(25L, 80L);
        assertThat(vacancies.stream().map(SimVacancy::contractType).collect(Collectors.toSet()))
                .contains("PERMANENT", "FIXED_TERM", "APPRENTICESHIP", "AGENCY", "SEASONAL");
        assertThat(vacancies.stream().map(SimVacancy::workingTime).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("FULL_TIME", "PART_TIME", "SHIFTS");
        assertThat(vacancies).anyMatch(v -> v.drivingLicences().contains("CE"));
        assertThat(vacancies).anyMatch(v -> !v.languages().isEmpty());
    }

    @Test
    void theProfessionsACentreSeesMostDominateAndTheLongTailIsThere() {
        var vacancies = market(20_260_101L).vacancies();
        var inCatalog = new HashSet<String>();
        ProfessionCatalog.ENTRIES.forEach(e -> inCatalog.add(e.code()));
        long frequent = vacancies.stream()
                .filter(v -> v.professionCode().startsWith("5.")
                        || v.professionCode().startsWith("8."))
                .count();
        assertThat(frequent).isGreaterThan(400);
        assertThat(vacancies).anyMatch(v -> !inCatalog.contains(v.professionCode()));
        assertThat(vacancies.stream()
                        .filter(v -> !inCatalog.contains(v.professionCode()))
                        .count())
                .isLessThan(200);
    }

    @Test
    void aFreshVacancyIsOpenAndExpiresOneToTwoMonthsOn() {
        var generator = new MarketGenerator(3, places(), professions());
        var employers = List.of(generator.employer(1, NOW), generator.employer(2, NOW));
        var v = generator.vacancy(1001, employers, TODAY, TODAY, NOW, true, null);
        assertThat(v.id()).isEqualTo("V0001001");
        assertThat(v.status()).isEqualTo("OPEN");
        assertThat(v.expiresOn()).isBetween(TODAY.plusDays(30), TODAY.plusDays(60));
        assertThat(v.employerId()).isIn("E000001", "E000002");
    }

    @Test
    void thePartitaIvaCheckDigitIsLuhns() {
        assertThat(PartitaIva.isValid("00159560366")).isTrue(); // Ferrari S.p.A.
        assertThat(PartitaIva.isValid("01234567897")).isTrue();
        assertThat(PartitaIva.isValid("01234567890")).isFalse();
        assertThat(PartitaIva.isValid("0123456789")).isFalse();
        assertThat(PartitaIva.of(1_234_567, "048")).isEqualTo("1234567048" + PartitaIva.checkDigit("1234567048"));
    }
}
