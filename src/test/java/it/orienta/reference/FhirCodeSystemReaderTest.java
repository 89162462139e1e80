package it.orienta.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.system.RuleViolationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FhirCodeSystemReaderTest {

    static FhirCodeSystemReader.Parsed read(String xml) {
        return FhirCodeSystemReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static String code(Runnable r) {
        try {
            r.run();
            return null;
        } catch (RuleViolationException e) {
            return e.code();
        }
    }

    @Test
    void readsNestedConceptsWithDefinitionsAndProperties() {
        var parsed = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <CodeSystem xmlns="http://hl7.org/fhir">
                  <id value="istat-unitaAmministrativeTerritorialiEstere"/>
                  <concept><code value="1"/><display value="Uno"/><definition value="Def uno"/>
                    <concept><code value="1.1"/><display value="Uno uno"/>
                      <designation><value value="altro"/><display value="ignored"/></designation>
                    </concept>
                  </concept>
                  <concept><code value="201"/><display value="Albania"/>
                    <property><code value="continente"/><valueCode value="1"/></property></concept>
                </CodeSystem>
                """);
        assertThat(parsed.id()).isEqualTo("istat-unitaAmministrativeTerritorialiEstere");
        assertThat(parsed.concepts())
                .extracting(c ->
                        c.code() + "|" + c.display() + "|" + c.parentCode() + "|" + c.level() + "|" + c.continent())
                .containsExactlyInAnyOrder("1|Uno|null|1|null", "1.1|Uno uno|1|2|null", "201|Albania|null|1|1");
        assertThat(parsed.concepts())
                .filteredOn(c -> c.code().equals("1"))
                .first()
                .extracting(FhirCodeSystemReader.Concept::definition)
                .isEqualTo("Def uno");
    }

    @Test
    void refusesWhatIsNotAFhirCodeSystem() {
        assertThat(code(() -> read("<ValueSet xmlns=\"http://hl7.org/fhir\"/>")))
                .isEqualTo("reference.file.not-fhir");
        assertThat(code(() -> read("<CodeSystem/>"))).isEqualTo("reference.file.not-fhir");
        assertThat(code(() -> read("{\"resourceType\":\"CodeSystem\"}")))
                .isIn("reference.file.unreadable", "reference.file.not-fhir");
        assertThat(code(() -> read("\u0089PNG binary"))).isIn("reference.file.unreadable", "reference.file.not-fhir");
    }

    @Test
    void refusesATruncatedFile() {
        assertThat(code(() -> read(
                        "<CodeSystem xmlns=\"http://hl7.org/fhir\"><id value=\"x\"/><concept><code value=\"1\"/>")))
                .isEqualTo("reference.file.truncated");
    }

    @Test
    void neverResolvesExternalEntities() {
        assertThatThrownBy(() -> read("""
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
                <CodeSystem xmlns="http://hl7.org/fhir"><id value="&e;"/></CodeSystem>
                """)).isInstanceOf(RuleViolationException.class);
    }
}
