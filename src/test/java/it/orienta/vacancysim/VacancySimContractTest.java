package it.orienta.vacancysim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;
import org.yaml.snakeyaml.Yaml;

/**
 * The simulator serves exactly the operations of docs/vacancy-api.yaml, and what it publishes uses the contract's
 * fields and terms only.
 */
class VacancySimContractTest {

    @SuppressWarnings("unchecked")
    static Map<String, Object> contract() throws IOException {
        Map<String, Object> doc = new Yaml().load(Files.readString(Path.of("docs", "vacancy-api.yaml")));
        assertThat(doc.get("openapi")).isEqualTo("3.1.0");
        return doc;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> properties(String schema) throws IOException {
        var schemas = (Map<String, Map<String, Object>>)
                ((Map<String, Object>) contract().get("components")).get("schemas");
        return (Map<String, Map<String, Object>>) schemas.get(schema).get("properties");
    }

    @SuppressWarnings("unchecked")
    static Set<String> enumOf(String schema, String property) throws IOException {
        return new HashSet<>(
                (java.util.List<String>) properties(schema).get(property).get("enum"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSimulatorServesTheContractsOperationsAndNoOther() throws IOException {
        var operations = new HashSet<String>();
        ((Map<String, Map<String, Object>>) contract().get("paths"))
                .forEach((path, item) -> item.keySet()
                        .forEach(m -> operations.add(m.toUpperCase() + " " + VacancySimApiController.BASE + path)));
        var served = new HashSet<String>();
        for (var m : VacancySimApiController.class.getDeclaredMethods()) {
            if (m.isAnnotationPresent(GetMapping.class)) {
                served.add("GET " + m.getAnnotation(GetMapping.class).value()[0]);
            }
        }
        assertThat(served).containsExactlyInAnyOrderElementsOf(operations);
    }

    @Test
    void whatTheSimulatorPublishesHasTheContractsFieldsAndTerms() throws IOException {
        var market = new MarketGenerator(5, MarketGeneratorTest.places(), MarketGeneratorTest.professions())
                .market(120, 400, LocalDate.of(2026, 3, 16), Instant.parse("2026-03-16T10:00:00Z"));
        var employer = VacancySimApiController.json(market.employers().getFirst());
        var vacancy = VacancySimApiController.json(market.vacancies().getFirst());
        assertThat(properties("Employer").keySet()).containsExactlyInAnyOrderElementsOf(employer.keySet());
        assertThat(properties("Vacancy").keySet()).containsExactlyInAnyOrderElementsOf(vacancy.keySet());
        @SuppressWarnings("unchecked")
        var requirements = (Map<String, Object>) vacancy.get("requirements");
        assertThat(properties("Requirements").keySet()).containsExactlyInAnyOrderElementsOf(requirements.keySet());

        assertThat(enumOf("Employer", "legalForm"))
                .containsAll(
                        market.employers().stream().map(SimEmployer::legalForm).collect(Collectors.toSet()));
        assertThat(enumOf("Employer", "sizeBand"))
                .containsAll(
                        market.employers().stream().map(SimEmployer::sizeBand).collect(Collectors.toSet()));
        assertThat(enumOf("Vacancy", "contractType"))
                .containsAll(market.vacancies().stream()
                        .map(SimVacancy::contractType)
                        .collect(Collectors.toSet()));
        assertThat(enumOf("Vacancy", "workingTime"))
                .containsAll(
                        market.vacancies().stream().map(SimVacancy::workingTime).collect(Collectors.toSet()));
        assertThat(enumOf("Vacancy", "status"))
                .containsExactlyInAnyOrder("OPEN", "SUSPENDED", "FILLED", "EXPIRED", "WITHDRAWN");
        assertThat(market.vacancies().stream().map(SimVacancy::status).collect(Collectors.toSet()))
                .isSubsetOf(enumOf("Vacancy", "status"));
    }
}
