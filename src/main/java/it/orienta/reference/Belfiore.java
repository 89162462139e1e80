package it.orienta.reference;

import it.kamaladafrica.codicefiscale.City;
import it.kamaladafrica.codicefiscale.city.CityProvider;
import it.orienta.system.SearchText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Province acronyms and cadastral (Belfiore) codes for ISTAT municipality and state codes. The ISTAT files carry
 * neither; the codice-fiscale library's tables carry both by name. The province of a municipality follows from
 * the first three digits of its ISTAT code: each such group takes the acronym most of its names match.
 */
final class Belfiore {

    private static final Map<String, List<City>> BY_NAME = CityProvider.ofDefault().findAll().stream()
            .collect(Collectors.groupingBy(c -> SearchText.normalize(c.getName())));

    private Belfiore() {}

    /** Acronym per 3-digit ISTAT province prefix, from the municipalities given (code → name). */
    static Map<String, String> provinces(Map<String, String> municipalities) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        municipalities.forEach((code, name) -> {
            var cities = candidates(name).stream()
                    .filter(c -> !c.getBelfiore().startsWith("Z"))
                    .toList();
            if (cities.size() == 1) {
                votes.computeIfAbsent(code.substring(0, 3), k -> new HashMap<>())
                        .merge(cities.getFirst().getProv(), 1, Integer::sum);
            }
        });
        Map<String, String> result = new HashMap<>();
        votes.forEach((prefix, counts) -> counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .ifPresent(e -> result.put(prefix, e.getKey())));
        return result;
    }

    /** Cities of that name; bilingual names ("Bolzano/Bozen") are also tried by their Italian part. */
    private static List<City> candidates(String name) {
        var found = BY_NAME.getOrDefault(SearchText.normalize(name), List.of());
        int slash = name.indexOf('/');
        if (found.isEmpty() && slash > 0) {
            found = BY_NAME.getOrDefault(SearchText.normalize(name.substring(0, slash)), List.of());
        }
        return found;
    }

    static Optional<String> ofMunicipality(String name, String province) {
        return candidates(name).stream()
                .filter(c -> province != null && province.equals(c.getProv()))
                .map(City::getBelfiore)
                .findFirst();
    }

    static Optional<String> ofCountry(String name) {
        return BY_NAME.getOrDefault(SearchText.normalize(name), List.of()).stream()
                .filter(c -> c.getBelfiore().startsWith("Z"))
                .map(City::getBelfiore)
                .findFirst();
    }
}
