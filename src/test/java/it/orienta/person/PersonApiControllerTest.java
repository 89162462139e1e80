package it.orienta.person;

import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.operator;
import static it.orienta.web.WebSlice.assertFieldError;
import static it.orienta.web.WebSlice.assertProblem;
import static it.orienta.web.WebSlice.errorDispatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import it.orienta.person.PersonCommand.EducationTitleCommand;
import it.orienta.person.PersonCommand.WorkExperienceCommand;
import it.orienta.system.DuplicateException;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.WebSliceTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(PersonApiController.class)
class PersonApiControllerTest {

    static final UUID ID = UUID.fromString("7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f01");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    PersonService persons;

    /** The accounts behind HTTP Basic (the organisation module's, in the application). */
    @MockitoBean
    UserDetailsService accounts;

    void account(boolean locked) {
        given(accounts.loadUserByUsername("operatore"))
                .willReturn(User.withUsername("operatore")
                        .password("{noop}Orienta.2026")
                        .roles("OPERATOR")
                        .accountLocked(locked)
                        .build());
    }

    @Test
    void anonymousGetsAProblemAskingToAuthenticate() {
        var result = mvc.get().uri("/api/v1/persons/{id}", ID).exchange();
        assertProblem(result, 401, "auth.required");
        assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo("/api/v1/persons/" + ID);
        then(persons).shouldHaveNoInteractions();
    }

    @Test
    void anonymousPostIsRefusedToo() {
        var result = mvc.post()
                .uri("/api/v1/persons")
                .contentType(MediaType.APPLICATION_JSON)
                .content(PersonFixtures.rossiJson())
                .exchange();
        assertProblem(result, 401, "auth.required");
        then(persons).shouldHaveNoInteractions();
    }

    @Test
    void httpBasicWithTheRightPasswordReachesTheApi() {
        account(false);
        given(persons.view(ID)).willReturn(PersonFixtures.rossi(ID, 0));

        var result = mvc.get()
                .uri("/api/v1/persons/{id}", ID)
                .with(httpBasic("operatore", "Orienta.2026"))
                .exchange();

        assertThat(result).hasStatusOk().doesNotContainHeader("Set-Cookie");
        assertThat(result).hasHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        then(persons).should().view(ID);
    }

    @Test
    void httpBasicWithAWrongPasswordIsUnauthenticated() {
        account(false);

        assertProblem(
                mvc.get()
                        .uri("/api/v1/persons/{id}", ID)
                        .with(httpBasic("operatore", "sbagliata"))
                        .exchange(),
                401,
                "auth.required");
        then(persons).shouldHaveNoInteractions();
    }

    @Test
    void aLockedAccountIsToldToWait() {
        account(true);

        assertProblem(
                mvc.get()
                        .uri("/api/v1/persons/{id}", ID)
                        .with(httpBasic("operatore", "Orienta.2026"))
                        .exchange(),
                429,
                "auth.locked");
        then(persons).shouldHaveNoInteractions();
    }

    @Test
    void anotherMethodIsNotAllowed() {
        var result = mvc.delete().uri("/api/v1/persons").with(operator()).exchange();

        assertThat(result).hasStatus(405);
        assertProblem(errorDispatch(mvc, result), 405, "request.method-not-allowed");
        then(persons).shouldHaveNoInteractions();
    }

    @Test
    void registersWithoutACsrfTokenAndAnswersWithLocationAndETag() {
        given(persons.register(any())).willReturn(PersonFixtures.rossi(ID, 0));

        var result = mvc.post()
                .uri("/api/v1/persons")
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content(PersonFixtures.rossiJson())
                .exchange();

        assertThat(result)
                .hasStatus(201)
                .hasHeader("Location", "/api/v1/persons/" + ID)
                .hasHeader("ETag", "\"0\"");
        assertThat(result).bodyJson().extractingPath("$.taxCode").isEqualTo(PersonFixtures.TAX_CODE);
        then(persons).should().register(PersonFixtures.rossiCommand());
    }

