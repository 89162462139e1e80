package it.orienta.vacancysim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The professions a centre for employment sees most, with how often the simulated market asks for them, the
 * titles employers write, the sectors that hire them and what they usually require. Codes missing from Orienta's
 * profession table are left out by the generator; the rest of the classification is the market's long tail.
 */
final class ProfessionCatalog {

    private ProfessionCatalog() {}

    /** How a profession is usually hired: the contract mix. */
    enum Hiring {
        /** Shops, offices, warehouses. */
        STANDARD("PERMANENT:25,FIXED_TERM:35,APPRENTICESHIP:12,AGENCY:15,TRAINEESHIP:6,SEASONAL:2,OTHER:5"),
        /** Hotels, restaurants, beaches: the season. */
        SEASONAL("SEASONAL:35,FIXED_TERM:25,PERMANENT:12,APPRENTICESHIP:10,OTHER:10,AGENCY:5,TRAINEESHIP:3"),
        /** Trades and qualified work. */
        SKILLED("PERMANENT:45,FIXED_TERM:30,AGENCY:10,APPRENTICESHIP:10,OTHER:5"),
        /** Fields and vineyards. */
        FARM("SEASONAL:60,FIXED_TERM:30,AGENCY:10");

        final String contracts;

        Hiring(String contracts) {
            this.contracts = contracts;
        }
    }

    /**
     * @param education the least ISTAT education level usually asked (null: none)
     * @param licences driving licences usually asked, comma-separated ("" none)
     * @param language a language usually asked ("en:B1"), or "" none
     * @param experience the most years of experience an employer asks
     */
    record Entry(
            String code,
            int weight,
            List<Sector> sectors,
            List<String> titles,
            Hiring hiring,
            Integer education,
            String licences,
            String language,
            int experience) {}

    /** The catalog, read once from {@code vacancysim/professions.txt} (one profession a line, fields by "|"). */
    static final List<Entry> ENTRIES = read();

    private static List<Entry> read() {
        try (var in = ProfessionCatalog.class.getResourceAsStream("/vacancysim/professions.txt")) {
            if (in == null) {
                throw new IllegalStateException("vacancysim/professions.txt missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(ProfessionCatalog::entry)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Entry entry(String line) {
        var f = line.split("\\|", -1);
        return new Entry(
                f[0],
                Integer.parseInt(f[1]),
                Arrays.stream(f[2].split(",")).map(Sector::valueOf).toList(),
                List.of(f[3].split(";")),
                Hiring.valueOf(f[4]),
                f[5].isEmpty() ? null : Integer.valueOf(f[5]),
                f[6],
                f[7],
                Integer.parseInt(f[8]));
    }
}
