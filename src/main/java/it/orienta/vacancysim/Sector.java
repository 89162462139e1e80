package it.orienta.vacancysim;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of employer the simulated market has: how many there are (weight), the ATECO 2007 activities they
 * register, how they name themselves ({@code {S}} a surname, {@code {W}} a place or fancy word, {@code {F}} a first
 * name), the legal forms they take and the working times they offer.
 */
enum Sector {
    RETAIL(
            16,
            List.of("47.11.20", "47.71.10", "47.52.10", "47.72.10", "47.19.10", "47.21.01"),
            List.of(
                    "Supermercati {S}",
                    "{S} Abbigliamento",
                    "Ferramenta {S}",
                    "Calzature {W}",
                    "Market {W}",
                    "Boutique {W}",
                    "Ortofrutta {S}"),
            "FULL_TIME:45,PART_TIME:45,SHIFTS:10"),
    WHOLESALE(
            4,
            List.of("46.39.20", "46.73.10", "46.46.10"),
            List.of("{S} Distribuzione", "Ingrosso {W}"),
            "FULL_TIME:85,PART_TIME:15"),
    HOSPITALITY(
            16,
            List.of("56.10.11", "56.30.00", "55.10.00", "56.10.30", "55.20.52"),
            List.of(
                    "Ristorante {W}",
                    "Trattoria da {F}",
                    "Hotel {W}",
                    "Bar {W}",
                    "Albergo {W}",
                    "Pizzeria {W}",
                    "Agriturismo {W}",
                    "Osteria {W}"),
            "FULL_TIME:50,PART_TIME:25,SHIFTS:25"),
    CARE(
            8,
            List.of("87.30.00", "88.10.00", "86.10.10", "87.10.00"),
            List.of("{W}", "RSA {W}", "Casa di cura {W}", "Il Sorriso {W}"),
            "SHIFTS:45,FULL_TIME:30,PART_TIME:25"),
    LOGISTICS(
            9,
            List.of("52.10.10", "49.41.00", "53.20.00", "52.29.22"),
            List.of("{S} Trasporti", "{W} Logistica", "Autotrasporti {S}", "{W} Express"),
            "FULL_TIME:50,SHIFTS:40,PART_TIME:10"),
    CONSTRUCTION(
            11,
            List.of("41.20.00", "43.21.01", "43.22.01", "43.31.00", "43.99.09"),
            List.of("{S} Costruzioni", "Edil{W}", "Impianti Elettrici {S}", "Termoidraulica {S}", "Edilizia {W}"),
            "FULL_TIME:95,PART_TIME:5"),
    MANUFACTURING(
            14,
            List.of(
                    "25.62.00",
                    "28.29.99",
                    "14.13.10",
                    "13.20.00",
                    "15.12.09",
                    "10.71.10",
                    "16.23.10",
                    "31.09.10",
                    "23.41.00",
                    "22.29.09"),
            List.of(
                    "Meccanica {S}",
                    "Lanificio {S}",
                    "Pelletteria {W}",
                    "Maglificio {W}",
                    "Panificio {S}",
                    "Mobilificio {S}",
                    "{W} Industrie",
                    "Officine {S}"),
            "FULL_TIME:55,SHIFTS:40,PART_TIME:5"),
    OFFICE(
            8,
            List.of("69.20.11", "62.01.00", "82.20.00", "70.22.09", "64.19.10"),
            List.of("Studio {S}", "{W} Software", "{W} Consulting", "{W} Servizi", "{W} Informatica"),
            "FULL_TIME:65,PART_TIME:35"),
    CLEANING(
            4,
            List.of("81.21.00", "81.29.10"),
            List.of("{W} Servizi di Pulizia", "Multiservizi {W}"),
            "PART_TIME:70,FULL_TIME:20,SHIFTS:10"),
    AGRICULTURE(
            5,
            List.of("01.21.00", "01.26.00", "01.30.00", "01.13.10"),
            List.of("Azienda Agricola {W}", "Fattoria {W}", "Vivai {S}", "Tenuta {W}"),
            "FULL_TIME:90,PART_TIME:10"),
    PERSONAL(
            2,
            List.of("96.02.01", "96.02.02"),
            List.of("Acconciature {F}", "Centro Estetico {W}"),
            "FULL_TIME:50,PART_TIME:50"),
    AUTO(2, List.of("45.20.10", "45.20.20"), List.of("Autofficina {S}", "Carrozzeria {W}"), "FULL_TIME:100"),
    AGENCY(1, List.of("78.20.00"), List.of("{W} Lavoro"), "FULL_TIME:60,SHIFTS:30,PART_TIME:10");

    final int weight;
    final List<String> atecoCodes;
    final List<String> namePatterns;
    final String workingTimes;

    Sector(int weight, List<String> atecoCodes, List<String> namePatterns, String workingTimes) {
        this.weight = weight;
        this.atecoCodes = atecoCodes;
        this.namePatterns = namePatterns;
        this.workingTimes = workingTimes;
    }

    /** The sector an ATECO code belongs to (by its division), if it is one of the simulator's. */
    static Optional<Sector> ofAteco(String atecoCode) {
        if (atecoCode == null || atecoCode.length() < 2) {
            return Optional.empty();
        }
        String division = atecoCode.substring(0, 2);
        return Arrays.stream(values())
                .filter(s -> s.atecoCodes.stream().anyMatch(c -> c.startsWith(division)))
                .findFirst();
    }
}
