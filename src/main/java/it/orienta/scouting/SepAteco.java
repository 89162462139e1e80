package it.orienta.scouting;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The ATECO 2007 divisions where the work of each SEP sector (2022 edition of the Atlante del Lavoro) is done: the
 * Atlante defines its sectors by the economic activities of the ATECO classification, and this is that
 * correspondence at the level of the division (two digits), kept here because only self-promotion uses it. A
 * desired occupation's SEP lists the employers of these divisions as "potentially interested". SEP 24 (area comune:
 * administration, accounting, logistics, sales support…) is done in every sector and narrows nothing: it maps to no
 * division, and those persons' companies come from their professions' vacancies only (ADR 0033).
 */
final class SepAteco {

    private SepAteco() {}

    private static final Map<Integer, Set<String>> DIVISIONS = Map.ofEntries(
            Map.entry(1, Set.of("01", "02", "03")), // agricoltura, silvicoltura e pesca
            Map.entry(2, Set.of("10", "11", "12")), // produzioni alimentari
            Map.entry(3, Set.of("16", "31")), // legno e arredo
            Map.entry(4, Set.of("17")), // carta e cartotecnica
            Map.entry(5, Set.of("13", "14", "15")), // tessile, abbigliamento, calzaturiero, moda
            Map.entry(6, Set.of("19", "20", "21", "22")), // chimica (gomma e plastica incluse)
            Map.entry(7, Set.of("05", "06", "07", "08", "09")), // estrazione
            Map.entry(8, Set.of("23")), // vetro, ceramica, materiali da costruzione
            Map.entry(9, Set.of("41", "42", "43")), // edilizia
            Map.entry(10, Set.of("24", "25", "26", "27", "28", "29", "30", "32", "33")), // meccanica, impianti
            Map.entry(11, Set.of("49", "50", "51", "52")), // trasporti e logistica
            Map.entry(12, Set.of("45", "46", "47")), // distribuzione commerciale
            Map.entry(13, Set.of("64", "65", "66")), // servizi finanziari e assicurativi
            Map.entry(14, Set.of("62", "63")), // servizi digitali
            Map.entry(15, Set.of("53", "61")), // telecomunicazioni e poste
            Map.entry(16, Set.of("35", "36", "37", "38", "39")), // public utilities
            Map.entry(17, Set.of("18", "58")), // stampa ed editoria
            Map.entry(18, Set.of("78", "85")), // educazione, formazione e lavoro
            Map.entry(19, Set.of("86", "87", "88")), // servizi socio-sanitari
            Map.entry(20, Set.of("95", "96", "97")), // servizi alla persona
            Map.entry(21, Set.of("92", "93")), // attività ricreative e sportive
            Map.entry(22, Set.of("59", "60", "90", "91")), // servizi culturali e di spettacolo
            Map.entry(23, Set.of("55", "56", "79")), // servizi turistici
            Map.entry(24, Set.of())); // area comune: every sector

    /** The divisions of these SEP sectors (2022 edition); unknown codes and SEP 24 add none. */
    static Set<String> divisionsOf(Set<Integer> sepSectors) {
        var divisions = new LinkedHashSet<String>();
        for (Integer sep : sepSectors) {
            if (sep != null) divisions.addAll(DIVISIONS.getOrDefault(sep, Set.of()));
        }
        return divisions;
    }

    /** The SEP sector (of these) whose work is done in this division; null when none. */
    static Integer sectorOf(String division, Set<Integer> among) {
        for (Integer sep : among) {
            if (sep != null && DIVISIONS.getOrDefault(sep, Set.of()).contains(division)) return sep;
        }
        return null;
    }
}
