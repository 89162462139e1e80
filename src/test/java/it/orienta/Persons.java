package it.orienta;

import it.kamaladafrica.codicefiscale.CodiceFiscale;
import it.kamaladafrica.codicefiscale.city.CityProvider;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Test persons with valid, unique codici fiscali (PersonMother). */
public final class Persons {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String[] FIRST = {"Anna", "Bruno", "Carla", "Dario", "Elisa", "Fabio", "Gina", "Ugo"};

    private Persons() {}

    /** A person born in Florence (048017, D612) with a code unique to this run. */
    public static Map<String, Object> florentine(String lastName) {
        int n = SEQ.incrementAndGet();
        var born = LocalDate.of(1960, 1, 1).plusDays(n * 37L);
        String first = FIRST[n % FIRST.length];
        boolean female = first.endsWith("a");
        return person(
                taxCode(first, lastName, born, female, "D612"), first, lastName, female ? "F" : "M", born, "048017");
    }

    public static String taxCode(String first, String last, LocalDate born, boolean female, String belfiore) {
        return CodiceFiscale.of(it.kamaladafrica.codicefiscale.Person.builder()
                        .firstname(first)
                        .lastname(last)
                        .birthDate(born)
                        .isFemale(female)
                        .city(CityProvider.ofDefault().findByBelfiore(belfiore))
                        .build())
                .getValue();
    }

    public static Map<String, Object> person(
            String taxCode, String first, String last, String sex, LocalDate born, String birthMunicipality) {
        var p = new LinkedHashMap<String, Object>();
        p.put("taxCode", taxCode);
        p.put("firstName", first);
        p.put("lastName", last);
        p.put("sex", sex);
        p.put("birthDate", born.toString());
        p.put("birthMunicipalityCode", birthMunicipality);
        p.put("citizenshipCode", "100");
        p.put("residenceMunicipalityCode", "048017");
        p.put("residenceAddress", "Via Roma 1");
        p.put("email", "test@example.it");
        p.put("licences", List.of("B"));
        p.put("languages", List.of(Map.of("language", "it", "level", "NATIVE")));
        return p;
    }
}
