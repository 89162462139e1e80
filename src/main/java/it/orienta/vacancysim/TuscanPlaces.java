package it.orienta.vacancysim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ten Tuscan provinces with their population (ISTAT, 1 January 2024, rounded), the population of their larger
 * municipalities, their postcodes and telephone prefixes: what the generator weighs places by. A municipality not
 * listed shares what its province's listed ones leave.
 */
final class TuscanPlaces {

    private TuscanPlaces() {}

    /**
     * @param istat the ISTAT code of the province (the first three digits of its municipalities' codes, and the
     *     office digits of the partite IVA it registers)
     */
    record Province(String sigla, String istat, int population, String capPrefix, String phonePrefix) {}

    static final List<Province> PROVINCES = List.of(
            new Province("FI", "048", 984_000, "50", "055"),
            new Province("PI", "050", 418_000, "56", "050"),
            new Province("LU", "046", 383_000, "55", "0583"),
            new Province("AR", "051", 336_000, "52", "0575"),
            new Province("LI", "049", 330_000, "57", "0586"),
            new Province("PT", "047", 291_000, "51", "0573"),
            new Province("SI", "052", 264_000, "53", "0577"),
            new Province("PO", "100", 258_000, "59", "0574"),
            new Province("GR", "053", 218_000, "58", "0564"),
            new Province("MS", "045", 189_000, "54", "0585"));

    /** Larger municipalities by "name (sigla)". */
    static final Map<String, Integer> TOWNS = Map.ofEntries(
            Map.entry("Firenze (FI)", 361_000),
            Map.entry("Prato (PO)", 195_000),
            Map.entry("Livorno (LI)", 153_000),
            Map.entry("Arezzo (AR)", 97_000),
            Map.entry("Pistoia (PT)", 90_000),
            Map.entry("Pisa (PI)", 89_000),
            Map.entry("Lucca (LU)", 89_000),
            Map.entry("Grosseto (GR)", 81_000),
            Map.entry("Massa (MS)", 68_000),
            Map.entry("Viareggio (LU)", 61_000),
            Map.entry("Carrara (MS)", 60_000),
            Map.entry("Siena (SI)", 53_000),
            Map.entry("Scandicci (FI)", 50_000),
            Map.entry("Sesto Fiorentino (FI)", 49_000),
            Map.entry("Empoli (FI)", 48_000),
            Map.entry("Campi Bisenzio (FI)", 47_000),
            Map.entry("Capannori (LU)", 46_000),
            Map.entry("Cascina (PI)", 45_000),
            Map.entry("Piombino (LI)", 33_000),
            Map.entry("Camaiore (LU)", 32_000),
            Map.entry("San Giuliano Terme (PI)", 31_000),
            Map.entry("Rosignano Marittimo (LI)", 30_000),
            Map.entry("Pontedera (PI)", 29_000),
            Map.entry("Poggibonsi (SI)", 29_000),
            Map.entry("Cecina (LI)", 28_000),
            Map.entry("Quarrata (PT)", 26_000),
            Map.entry("Bagno a Ripoli (FI)", 25_000),
            Map.entry("Montevarchi (AR)", 24_000),
            Map.entry("Pietrasanta (LU)", 23_000),
            Map.entry("Monsummano Terme (PT)", 21_000),
            Map.entry("Colle di Val d'Elsa (SI)", 21_000),
            Map.entry("Follonica (GR)", 21_000),
            Map.entry("San Miniato (PI)", 28_000),
            Map.entry("Pescia (PT)", 19_000),
            Map.entry("Cortona (AR)", 21_000),
            Map.entry("Sansepolcro (AR)", 16_000));

    static Map<String, Province> bySigla() {
        var map = new HashMap<String, Province>();
        PROVINCES.forEach(p -> map.put(p.sigla(), p));
        return map;
    }

    /** A municipality with the weight the generator gives it. */
    record Weighted(MarketGenerator.Place place, double weight) {}

    /** The Tuscan municipalities of {@code places}, each weighted by its (estimated) population. */
    static List<Weighted> weigh(List<MarketGenerator.Place> places) {
        var provinces = bySigla();
        var tuscan = places.stream()
                .filter(p -> p.province() != null && provinces.containsKey(p.province()))
                .toList();
        var listed = new HashMap<String, Integer>();
        var unlisted = new HashMap<String, Integer>();
        for (var p : tuscan) {
            Integer known = TOWNS.get(p.name() + " (" + p.province() + ")");
            if (known != null) {
                listed.merge(p.province(), known, Integer::sum);
            } else {
                unlisted.merge(p.province(), 1, Integer::sum);
            }
        }
        var result = new ArrayList<Weighted>();
        for (var p : tuscan) {
            Integer known = TOWNS.get(p.name() + " (" + p.province() + ")");
            double weight;
            if (known != null) {
                weight = known;
            } else {
                int rest = provinces.get(p.province()).population() - listed.getOrDefault(p.province(), 0);
                weight = Math.max(rest, 1000) / (double) unlisted.get(p.province());
            }
            result.add(new Weighted(p, weight));
        }
        return result;
    }
}
