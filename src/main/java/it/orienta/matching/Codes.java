package it.orienta.matching;

import java.util.Map;

/**
 * The hierarchies matching climbs: an ISTAT CP2011 profession code's fourth and third levels ({@code 5.2.2.3.2} is
 * in the group {@code 5.2.2.3} and the class {@code 5.2.2}), a municipality's province (the first three digits of its
 * ISTAT code: {@code 048017} Firenze is in {@code 048}) and a province's region (ISTAT region codes).
 */
final class Codes {

    private Codes() {}

    /** The fourth-level group of a fifth-level unit (the code itself when shorter). */
    static String professionGroup(String code) {
        return prefix(code, 4);
    }

    /** The third-level class of a profession code (the code itself when shorter). */
    static String professionClass(String code) {
        return prefix(code, 3);
    }

    private static String prefix(String code, int levels) {
        int at = -1;
        for (int i = 0; i < levels; i++) {
            at = code.indexOf('.', at + 1);
            if (at < 0) return code;
        }
        return code.substring(0, at);
    }

    /** The province of a six-digit ISTAT municipality code, or null. */
    static String provinceOf(String municipalityCode) {
        return municipalityCode == null || municipalityCode.length() != 6 ? null : municipalityCode.substring(0, 3);
    }

    /** The ISTAT region code of a province (three digits), or null when unknown. */
    static String regionOf(String provinceCode) {
        return provinceCode == null ? null : REGIONS.get(provinceCode);
    }

    // ISTAT province → region (2 digits). Codes of provinces created after 2005 carry their region too.
    private static final Map<String, String> REGIONS = regions();

    private static Map<String, String> regions() {
        var m = new java.util.HashMap<String, String>();
        put(m, "01", 1, 2, 3, 4, 5, 6, 96, 103); // Piemonte
        put(m, "02", 7); // Valle d'Aosta
        put(m, "03", 12, 13, 14, 15, 16, 17, 18, 19, 20, 97, 98, 108); // Lombardia
        put(m, "04", 21, 22); // Trentino-Alto Adige
        put(m, "05", 23, 24, 25, 26, 27, 28, 29); // Veneto
        put(m, "06", 30, 31, 32, 93); // Friuli-Venezia Giulia
        put(m, "07", 8, 9, 10, 11); // Liguria
        put(m, "08", 33, 34, 35, 36, 37, 38, 39, 40, 99); // Emilia-Romagna
        put(m, "09", 45, 46, 47, 48, 49, 50, 51, 52, 53, 100); // Toscana
        put(m, "10", 54, 55); // Umbria
        put(m, "11", 41, 42, 43, 44, 109); // Marche
        put(m, "12", 56, 57, 58, 59, 60); // Lazio
        put(m, "13", 66, 67, 68, 69); // Abruzzo
        put(m, "14", 70, 94); // Molise
        put(m, "15", 61, 62, 63, 64, 65); // Campania
        put(m, "16", 71, 72, 73, 74, 75, 110); // Puglia
        put(m, "17", 76, 77); // Basilicata
        put(m, "18", 78, 79, 80, 101, 102); // Calabria
        put(m, "19", 81, 82, 83, 84, 85, 86, 87, 88, 89); // Sicilia
        put(m, "20", 90, 91, 92, 95, 104, 105, 106, 107, 111); // Sardegna
        return Map.copyOf(m);
    }

    private static void put(Map<String, String> m, String region, int... provinces) {
        for (int p : provinces) m.put("%03d".formatted(p), region);
    }
}