    @Test
    void invalidFieldsAreNamedInTheProblem() {
        var result = mvc.post()
                .uri("/api/v1/persons")
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content(PersonFixtures.rossiJson()
                        .replace("\"Mario\"", "\"\"")
                        .replace("\"048017\", \"citizenshipCode\"", "\"Firenze\", \"citizenshipCode\""))
                .exchange();

        assertProblem(result, 400, "validation");
        assertFieldError(result, "firstName", "validation.NotBlank");
        assertFieldError(result, "birthMunicipalityCode", "validation.Pattern");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[?(@.field == 'firstName')].message")
                .asArray()
                .containsExactly("Campo obbligatorio.");
        then(persons).shouldHaveNoInteractions();
    }

    @Test
    void aBrokenRuleIsUnprocessableWithTheFieldAtFault() {
        given(persons.register(any()))
                .willThrow(new RuleViolationException("person.tax-code.check-character", "taxCode", "H", "K"));

        var result = mvc.post()
                .uri("/api/v1/persons")
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content(PersonFixtures.rossiJson())
                .exchange();

        assertProblem(result, 422, "person.tax-code.check-character");
        assertFieldError(result, "taxCode", "person.tax-code.check-character");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("Il carattere di controllo del codice fiscale è H, ma dovrebbe essere K: "
                        + "controlla di averlo scritto bene.");
    }

    @Test
    void messagesFollowAcceptLanguage() {
        given(persons.register(any())).willThrow(new RuleViolationException("date.before-1900", "birthDate"));

        var result = mvc.post()
                .uri("/api/v1/persons")
                .with(operator())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(PersonFixtures.rossiJson())
                .exchange();

        assertProblem(result, 422, "date.before-1900");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("The date cannot be before 1900.");
    }

    @Test
    void aDuplicateIsAConflictLinkingTheExistingPerson() {
        var existing = UUID.randomUUID();
        given(persons.register(any()))
                .willThrow(new DuplicateException(
                        "person.duplicate", "taxCode", "/persons/" + existing, "Mario Rossi", PersonFixtures.TAX_CODE));

        var result = mvc.post()
                .uri("/api/v1/persons")
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content(PersonFixtures.rossiJson())
                .exchange();

        assertProblem(result, 409, "person.duplicate");
        assertFieldError(result, "taxCode", "person.duplicate");
        assertThat(result).bodyJson().extractingPath("$.existing").isEqualTo("/api/v1/persons/" + existing);
    }

    @Test
    void malformedJsonIsABadRequest() {
        var result = mvc.post()
                .uri("/api/v1/persons")
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"taxCode\": ")
                .exchange();

