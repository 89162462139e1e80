package it.orienta.person;

import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.person.PersonCommand.EducationTitleCommand;
import it.orienta.person.PersonCommand.WorkExperienceCommand;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.DuplicateException;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.WebSliceTest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

@WebSliceTest(PersonController.class)
@org.springframework.context.annotation.Import(PersonControllerTest.FixedClock.class)
class PersonControllerTest {

    /** The pages' clock: a fixed day in Rome (the registration decodes birth dates against it). */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @org.springframework.context.annotation.Bean
        java.time.Clock clock() {
            return java.time.Clock.fixed(java.time.Instant.parse("2026-12-07T10:00:00Z"), it.orienta.system.Rome.ZONE);
        }
    }

    static final UUID ID = UUID.fromString("7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f01");
    static final String FLORENCE = "Firenze (FI) · 048017";
    static final String ITALY = "Italia · 100";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    PersonService persons;

    @MockitoBean
    ReferenceService reference;

    @BeforeEach
    void places() {
        given(reference.resolve(CodeSystem.MUNICIPALITY, FLORENCE)).willReturn("048017");
        given(reference.resolve(CodeSystem.COUNTRY, ITALY)).willReturn("100");
    }

    /** The person form as the page posts it for Mario Rossi, with some fields changed (name, value, …). */
    MockMvcRequestBuilder rossiForm(MockMvcRequestBuilder request, String... changes) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("taxCode", PersonFixtures.TAX_CODE);
        fields.put("firstName", "Mario");
        fields.put("lastName", "Rossi");
        fields.put("sex", "M");
        fields.put("birthDate", "1985-03-14");
        fields.put("birthMunicipalityCode", FLORENCE);
        fields.put("birthCountryCode", "");
        fields.put("citizenshipCode", ITALY);
        fields.put("residenceMunicipalityCode", FLORENCE);
        fields.put("residenceAddress", "Via Roma 1");
        fields.put("email", "mario.rossi@example.it");
        fields.put("mobilePhone", "");
        fields.put("licences", "B");
        fields.put("languageCode", "IT");
        fields.put("languageLevel", "NATIVE");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        fields.forEach(request::param);
        return request;
    }

    @Test
    void anonymousIsSentToTheLoginPage() {
        assertThat(mvc.get().uri("/persons?q=rossi")).hasStatus(302).hasRedirectedUrl("/login");
        assertThat(mvc.get().uri("/persons/{id}/edit", ID)).hasStatus(302).hasRedirectedUrl("/login");
        assertThat(mvc.get().uri("/persons/{id}/special", ID)).hasStatus(302).hasRedirectedUrl("/login");
        then(persons).shouldHaveNoInteractions();
    }

    @Test
    void anonymousPostWithATokenIsSentToTheLoginPageToo() {
        assertThat(rossiForm(mvc.post().uri("/persons/new")).with(csrf()))
                .hasStatus(302)
                .hasRedirectedUrl("/login");
        then(persons).shouldHaveNoInteractions();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/persons/new",
                "/persons/7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f01/edit",
                "/persons/7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f01/education",
                "/persons/7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f01/education/3b0c7a1e-1111-4a2b-8c3d-000000000001/delete",
                "/persons/7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f01/work",
                "/persons/7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f01/work/3b0c7a1e-1111-4a2b-8c3d-000000000002/delete"
            })
    void everyFormPostWithoutCsrfTokenIsRefused(String path) {
        var request = rossiForm(
                        mvc.post().uri(path),
                        "titleCode",
                        "30103000",
                        "employer",
                        "Trattoria Da Nello",
                        "professionCode",
                        "5.2.2.1.0")
                .with(operator());

        assertThat(request).hasStatus(403);
        then(persons).shouldHaveNoInteractions();
    }

    @Test
    void searchPageWithoutQueryAsksNothing() {
        assertThat(mvc.get().uri("/persons").with(operator()))
                .hasStatusOk()
                .hasViewName("person/search")
                .model()
                .containsEntry("asked", false);
        then(persons).shouldHaveNoInteractions();
    }

    @Test
    void searchShowsIdentityBirthPlaceAndTheCentreInCharge() {
        var row = new PersonSearchRow(
                ID,
                PersonFixtures.TAX_CODE,
                "Mario",
                "Rossi",
                LocalDate.of(1985, 3, 14),
                "048017",
                null,
                "CPI Pisa (PI)");
        var abroad = new PersonSearchRow(
                UUID.randomUUID(), "80000000002", "Ana", "Lopez", LocalDate.of(1990, 1, 2), null, "215", null);
        given(persons.search("rossi", null, 1, 20))
                .willReturn(new PersonService.SearchResult(List.of(row, abroad), 1, false));
        given(reference.labels(CodeSystem.MUNICIPALITY, List.of("048017")))
                .willReturn(Map.of("048017", "Firenze (FI)"));
        given(reference.labels(CodeSystem.COUNTRY, List.of("215"))).willReturn(Map.of("215", "Spagna"));

        var result = mvc.get().uri("/persons?q=rossi&page=1").with(operator()).exchange();

        assertThat(result).hasStatusOk().hasViewName("person/search");
        assertThat(result)
                .bodyText()
                .contains(
                        "href=\"/persons/" + ID + "\"",
                        PersonFixtures.TAX_CODE,
                        "Firenze (FI)",
                        "14/03/1985",
                        "In carico a",
                        "CPI Pisa (PI)",
                        "Spagna",
                        "nessun centro")
                .doesNotContain("Residenza");
        then(persons).should().search("rossi", null, 1, 20);
    }

    @Test
    void searchByBirthDateAlone() {
        given(persons.search(null, LocalDate.of(1985, 3, 14), 0, 20))
                .willReturn(new PersonService.SearchResult(List.of(), 0, false));

        assertThat(mvc.get().uri("/persons?birthDate=1985-03-14").with(operator()))
                .hasStatusOk()
                .bodyText()
                .contains("Nessuna persona trovata");
        then(persons).should().search(null, LocalDate.of(1985, 3, 14), 0, 20);
    }

    @Test
    void newPersonFormCarriesTheCsrfToken() {
        assertThat(mvc.get().uri("/persons/new").with(operator()))
                .hasStatusOk()
                .hasViewName("person/form")
                .bodyText()
                .contains("action=\"/persons/new\"", "name=\"_csrf\"");
    }

    @Test
    void registersWithTheCodesChosenFromTheLists() {
        given(persons.register(any())).willReturn(PersonFixtures.rossi(ID, 0));

        var result = rossiForm(mvc.post().uri("/persons/new"))
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus(302).hasRedirectedUrl("/persons/" + ID);
        assertThat(result).flash().containsEntry("flash", "person.created");
        then(persons).should().register(PersonFixtures.rossiCommand());
    }

    @Test
    void invalidFieldsShowTheirMessagesAndRegisterNothing() {
        var result = rossiForm(mvc.post().uri("/persons/new"), "taxCode", "", "email", "not-an-address")
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("person/form");
        assertThat(result).model().extractingBindingResult("form").hasFieldErrorCode("taxCode", "NotBlank");
        assertThat(result).model().extractingBindingResult("form").hasFieldErrorCode("email", "Email");
        assertThat(result)
                .bodyText()
                .contains("id=\"taxCode-error\"", "Campo obbligatorio.", "Indirizzo e-mail non valido.");
        then(persons).shouldHaveNoInteractions();
    }

    @Test
    void theErrorSummaryNamesEachFieldAsALinkAndCountsThem() {
        var result = rossiForm(mvc.post().uri("/persons/new"), "taxCode", "", "email", "not-an-address")
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result)
                .bodyText()
                .contains("Correggi 2 campi")
                .contains("data-focus-on-load")
                .containsPattern("<a data-focus-link\\s+href=\"#taxCode\">Codice fiscale: Campo obbligatorio.</a>")
                .containsPattern("<a data-focus-link\\s+href=\"#email\">[^<:]+: Indirizzo e-mail non valido.</a>")
                .doesNotContain("Correggi i campi indicati")
                // in the order of the form, not of the validator
                .containsPattern("(?s)href=\"#taxCode\".*href=\"#email\"");
    }

    @Test
    void theSexThatDoesNotMatchTheTaxCodeIsShownAtTheRadioGroup() {
        given(persons.register(any())).willThrow(new RuleViolationException("person.tax-code.sex-mismatch", "sex"));

        var result = rossiForm(mvc.post().uri("/persons/new"))
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result)
                .bodyText()
                .containsPattern("<fieldset id=\"sex\"[^>]*aria-describedby=\"sex-error\"")
                .contains(
                        "id=\"sex-error\" class=\"invalid-feedback d-block\">Il sesso non corrisponde al codice fiscale.")
                .contains("href=\"#sex\">Sesso: Il sesso non corrisponde al codice fiscale.</a>");
    }

    @Test
    void aBadDateIsAFieldErrorNotAFailure() {
        var result = rossiForm(mvc.post().uri("/persons/new"), "birthDate", "14/03/1985x")
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("person/form");
        assertThat(result).model().extractingBindingResult("form").hasFieldErrorCode("birthDate", "typeMismatch");
        assertThat(result).bodyText().contains("Data non valida: usa il formato gg/mm/aaaa.");
        then(persons).shouldHaveNoInteractions();
    }

    @Test
    void aBrokenRuleIsShownAtItsField() {
        given(persons.register(any()))
                .willThrow(new RuleViolationException("person.tax-code.check-character", "taxCode", "H", "K"));

        var result = rossiForm(mvc.post().uri("/persons/new"))
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("person/form");
        assertThat(result)
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("taxCode", "rule.person.tax-code.check-character");
        assertThat(result)
                .bodyText()
                .contains("id=\"taxCode-error\"")
                .contains("Il carattere di controllo del codice fiscale è H, ma dovrebbe essere K");
    }

    @Test
    void invisibleCharactersAreRefusedAtTheirField() {
        given(persons.register(any())).willThrow(new RuleViolationException("text.control-characters", "lastName"));

        var result = rossiForm(mvc.post().uri("/persons/new"), "lastName", "Ros\u200Bsi")
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("person/form");
        assertThat(result)
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("lastName", "rule.text.control-characters");
        assertThat(result)
                .bodyText()
                .contains("id=\"lastName-error\"")
                .contains("Il testo contiene caratteri invisibili o di controllo");
    }

    @Test
    void aTaxCodeTypedInLowerCaseWithSpacesReachesTheRegistry() {
        String typed = PersonFixtures.TAX_CODE.substring(0, 6).toLowerCase() + " "
                + PersonFixtures.TAX_CODE.substring(6, 11) + " "
                + PersonFixtures.TAX_CODE.substring(11).toLowerCase();
        given(persons.register(any())).willReturn(PersonFixtures.rossi(ID, 0));

        var result = rossiForm(mvc.post().uri("/persons/new"), "taxCode", typed)
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus(302).hasRedirectedUrl("/persons/" + ID);
        then(persons).should().register(org.mockito.ArgumentMatchers.argThat(c -> typed.equals(c.taxCode())));
    }

    @Test
    void aBrokenRuleWithoutAFieldOfTheFormIsShownAboveIt() {
        given(persons.register(any())).willThrow(new RuleViolationException("intake.centre.required", null));

        var result = rossiForm(mvc.post().uri("/persons/new"))
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("person/form");
        assertThat(result).bodyText().contains("Scegli prima il centro in cui lavori.");
    }

    @Test
    void aDuplicateLinksTheExistingPerson() {
        var existing = UUID.randomUUID();
        given(persons.register(any()))
                .willThrow(new DuplicateException(
                        "person.duplicate", "taxCode", "/persons/" + existing, "Mario Rossi", PersonFixtures.TAX_CODE));

        var result = rossiForm(mvc.post().uri("/persons/new"))
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("person/form");
        assertThat(result).model().containsEntry("existing", "/persons/" + existing);
        assertThat(result)
                .bodyText()
                .contains("href=\"/persons/" + existing + "\"")
                .contains("Questa persona è già registrata: Mario Rossi, codice fiscale " + PersonFixtures.TAX_CODE);
    }

    @Test
    void serviceLevelConstraintViolationsAreShownAtTheirFields() {
        var violations =
                Validation.buildDefaultValidatorFactory().getValidator().validate(new PersonFormProbe(""));
        given(persons.register(any())).willThrow(new ConstraintViolationException(violations));

        var result = rossiForm(mvc.post().uri("/persons/new"))
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("person/form");
        assertThat(result).model().extractingBindingResult("form").hasFieldErrors("lastName");
    }

    /** Something with a {@code lastName} to make a real constraint violation from. */
    record PersonFormProbe(
            @jakarta.validation.constraints.NotBlank String lastName) {}

    @Test
    void editShowsTheFormOfThePerson() {
        given(persons.view(ID)).willReturn(PersonFixtures.rossi(ID, 4));
        given(reference.choiceLabel(CodeSystem.MUNICIPALITY, "048017")).willReturn(FLORENCE);

        var result = mvc.get().uri("/persons/{id}/edit", ID).with(operator()).exchange();

        assertThat(result).hasStatusOk().hasViewName("person/form");
        assertThat(result)
                .bodyText()
                .contains("action=\"/persons/" + ID + "/edit\"")
                .contains("value=\"" + PersonFixtures.TAX_CODE + "\"")
                .contains("value=\"Firenze (FI) &middot; 048017\"")
                .contains("name=\"version\" value=\"4\"");
    }

    @Test
    void editingAnUnknownPersonShowsTheNotFoundPage() {
        given(persons.view(ID)).willThrow(new NotFoundException("Person", ID));

        var result = mvc.get().uri("/persons/{id}/edit", ID).with(operator()).exchange();

        assertThat(result).hasStatus(404).hasViewName("error");
        assertThat(result)
                .bodyText()
                .contains("La pagina o la scheda che cerchi non esiste.")
                .doesNotContain("not found");
    }

    @Test
    void updatesWithTheVersionTheFormWasBasedOn() {
        given(persons.view(ID)).willReturn(PersonFixtures.rossi(ID, 3));

        var result = rossiForm(mvc.post().uri("/persons/{id}/edit", ID), "version", "3")
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus(302).hasRedirectedUrl("/persons/" + ID);
        assertThat(result).flash().containsEntry("flash", "common.saved");
        then(persons).should().update(ID, 3, PersonFixtures.rossiCommand());
    }

    @Test
    void aStaleEditShowsTheCurrentStateAndTakesItsVersion() {
        given(persons.view(ID)).willReturn(PersonFixtures.rossi(ID, 4));
        given(persons.update(any(), anyLong(), any()))
                .willThrow(new StaleVersionException(4, PersonFixtures.rossi(ID, 4)));

        var result = rossiForm(mvc.post().uri("/persons/{id}/edit", ID), "version", "3", "email", "nuova@example.it")
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("person/form");
        assertThat(result).model().containsKey("stale");
        assertThat(result)
                .bodyText()
                .contains("Nel frattempo qualcun altro ha modificato questi dati")
                .contains("name=\"version\" value=\"4\"")
                .contains("value=\"nuova@example.it\"");
        then(persons).should().update(any(), eq(3L), any());
    }

    @Test
    void anInvalidEditIsNotSent() {
        given(persons.view(ID)).willReturn(PersonFixtures.rossi(ID, 3));

        var result = rossiForm(mvc.post().uri("/persons/{id}/edit", ID), "lastName", "", "version", "3")
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("person/form");
        assertThat(result).model().extractingBindingResult("form").hasFieldErrorCode("lastName", "NotBlank");
        then(persons).should(never()).update(any(), anyLong(), any());
    }

    @Test
    void aRuleBrokenByAnEditIsShownAtItsField() {
        given(persons.view(ID)).willReturn(PersonFixtures.rossi(ID, 3));
        given(persons.update(any(), anyLong(), any()))
                .willThrow(new RuleViolationException("person.tax-code.sex-mismatch", "sex"));

        var result = rossiForm(mvc.post().uri("/persons/{id}/edit", ID), "sex", "F", "version", "3")
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("person/form");
        assertThat(result)
                .model()
                .extractingBindingResult("form")
                .hasFieldErrorCode("sex", "rule.person.tax-code.sex-mismatch");
        assertThat(result).bodyText().contains("id=\"sex-error\"", "Il sesso non corrisponde al codice fiscale.");
    }

    @Test
    void addsAnEducationTitleChosenFromTheList() {
        given(reference.resolve(CodeSystem.EDUCATION_TITLE, "Diploma di ragioniere · 30103000"))
                .willReturn("30103000");

        var result = mvc.post()
                .uri("/persons/{id}/education", ID)
                .param("titleCode", "Diploma di ragioniere · 30103000")
                .param("year", "2004")
                .param("institution", "ITC Russell")
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus(302).hasRedirectedUrl("/persons/" + ID + "#education");
        assertThat(result).flash().containsEntry("flash", "common.saved");
        then(persons)
                .should()
                .addEducationTitle(ID, new EducationTitleCommand("30103000", 2004, "ITC Russell", "100", null));
    }

    @Test
    void aRefusedEducationTitleGoesBackWithItsErrors() {
        var refusal = new RuleViolationException("person.education.year-out-of-range", "year", 2026);
        given(persons.addEducationTitle(any(), any())).willThrow(refusal);

        var result = mvc.post()
                .uri("/persons/{id}/education", ID)
                .param("titleCode", "30103000")
                .param("year", "1850")
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus(302).hasRedirectedUrl("/persons/" + ID + "#education");
        assertThat(result).flash().containsEntry("educationErrors", refusal.violations());
        assertThat(result)
                .flash()
                .containsEntry("educationInput", java.util.Map.of("titleCode", "30103000", "year", "1850"));
        assertThat(result).flash().doesNotContainKey("flash");
    }

    @Test
    void removesAnEducationTitle() {
        var titleId = UUID.randomUUID();

        var result = mvc.post()
                .uri("/persons/{id}/education/{t}/delete", ID, titleId)
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus(302).hasRedirectedUrl("/persons/" + ID + "#education");
        then(persons).should().removeEducationTitle(ID, titleId);
    }

    @Test
    void addsAWorkExperience() {
        given(reference.resolve(CodeSystem.PROFESSION, "Camerieri di ristorante · 5.2.2.3.1"))
                .willReturn("5.2.2.3.1");

        var result = mvc.post()
                .uri("/persons/{id}/work", ID)
                .param("employer", "Trattoria Da Nello")
                .param("professionCode", "Camerieri di ristorante · 5.2.2.3.1")
                .param("fromDate", "2019-05-01")
                .param("toDate", "")
                .param("sepSector", "10")
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus(302).hasRedirectedUrl("/persons/" + ID + "#work");
        assertThat(result).flash().containsEntry("flash", "common.saved");
        then(persons)
                .should()
                .addWorkExperience(
                        ID,
                        new WorkExperienceCommand(
                                "Trattoria Da Nello", "5.2.2.3.1", LocalDate.of(2019, 5, 1), null, 10, null));
    }

    @Test
    void aRefusedWorkExperienceGoesBackWithItsErrors() {
        var refusal = new RuleViolationException("person.work.period-reversed", "toDate");
        given(persons.addWorkExperience(any(), any())).willThrow(refusal);

        var result = mvc.post()
                .uri("/persons/{id}/work", ID)
                .param("employer", "Trattoria Da Nello")
                .param("professionCode", "5.2.2.3.1")
                .param("fromDate", "2019-05-01")
                .param("toDate", "2018-05-01")
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus(302).hasRedirectedUrl("/persons/" + ID + "#work");
        assertThat(result).flash().containsEntry("workErrors", refusal.violations());
        assertThat(result)
                .flash()
                .containsEntry(
                        "workInput",
                        java.util.Map.of(
                                "employer", "Trattoria Da Nello",
                                "professionCode", "5.2.2.3.1",
                                "fromDate", "2019-05-01",
                                "toDate", "2018-05-01"));
    }

    @Test
    void removesAWorkExperience() {
        var workId = UUID.randomUUID();

        var result = mvc.post()
                .uri("/persons/{id}/work/{w}/delete", ID, workId)
                .with(operator())
                .with(csrf())
                .exchange();

        assertThat(result).hasStatus(302).hasRedirectedUrl("/persons/" + ID + "#work");
        then(persons).should().removeWorkExperience(ID, workId);
    }

    @Test
    void specialCategoryDataIsAFragment() {
        given(persons.specialCategoryData(ID)).willReturn(new SpecialCategoryData(true, 67, "Note riservate"));

        var result = mvc.get()
                .uri("/persons/{id}/special", ID)
                .header("HX-Request", "true")
                .with(operator())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("person/special :: special");
        assertThat(result)
                .bodyText()
                .contains("id=\"special-data\"", "67", "Note riservate")
                .doesNotContain("<html");
        then(persons).should().specialCategoryData(ID);
    }

    @Test
    void specialCategoryDataRefusedByTheServiceIsForbidden() {
        given(persons.specialCategoryData(ID))
                .willThrow(new it.orienta.system.CaseAccessDeniedException("access.role", ID, null));

        var result = mvc.get().uri("/persons/{id}/special", ID).with(admin()).exchange();

        assertThat(result).hasStatus(403);
        assertThat(result).bodyText().doesNotContain("special-category data");
    }
}
