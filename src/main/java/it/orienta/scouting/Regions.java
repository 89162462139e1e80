package it.orienta.scouting;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Italian regions by their provinces' two-letter codes, as vacancies store them ("FI"): the last step of a
 * person's widening takes every province of the person's region. The Sardinian codes of 2005–2016 and 2016–2025 are
 * both kept, so that a vacancy stored under either is found.
 */
final class Regions {

    private Regions() {}

    private static final Map<String, List<String>> BY_PROVINCE = byProvince();

    /** Every province of the region of this one (itself included); just itself when unknown. */
    static Set<String> provincesWith(String province) {
        if (province == null) return Set.of();
        String p = province.strip().toUpperCase(Locale.ROOT);
        var region = BY_PROVINCE.get(p);
        return region == null ? Set.of(p) : Set.copyOf(region);
    }

    private static Map<String, List<String>> byProvince() {
        var regions = List.of(
                List.of("TO", "VC", "NO", "CN", "AT", "AL", "BI", "VB"), // Piemonte
                List.of("AO"), // Valle d'Aosta
                List.of("VA", "CO", "SO", "MI", "BG", "BS", "PV", "CR", "MN", "LC", "LO", "MB"), // Lombardia
                List.of("BZ", "TN"), // Trentino-Alto Adige
                List.of("VR", "VI", "BL", "TV", "VE", "PD", "RO"), // Veneto
                List.of("UD", "GO", "TS", "PN"), // Friuli-Venezia Giulia
                List.of("IM", "SV", "GE", "SP"), // Liguria
                List.of("PC", "PR", "RE", "MO", "BO", "FE", "RA", "FC", "RN"), // Emilia-Romagna
                List.of("MS", "LU", "PT", "FI", "LI", "PI", "AR", "SI", "GR", "PO"), // Toscana
                List.of("PG", "TR"), // Umbria
                List.of("PU", "AN", "MC", "AP", "FM"), // Marche
                List.of("VT", "RI", "RM", "LT", "FR"), // Lazio
                List.of("AQ", "TE", "PE", "CH"), // Abruzzo
                List.of("CB", "IS"), // Molise
                List.of("CE", "BN", "NA", "AV", "SA"), // Campania
                List.of("FG", "BA", "TA", "BR", "LE", "BT"), // Puglia
                List.of("PZ", "MT"), // Basilicata
                List.of("CS", "CZ", "RC", "KR", "VV"), // Calabria
                List.of("TP", "PA", "ME", "AG", "CL", "EN", "CT", "RG", "SR"), // Sicilia
                List.of("SS", "NU", "CA", "OR", "SU", "CI", "VS", "OT", "OG")); // Sardegna
        var map = new HashMap<String, List<String>>();
        for (var region : regions) {
            for (String p : region) map.put(p, region);
        }
        return Map.copyOf(map);
    }
}
