package it.orienta.vacancysim;

import java.util.Collection;
import java.util.List;

/**
 * The places and professions where the demo persons in charge with the matching consent look for work (module demo:
 * Mario Rossi, waiter or cook in Florence; Lucia Martelli, accounts clerk in Pisa), and Elena Popescu's, whose consent is
 * refused (her vacancies are open, she is never listed): the generated market's last vacancies are open ones of these,
 * so that the default run's matching has something to show whatever the seed (issue 13).
 */
final class DemoAnchors {

    private DemoAnchors() {}

    /** A vacancy the market always has open: a profession in a municipality. */
    record Anchor(String professionCode, String municipalityCode) {}

    static final List<Anchor> ANCHORS = List.of(
            new Anchor("5.2.2.3.2", "048017"),
            new Anchor("5.2.2.3.2", "048017"),
            new Anchor("5.2.2.1.0", "048017"),
            new Anchor("5.2.2.1.0", "048017"),
            new Anchor("4.3.2.1.0", "050026"),
            new Anchor("4.3.2.1.0", "050026"),
            new Anchor("4.3.1.2.0", "048033"));

    /** The anchors whose municipality and profession the market knows, at most {@code limit}. */
    static List<Anchor> usable(Collection<String> places, List<ProfessionCatalog.Entry> catalog, int limit) {
        return ANCHORS.stream()
                .filter(a -> places.contains(a.municipalityCode())
                        && catalog.stream().anyMatch(e -> e.code().equals(a.professionCode())))
                .limit(limit)
                .toList();
    }
}
