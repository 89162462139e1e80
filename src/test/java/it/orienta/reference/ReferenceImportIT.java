package it.orienta.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.OrientaAppTest;
import it.orienta.system.Actor;
import it.orienta.system.RuleViolationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The full ISTAT tables from ../shared/data, imported as an administrator would. */
@OrientaAppTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferenceImportIT {

    static final Path DATA = Path.of(System.getProperty("orienta.shared-data", "../shared/data"));

    @Autowired
    ReferenceService reference;

    @Autowired
    JdbcTemplate jdbc;

    ImportReport importFile(String name) throws IOException {
        try (InputStream in = Files.newInputStream(DATA.resolve(name))) {
            return reference.importFhir(in, name, null, Actor.SYSTEM);
        }
    }

    @Test
    @Order(1)
    void importsTheFullTablesWithTheirCounts() throws IOException {
        var professions = importFile("istat-cp2011-professioni.fhir.xml");
        var titles = importFile("istat-titoli-di-studio.fhir.xml");
        var municipalities = importFile("istat-comuni.fhir.xml");
        var states = importFile("istat-stati-esteri.fhir.xml");

        assertThat(professions.rejected()).isEmpty();
        assertThat(reference.count(CodeSystem.PROFESSION)).isEqualTo(1_486);
        // The issue and shared/data/README count <code> elements, not concepts. The titles file holds 1,389
        // concepts (its 1,390th <code> is the jurisdiction, IT); the states file holds 228 (the other 227 <code>s
        // name each state's "continente" property). These are the concepts there are.
        assertThat(reference.count(CodeSystem.EDUCATION_TITLE)).isEqualTo(1_389);
        assertThat(reference.count(CodeSystem.MUNICIPALITY)).isEqualTo(7_900);
        assertThat(reference.count(CodeSystem.COUNTRY)).isEqualTo(228);
        assertThat(titles.read()).isEqualTo(1_389);
        assertThat(municipalities.read()).isEqualTo(7_900);
        assertThat(states.read()).isEqualTo(228);
    }

    @Test
    @Order(2)
    void keepsTheHierarchyAndTheDefinitionsOfProfessions() {
        var leaf = reference.find(CodeSystem.PROFESSION, "5.2.2.3.1").orElseThrow();
        assertThat(leaf.level()).isEqualTo(5);
        assertThat(leaf.parentCode()).isEqualTo("5.2.2.3");
        assertThat(reference
                        .find(CodeSystem.PROFESSION, "5.2.2.3")
                        .orElseThrow()
                        .parentCode())
                .isEqualTo("5.2.2");
        assertThat(reference.find(CodeSystem.PROFESSION, "1").orElseThrow().definition())
                .isNotBlank();
        assertThat(jdbc.queryForObject(
                        "select count(*) from reference_code where code_system = 'PROFESSION' and level = 5",
                        Integer.class))
                .isGreaterThan(700);
    }

    @Test
    @Order(3)
    void givesMunicipalitiesTheirProvinceAndCadastralCode() {
        var florence = reference.find(CodeSystem.MUNICIPALITY, "048017").orElseThrow();
        assertThat(florence.label()).isEqualTo("Firenze (FI)");
        assertThat(florence.belfiore()).isEqualTo("D612");
        assertThat(reference
                        .find(CodeSystem.MUNICIPALITY, "058091")
                        .orElseThrow()
                        .province())
                .isEqualTo("RM");
        assertThat(reference.find(CodeSystem.COUNTRY, "235").orElseThrow().belfiore())
                .isEqualTo("Z129");
        Integer withoutProvince = jdbc.queryForObject(
                "select count(*) from reference_code where code_system = 'MUNICIPALITY' and province is null",
                Integer.class);
        Integer withoutBelfiore = jdbc.queryForObject(
                "select count(*) from reference_code where code_system = 'MUNICIPALITY' and belfiore is null",
                Integer.class);
        assertThat(withoutProvince).isZero();
        assertThat(withoutBelfiore)
                .as("municipalities whose cadastral code could not be matched")
                .isLessThan(80);
    }

    @Test
    @Order(4)
    void findsByWordsAndCodeIgnoringAccentsAndCase() {
        assertThat(reference.search(CodeSystem.MUNICIPALITY, "forli", 5))
                .extracting(ReferenceCode::display)
                .contains("Forlì");
        assertThat(reference.search(CodeSystem.MUNICIPALITY, "SAN GIULIANO", 10))
                .extracting(ReferenceCode::label)
                .contains("San Giuliano Terme (PI)");
        assertThat(reference.search(CodeSystem.PROFESSION, "5.2.2.3", 5))
                .extracting(ReferenceCode::code)
                .contains("5.2.2.3.1");
        assertThat(reference.search(CodeSystem.PROFESSION, "camerieri ristorante", 5))
                .isNotEmpty();
    }

    @Test
    @Order(5)
    void reimportingChangesNothingAndDeletesNothing() throws IOException {
        var again = importFile("istat-comuni.fhir.xml");
        assertThat(again.imported()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(7_900);
        assertThat(again.retired()).isZero();
    }

    @Test
    @Order(6)
    void aSmallerFileRetiresWhatItLacksAndAFullOneBringsItBack() throws IOException {
        var subset = """
                <CodeSystem xmlns="http://hl7.org/fhir"><id value="istat-unitaAmministrativeTerritorialiEstere"/>
                <concept><code value="100"/><display value="Italia"/>
                  <property><code value="continente"/><valueCode value="1"/></property></concept>
                <concept><code value="235"/><display value="Romania (nuova denominazione)"/></concept>
                <concept><code value="ABC"/><display value="Non valido"/></concept>
                <concept><code value="201"/></concept>
                </CodeSystem>""";
        var report = reference.importFhir(stream(subset), "subset.xml", null, Actor.SYSTEM);
        assertThat(report.updated()).isEqualTo(1);
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(report.retired()).isEqualTo(226);
        assertThat(report.rejected())
                .extracting(ImportReport.Rejection::reason)
                .containsExactly("reference.concept.code-invalid", "reference.concept.display-missing");
        assertThat(reference.find(CodeSystem.COUNTRY, "201"))
                .get()
                .extracting(ReferenceCode::retired)
                .isEqualTo(true);
        assertThat(reference.count(CodeSystem.COUNTRY)).isEqualTo(2);

        var full = importFile("istat-stati-esteri.fhir.xml");
        assertThat(full.updated()).isEqualTo(227);
        assertThat(reference.count(CodeSystem.COUNTRY)).isEqualTo(228);
    }

    @Test
    @Order(7)
    void aBrokenFileIsRefusedAndNothingIsSaved() throws IOException {
        long before = reference.count(CodeSystem.MUNICIPALITY);
        byte[] full = Files.readAllBytes(DATA.resolve("istat-comuni.fhir.xml"));
        byte[] half = java.util.Arrays.copyOf(full, full.length / 2);
        assertThatThrownBy(() -> reference.importFhir(new ByteArrayInputStream(half), "half.xml", null, Actor.SYSTEM))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).code())
                .isEqualTo("reference.file.truncated");
        assertThatThrownBy(() ->
                        reference.importFhir(stream("<html><body>no</body></html>"), "page.xml", null, Actor.SYSTEM))
                .extracting(e -> ((RuleViolationException) e).code())
                .isEqualTo("reference.file.not-fhir");
        assertThatThrownBy(() -> reference.importFhir(stream("""
                        <CodeSystem xmlns="http://hl7.org/fhir"><id value="istat-comuni"/></CodeSystem>"""), "x.xml", CodeSystem.COUNTRY, Actor.SYSTEM))
                .extracting(e -> ((RuleViolationException) e).code())
                .isEqualTo("reference.file.other-system");
        assertThat(reference.count(CodeSystem.MUNICIPALITY)).isEqualTo(before);
    }

    static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