        assertProblem(result, 400, "request.malformed-body");
        then(persons).shouldHaveNoInteractions();
    }

    @Test
    void aFieldOfTheWrongTypeIsABadRequest() {
        var result = mvc.post()
                .uri("/api/v1/persons")
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content(PersonFixtures.rossiJson().replace("\"sex\": \"M\"", "\"sex\": \"X\""))
                .exchange();

        assertProblem(result, 400, "request.invalid-enum");
        then(persons).shouldHaveNoInteractions();
    }

    @Test
    void anotherContentTypeIsUnsupported() {
        var result = mvc.post()
                .uri("/api/v1/persons")
                .with(operator())
                .contentType(MediaType.TEXT_PLAIN)
                .content("taxCode=RSSMRA85C14D612H")
                .exchange();

        assertThat(result).hasStatus(415);
        assertProblem(errorDispatch(mvc, result), 415, "request.unsupported-media-type");
        then(persons).shouldHaveNoInteractions();
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        var result = mvc.post()
                .uri("/api/v1/persons")
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"notes\": \"" + "x".repeat(300_000) + "\"}")
                .exchange();

        assertProblem(result, 413, "request.too-large");
        assertThat(result).bodyJson().extractingPath("$.limit").isEqualTo(262144);
        then(persons).shouldHaveNoInteractions();
    }

    @Test
    void readsAPersonWithItsVersionAsETag() {
        given(persons.view(ID)).willReturn(PersonFixtures.rossi(ID, 4));

        var result = mvc.get().uri("/api/v1/persons/{id}", ID).with(operator()).exchange();

        assertThat(result).hasStatusOk().hasHeader("ETag", "\"4\"");
        assertThat(result).bodyJson().extractingPath("$.lastName").isEqualTo("Rossi");
        then(persons).should().view(ID);
    }

    @Test
    void anUnknownPersonIsNotFound() {
        given(persons.view(ID)).willThrow(new NotFoundException("Person", ID));

        var result = mvc.get().uri("/api/v1/persons/{id}", ID).with(operator()).exchange();

        assertProblem(result, 404, "not-found");
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Person " + ID + " non trovato.");
    }

    @Test
    void anIdThatIsNoUuidIsABadRequest() {
        var result =
                mvc.get().uri("/api/v1/persons/not-a-uuid").with(operator()).exchange();

        assertProblem(result, 400, "request.invalid-parameter");
        assertFieldError(result, "id", "request.invalid-parameter");
        then(persons).shouldHaveNoInteractions();
    }

    @Test
    void searchPassesTheFiltersOn() {
        given(persons.search("rossi", LocalDate.of(1985, 3, 14), 2, 10))
                .willReturn(new PersonService.SearchResult(
                        List.of(new PersonSearchRow(
                                ID,
                                PersonFixtures.TAX_CODE,
                                "Mario",
                                "Rossi",
                                LocalDate.of(1985, 3, 14),
                                "048017",
                                null,
                                "CPI Pisa (PI)")),
                        2,
                        true));

        var result = mvc.get()
                .uri("/api/v1/persons?q=rossi&birthDate=1985-03-14&page=2&size=10")
                .with(operator())
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.rows[0].id").isEqualTo(ID.toString());
        assertThat(result).bodyJson().extractingPath("$.rows[0].chargeCentre").isEqualTo("CPI Pisa (PI)");
        assertThat(result).bodyJson().extractingPath("$.hasMore").isEqualTo(true);
        then(persons).should().search("rossi", LocalDate.of(1985, 3, 14), 2, 10);
    }

    @Test
    void searchDefaultsToTheFirstPageOfTwenty() {
        given(persons.search(any(), any(), anyInt(), anyInt()))
                .willReturn(new PersonService.SearchResult(List.of(), 0, false));

        assertThat(mvc.get().uri("/api/v1/persons?q=rossi").with(operator())).hasStatusOk();
        then(persons).should().search("rossi", null, 0, 20);
    }

    @Test
    void updatesWithTheVersionOfIfMatch() {
        given(persons.update(any(), anyLong(), any())).willReturn(PersonFixtures.rossi(ID, 4));

        var result = mvc.put()
                .uri("/api/v1/persons/{id}", ID)
                .with(operator())
                .header("If-Match", "\"3\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(PersonFixtures.rossiJson())
                .exchange();

        assertThat(result).hasStatusOk().hasHeader("ETag", "\"4\"");
        then(persons).should().update(ID, 3, PersonFixtures.rossiCommand());
    }

    @Test
    void anUpdateWithoutIfMatchIsRefused() {
        var result = mvc.put()
                .uri("/api/v1/persons/{id}", ID)
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content(PersonFixtures.rossiJson())
                .exchange();

        assertProblem(result, 422, "version.required");
        assertFieldError(result, "If-Match", "version.required");
        then(persons).shouldHaveNoInteractions();
    }

    @Test
    void aStaleUpdateIsAConflictWithTheCurrentState() {
        given(persons.update(any(), anyLong(), any()))
                .willThrow(new StaleVersionException(5, PersonFixtures.rossi(ID, 5)));

        var result = mvc.put()
                .uri("/api/v1/persons/{id}", ID)
                .with(operator())
                .header("If-Match", "W/\"3\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(PersonFixtures.rossiJson())
                .exchange();

        assertProblem(result, 409, "version.stale");
        assertThat(result).hasHeader("ETag", "\"5\"");
        assertThat(result).bodyJson().extractingPath("$.currentVersion").isEqualTo(5);
        assertThat(result).bodyJson().extractingPath("$.current.taxCode").isEqualTo(PersonFixtures.TAX_CODE);
        then(persons).should().update(ID, 3, PersonFixtures.rossiCommand());
    }

    @Test
    void addsAnEducationTitle() {
        var titleId = UUID.randomUUID();
        var command = new EducationTitleCommand("30103000", 2004, "ITC Russell", "100", null);
        given(persons.addEducationTitle(ID, command))
                .willReturn(new PersonView.EducationTitleView(titleId, "30103000", 2004, "ITC Russell", "100", null));

        var result = mvc.post()
                .uri("/api/v1/persons/{id}/education-titles", ID)
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"titleCode": "30103000", "year": 2004, "institution": "ITC Russell", "countryCode": "100"}
                        """)
                .exchange();

        assertThat(result)
                .hasStatus(201)
                .hasHeader("Location", "/api/v1/persons/" + ID + "/education-titles/" + titleId);
        then(persons).should().addEducationTitle(ID, command);
    }

    @Test
    void anEducationTitleNeedsAWellFormedCode() {
        var result = mvc.post()
                .uri("/api/v1/persons/{id}/education-titles", ID)
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"titleCode\": \"licenza media\"}")
                .exchange();

        assertProblem(result, 400, "validation");
        assertFieldError(result, "titleCode", "validation.Pattern");
        then(persons).shouldHaveNoInteractions();
    }

    @Test
    void anUnknownEducationTitleIsUnprocessable() {
        given(persons.addEducationTitle(any(), any()))
                .willThrow(new RuleViolationException("reference.unknown-code", "titleCode", "99999999"));

        var result = mvc.post()
                .uri("/api/v1/persons/{id}/education-titles", ID)
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"titleCode\": \"99999999\"}")
                .exchange();

        assertProblem(result, 422, "reference.unknown-code");
        assertFieldError(result, "titleCode", "reference.unknown-code");
    }

    /**
     * PRODUCTION BUG: the service passes the year as an {@code int}, and {@code {0}} in
     * {@code rule.person.education.year-out-of-range} formats it as a number with grouping: "2.026".
     */
    @Test
    void aYearOutOfRangeNamesTheYearAsAYear() {
        given(persons.addEducationTitle(any(), any()))
                .willThrow(new RuleViolationException("person.education.year-out-of-range", "year", 2026));

        var result = mvc.post()
                .uri("/api/v1/persons/{id}/education-titles", ID)
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"titleCode\": \"30103000\", \"year\": 2030}")
                .exchange();

        assertProblem(result, 422, "person.education.year-out-of-range");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("L’anno deve essere tra il 1900 e il 2026.");
    }

    @Test
    void removesAnEducationTitle() {
        var titleId = UUID.randomUUID();

        assertThat(mvc.delete()
                        .uri("/api/v1/persons/{id}/education-titles/{t}", ID, titleId)
                        .with(operator()))
                .hasStatus(204);
        then(persons).should().removeEducationTitle(ID, titleId);
    }

    @Test
    void removingAMissingEducationTitleIsNotFound() {
        var titleId = UUID.randomUUID();
        willThrow(new NotFoundException("EducationTitle", titleId))
                .given(persons)
                .removeEducationTitle(ID, titleId);

        assertProblem(
                mvc.delete()
                        .uri("/api/v1/persons/{id}/education-titles/{t}", ID, titleId)
                        .with(operator())
                        .exchange(),
                404,
                "not-found");
    }

    @Test
    void addsAWorkExperience() {
        var workId = UUID.randomUUID();
        var command =
                new WorkExperienceCommand("Trattoria Da Nello", "5.2.2.1.0", LocalDate.of(2019, 5, 1), null, 10, null);
        given(persons.addWorkExperience(ID, command))
                .willReturn(new PersonView.WorkExperienceView(
                        workId, "Trattoria Da Nello", "5.2.2.1.0", LocalDate.of(2019, 5, 1), null, 10, null));

        var result = mvc.post()
                .uri("/api/v1/persons/{id}/work-experiences", ID)
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"employer": "Trattoria Da Nello", "professionCode": "5.2.2.1.0",
                         "fromDate": "2019-05-01", "sepSector": 10}
                        """)
                .exchange();

        assertThat(result)
                .hasStatus(201)
                .hasHeader("Location", "/api/v1/persons/" + ID + "/work-experiences/" + workId);
        assertThat(result).bodyJson().extractingPath("$.employer").isEqualTo("Trattoria Da Nello");
        then(persons).should().addWorkExperience(ID, command);
    }

    @Test
    void aWorkExperienceWithAReversedPeriodIsUnprocessable() {
        given(persons.addWorkExperience(any(), any()))
                .willThrow(new RuleViolationException("person.work.period-reversed", "toDate"));

        var result = mvc.post()
                .uri("/api/v1/persons/{id}/work-experiences", ID)
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"employer": "Trattoria Da Nello", "professionCode": "5.2.2.1.0",
                         "fromDate": "2019-05-01", "toDate": "2018-05-01"}
                        """)
                .exchange();

        assertProblem(result, 422, "person.work.period-reversed");
        assertFieldError(result, "toDate", "person.work.period-reversed");
    }

    @Test
    void aWorkExperienceWithoutEmployerIsInvalid() {
        var result = mvc.post()
                .uri("/api/v1/persons/{id}/work-experiences", ID)
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"professionCode\": \"5.2.2.1.0\"}")
                .exchange();

        assertProblem(result, 400, "validation");
        assertFieldError(result, "employer", "validation.NotBlank");
        assertFieldError(result, "fromDate", "validation.NotNull");
        then(persons).shouldHaveNoInteractions();
    }

    @Test
    void removesAWorkExperience() {
        var workId = UUID.randomUUID();

        assertThat(mvc.delete()
                        .uri("/api/v1/persons/{id}/work-experiences/{w}", ID, workId)
                        .with(operator()))
                .hasStatus(204);
        then(persons).should().removeWorkExperience(ID, workId);
    }

    @Test
    void readsTheSpecialCategoryData() {
        given(persons.specialCategoryData(ID)).willReturn(new SpecialCategoryData(true, 67, null));

        var result = mvc.get()
                .uri("/api/v1/persons/{id}/special-category-data", ID)
                .with(operator())
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.disabilityPercentage").isEqualTo(67);
        then(persons).should().specialCategoryData(ID);
    }

    @Test
    void specialCategoryDataRefusedByTheServiceIsForbidden() {
        given(persons.specialCategoryData(ID))
                .willThrow(new it.orienta.system.CaseAccessDeniedException("access.role", ID, null));

        var result = mvc.get()
                .uri("/api/v1/persons/{id}/special-category-data", ID)
                .with(admin())
                .exchange();

        assertProblem(result, 403, "access.role");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("Il tuo ruolo non consente di leggere o modificare i fascicoli delle persone.");
    }

    @Test
    void updatesTheSpecialCategoryDataWithIfMatch() {
        var data = new SpecialCategoryData(true, 67, "Segue un percorso con i servizi sociali.");
        given(persons.updateSpecialCategoryData(ID, 2, data)).willReturn(data);

        var result = mvc.put()
                .uri("/api/v1/persons/{id}/special-category-data", ID)
                .with(operator())
                .header("If-Match", "\"2\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"disabilityL68": true, "disabilityPercentage": 67,
                         "vulnerabilityNotes": "Segue un percorso con i servizi sociali."}
                        """)
                .exchange();

        assertThat(result).hasStatusOk();
        then(persons).should().updateSpecialCategoryData(ID, 2, data);
    }

    @Test
    void aPercentageOverAHundredIsInvalid() {
        var result = mvc.put()
                .uri("/api/v1/persons/{id}/special-category-data", ID)
                .with(operator())
                .header("If-Match", "\"2\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"disabilityL68\": true, \"disabilityPercentage\": 150}")
                .exchange();

        assertProblem(result, 400, "validation");
        assertFieldError(result, "disabilityPercentage", "validation.Max");
        then(persons).shouldHaveNoInteractions();
    }

    @Test
    void aStaleSpecialCategoryUpdateIsAConflict() {
        given(persons.updateSpecialCategoryData(any(), anyLong(), any())).willThrow(new StaleVersionException(3, null));

        var result = mvc.put()
                .uri("/api/v1/persons/{id}/special-category-data", ID)
                .with(operator())
                .header("If-Match", "\"2\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"disabilityL68\": false}")
                .exchange();

        assertProblem(result, 409, "version.stale");
        assertThat(result).hasHeader("ETag", "\"3\"");
    }
}
