package it.orienta.vacancycsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.Employers;
import it.orienta.OrientaModuleTest;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import it.orienta.vacancy.VacancyTerms.Upsert;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The CSV import with the vacancy module under it: a valid file saved whole (its employer registered), the same file
 * again changing nothing, a file with a wrong row saving nothing, and only coordinators and pre-selection operators.
 */
@OrientaModuleTest
class VacancycsvModuleTest {

    static final String HEADER = "codice_fiscale_azienda;ragione_sociale;ateco;comune_azienda;professione;titolo;"
            + "posti;comune_lavoro;contratto;orario;data_scadenza;lingue";

    @Autowired
    VacancyCsvImport imports;

    @Autowired
    OrganisationService organisation;

    @Autowired
    ReferenceService reference;

    @Autowired
    JdbcTemplate jdbc;

    String matcher;
    String regional;

    @BeforeEach
    void setUp() throws Exception {
        for (var file : List.of("demo-municipalities.xml", "demo-professions.xml")) {
            var system = file.contains("municipalities") ? CodeSystem.MUNICIPALITY : CodeSystem.PROFESSION;
            if (reference.count(system) == 0) {
                try (var in = new ClassPathResource("reference/demo/" + file).getInputStream()) {
                    reference.importFhir(in, file, system, Actor.SYSTEM);
                }
            }
        }
        String centre = "C" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        organisation.createCentre(new OrganisationService.CentreCommand(centre, "CPI Test", "FI", "Via Test 1", true));
        matcher = "pre" + centre.toLowerCase();
        regional = "reg" + centre.toLowerCase();
        for (var account : List.of(matcher, regional)) {
            organisation.createOperator(
                    new OrganisationService.OperatorCommand(
                            account,
                            "Module Test",
                            account + "@test.it",
                            EnumSet.of(account.equals(matcher) ? Role.MATCHING_OPERATOR : Role.REGIONAL),
                            Set.of(centre),
                            true),
                    "Module.Test.2026");
        }
    }

    VacancyCsvImport.Report run(String user, String... lines) {
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        return organisation.runAs(user, () -> imports.importFile("test.csv", bytes));
    }

    @Test
    void aValidFileIsSavedWholeAndAgainChangesNothingAWrongRowSavesNothing() {
        String taxCode = Employers.partitaIva();
        String expiry = LocalDate.now().plusDays(20).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String row =
                taxCode + ";Bar Centrale snc;56.30;048017;5.2.2.4.0;%s;1;048017;determinato;turni;" + expiry + ";%s";
        var saved = run(matcher, HEADER, row.formatted("Barista", "en:A2"), row.formatted("Barista serale", ""));
        assertThat(saved.problems()).isEmpty();
        assertThat(saved.employersRegistered()).isOne();
        assertThat(saved.saved()).extracting(VacancyCsvImport.Saved::what).containsOnly(Upsert.CREATED);
        assertThat(saved.saved()).extracting(VacancyCsvImport.Saved::row).containsExactly(2, 3);

        var again = run(matcher, HEADER, row.formatted("Barista", "en:A2"), row.formatted("Barista serale", ""));
        assertThat(again.saved()).extracting(VacancyCsvImport.Saved::what).containsOnly(Upsert.UNCHANGED);
        assertThat(again.employersRegistered()).isZero();

        var wrong =
                run(matcher, HEADER, row.formatted("Barista", "en:B2"), row.formatted("Barista del sabato", "inglese"));
        assertThat(wrong.imported()).isFalse();
        assertThat(wrong.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("lingue");
            assertThat(p.code()).isEqualTo("vacancy-import.value.language");
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from vacancy v join employer e on e.id = v.employer_id where e.tax_code = ?",
                        Long.class,
                        taxCode))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from vacancy_language l join vacancy v on v.id = l.vacancy_id"
                                + " join employer e on e.id = v.employer_id where e.tax_code = ? and l.level = 'B2'",
                        Long.class,
                        taxCode))
                .isZero();
    }

    @Test
    void onlyCoordinatorsAndPreSelectionOperatorsImport() {
        assertThatThrownBy(() -> run(regional, HEADER)).isInstanceOf(AccessDeniedException.class);
        assertThat(run(matcher, HEADER).problems())
                .extracting(VacancyCsvImport.Problem::code)
                .containsExactly("vacancy-import.file.no-rows");
    }
}
