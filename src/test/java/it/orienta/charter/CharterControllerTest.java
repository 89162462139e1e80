package it.orienta.charter;

import static it.orienta.charter.CharterFixtures.counselling;
import static it.orienta.charter.CharterFixtures.seminars;
import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.coordinator;
import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.WebSliceTest;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebSliceTest(CharterController.class)
@org.springframework.context.annotation.Import(CharterControllerTest.FixedClock.class)
class CharterControllerTest {

    /** The pages' clock: a fixed day in Rome. */
    @org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @org.springframework.context.annotation.Bean
        java.time.Clock clock() {
            return java.time.Clock.fixed(java.time.Instant.parse("2026-11-26T23:30:00Z"), it.orienta.system.Rome.ZONE);
        }
    }

    static final String EDIT = "/admin/charter/A05-BASE";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    CharterService charter;

    @BeforeEach
    void charterOfTwoActivities() {
        given(charter.activities()).willReturn(List.of(counselling(3), seminars()));
        given(charter.activity("A05-BASE")).willReturn(counselling(3));
        given(charter.standards("A05-BASE")).willReturn(List.of(CharterFixtures.STANDARD));
    }

    /** The activity form as the edit page posts it, with some fields changed (name, value, …). */
    MockMvcRequestBuilder activityForm(MockMvcRequestBuilder request, String... changes) {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("code", "A05");
        fields.put("labelIt", "Consulenza orientativa di base");
        fields.put("labelEn", "Basic career counselling");
        fields.put("descriptionIt", "Colloqui individuali");
        fields.put("descriptionEn", "Individual meetings");
        fields.put("stage", "CAREER_COUNSELLING");
        fields.put("delivery", "INDIVIDUAL");
        fields.put("measure", "b");
        fields.put("parentId", "");
        fields.put("version", "3");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        fields.forEach(request::param);
        return request;
    }

    static Stream<Arguments> notAdministrators() {
        return Stream.of(Arguments.of("operator", operator()), Arguments.of("coordinator", coordinator()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/charter", "/admin/charter/new", EDIT})
    void anonymousIsSentToTheLoginPage(String path) {
        assertThat(mvc.get().uri(path)).hasStatus(302).hasRedirectedUrl("/login");
        then(charter).shouldHaveNoInteractions();
    }

    @Test
    void anonymousPostWithATokenIsSentToTheLoginPageToo() {
        assertThat(activityForm(mvc.post().uri(EDIT)).with(csrf()))
                .hasStatus(302)
                .hasRedirectedUrl("/login");
        then(charter).shouldHaveNoInteractions();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notAdministrators")
    void onlyAdministratorsOpenTheCharterPages(String who, RequestPostProcessor login) {
        assertThat(mvc.get().uri("/admin/charter").with(login)).hasStatus(403);
        assertThat(mvc.get().uri("/admin/charter/new").with(login)).hasStatus(403);
        assertThat(mvc.get().uri(EDIT).with(login)).hasStatus(403);
        then(charter).shouldHaveNoInteractions();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notAdministrators")
    void onlyAdministratorsChangeTheCharter(String who, RequestPostProcessor login) {
        assertThat(activityForm(mvc.post().uri("/admin/charter/new"), "id", "A05-NEW")
                        .with(login)
                        .with(csrf()))
                .hasStatus(403);
        assertThat(activityForm(mvc.post().uri(EDIT)).with(login).with(csrf())).hasStatus(403);
        assertThat(mvc.post()
                        .uri(EDIT + "/retired")
                        .param("retired", "true")
                        .with(login)
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri(EDIT + "/standards")
                        .param("validFrom", "2027-01-01")
                        .param("maxMinutes", "120")
                        .with(login)
                        .with(csrf()))
                .hasStatus(403);
        then(charter).shouldHaveNoInteractions();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/charter/new", EDIT, EDIT + "/retired", EDIT + "/standards"})
    void everyFormPostWithoutTheCsrfTokenIsRefused(String path) {
        var request = activityForm(mvc.post().uri(path), "id", "A05-NEW", "retired", "true", "validFrom", "2027-01-01")
                .with(admin());
        assertThat(request).hasStatus(403);
        then(charter).shouldHaveNoInteractions();
    }

    @Test
    void theListShowsEveryActivityWithItsStandardAndState() {
        var result = mvc.get().uri("/admin/charter").with(admin()).exchange();
        assertThat(result).hasStatusOk().hasViewName("charter/list");
        assertThat(result)
                .bodyText()
                .contains("href=\"/admin/charter/A05-BASE\"")
                .contains("Consulenza orientativa di base")
                .contains("Consulenza orientativa</td>")
                .contains("da 60 a 90 minuti per incontro; da 8 a 12 ore in totale")
                .contains("Seminari di gruppo")
                .contains("Ritirata")
                .contains("In uso")
                .contains("href=\"/admin/charter/new\"");
    }

    @Test
    void theEditPageShowsTheActivityItsVersionAndItsStandards() {
        var result = mvc.get().uri(EDIT).with(admin()).exchange();
        assertThat(result).hasStatusOk().hasViewName("charter/edit");
        assertThat(result)
                .bodyText()
                .contains("<h1>Consulenza orientativa di base</h1>")
                .containsPattern("<input type=\"hidden\" id=\"version\" name=\"version\" value=\"3\"")
                .containsPattern("name=\"code\"[^>]*value=\"A05\"")
                .contains("01/01/2026")
                .contains("action=\"/admin/charter/A05-BASE/standards\"")
                .contains("action=\"/admin/charter/A05-BASE/retired\"")
                // the key of an existing activity cannot be changed: no field for it
                .doesNotContain("name=\"id\"");
        // a new standard starts tomorrow unless the administrator says otherwise
        assertThat(result)
                .model()
                .extractingByKey("standard")
                // 23:30 UTC is already the 27th in Rome: tomorrow is the 28th
                .hasFieldOrPropertyWithValue("validFrom", LocalDate.of(2026, 11, 28));
    }

    @Test
    void theNewActivityPageAsksForTheKey() {
        var result = mvc.get().uri("/admin/charter/new").with(admin()).exchange();
        assertThat(result).hasStatusOk().hasViewName("charter/edit");
        assertThat(result)
                .bodyText()
                .contains("<h1>Nuova attività</h1>")
                .contains("name=\"id\"")
                .contains("action=\"/admin/charter/new\"")
                .doesNotContain("/standards\"");
    }

    @Test
    void anUnknownActivityIsNotFound() {
        given(charter.activity("NOPE")).willThrow(new NotFoundException("Activity", "NOPE"));
        assertThat(mvc.get().uri("/admin/charter/NOPE").with(admin()))
                .hasStatus(404)
                .hasViewName("error");
    }

    @Test
    void creatingRedirectsToTheNewActivityWithTheFlash() {
        given(charter.create(eq("A05-NEW"), any())).willReturn(counselling(0));
        var result = activityForm(mvc.post().uri("/admin/charter/new"), "id", "A05-NEW", "code", " a05 ")
                .with(admin())
                .with(csrf())
                .exchange();
        assertThat(result).hasStatus(302).hasRedirectedUrl("/admin/charter/A05-BASE");
        assertThat(result).flash().containsEntry("flash", "charter.saved");
        var command = ArgumentCaptor.forClass(ActivityCommand.class);
        then(charter).should().create(eq("A05-NEW"), command.capture());
        assertThat(command.getValue())
                .isEqualTo(new ActivityCommand(
                        "A05",
                        "Consulenza orientativa di base",
                        "Basic career counselling",
                        "Colloqui individuali",
                        "Individual meetings",
                        Stage.CAREER_COUNSELLING,
                        Delivery.INDIVIDUAL,
                        "b",
                        ""));
    }

    @Test
    void aRefusedRuleIsShownAtItsFieldAndTheFormKeepsWhatWasTyped() {
        given(charter.create(eq("A05-NEW"), any()))
                .willThrow(RuleViolationException.of(List.of(
                        RuleViolationException.Violation.of("charter.code.invalid", "code"),
                        RuleViolationException.Violation.of("charter.measure.invalid", "measure"))));
        var result = activityForm(mvc.post().uri("/admin/charter/new"), "id", "A05-NEW", "code", "A-5")
                .with(admin())
                .with(csrf())
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("charter/edit");
        assertThat(result)
                .bodyText()
                .contains("Correggi 2 campi")
                .contains("href=\"#code\">Codice regionale: Il codice regionale deve avere")
                .containsPattern("id=\"code-error\" class=\"invalid-feedback\">"
                        + "Il codice regionale deve avere da 2 a 10 lettere maiuscole o cifre \\(es. A05\\).</div>")
                .containsPattern("name=\"code\"[^>]*value=\"A-5\"")
                .contains("aria-invalid=\"true\" required=\"required\" aria-describedby=\"code-hint code-error\"")
                .contains("La misura è una lettera da a ad h.")
                .containsPattern("name=\"id\"[^>]*value=\"A05-NEW\"");
    }

    @Test
    void updatingSendsTheVersionTheAdministratorSawAndRedirectsWithTheFlash() {
        given(charter.update(eq("A05-BASE"), any(), anyLong())).willReturn(counselling(4));
        var result = activityForm(mvc.post().uri(EDIT), "labelIt", "Consulenza orientativa")
                .with(admin())
                .with(csrf())
                .exchange();
        assertThat(result).hasStatus(302).hasRedirectedUrl(EDIT);
        assertThat(result).flash().containsEntry("flash", "charter.saved");
        var command = ArgumentCaptor.forClass(ActivityCommand.class);
        then(charter).should().update(eq("A05-BASE"), command.capture(), eq(3L));
        assertThat(command.getValue().labelIt()).isEqualTo("Consulenza orientativa");
    }

    @Test
    void aStaleVersionShowsTheConflictAndOffersTheCurrentVersion() {
        given(charter.update(eq("A05-BASE"), any(), eq(3L))).willThrow(new StaleVersionException(5, counselling(5)));
        var result = activityForm(mvc.post().uri(EDIT), "labelIt", "Consulenza")
                .with(admin())
                .with(csrf())
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("charter/edit");
        assertThat(result)
                .bodyText()
                .contains("I dati sono stati modificati da qualcun altro (versione attuale 5): rileggi e riprova.")
                .containsPattern("<input type=\"hidden\" id=\"version\" name=\"version\" value=\"5\"")
                // what the administrator typed stays, to be sent again on the current version
                .containsPattern("name=\"labelIt\"[^>]*value=\"Consulenza\"");
        assertThat(result).model().containsEntry("current", counselling(5));
    }

    @Test
    void anUpdateRefusedByARuleShowsTheMessageAtTheField() {
        given(charter.update(eq("A05-BASE"), any(), eq(3L)))
                .willThrow(new RuleViolationException("charter.parent.invalid", "parentId"));
        var result = activityForm(mvc.post().uri(EDIT), "parentId", "A05-BASE")
                .with(admin())
                .with(csrf())
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("charter/edit");
        assertThat(result).bodyText().contains("Scegli un’attività esistente diversa da questa.");
        assertThat(result).model().extractingBindingResult("form").hasFieldErrors("parentId");
    }

    @Test
    void retiringAndRestoringSayWhichWasDone() {
        given(charter.retire("A05-BASE", true)).willReturn(counselling(4));
        var retired = mvc.post()
                .uri(EDIT + "/retired")
                .param("retired", "true")
                .with(admin())
                .with(csrf())
                .exchange();
        assertThat(retired).hasStatus(302).hasRedirectedUrl(EDIT);
        assertThat(retired).flash().containsEntry("flash", "charter.retired");
        then(charter).should().retire("A05-BASE", true);

        var restored = mvc.post()
                .uri(EDIT + "/retired")
                .param("retired", "false")
                .with(admin())
                .with(csrf())
                .exchange();
        assertThat(restored).flash().containsEntry("flash", "charter.restored");
        then(charter).should().retire("A05-BASE", false);
    }

    @Test
    void aNewStandardTakesHoursWithTheItalianCommaAndSendsMinutes() {
        given(charter.addStandard(eq("A05-BASE"), any())).willReturn(CharterFixtures.STANDARD);
        var result = mvc.post()
                .uri(EDIT + "/standards")
                .param("validFrom", "2027-01-01")
                .param("minMinutes", "45")
                .param("maxMinutes", "")
                .param("minTotalHours", "7,5")
                .param("maxTotalHours", "12")
                .with(admin())
                .with(csrf())
                .exchange();
        assertThat(result).hasStatus(302).hasRedirectedUrl(EDIT);
        assertThat(result).flash().containsEntry("flash", "charter.standard.saved");
        then(charter)
                .should()
                .addStandard("A05-BASE", new StandardCommand(LocalDate.of(2027, 1, 1), 45, null, 450, 720));
    }

    @Test
    void aRefusedStandardIsShownAtItsFieldBesideTheActivity() {
        given(charter.addStandard(eq("A05-BASE"), any()))
                .willThrow(new RuleViolationException("charter.standard.not-after-latest", "validFrom", "01/01/2026"));
        var result = mvc.post()
                .uri(EDIT + "/standards")
                .param("validFrom", "2025-06-01")
                .param("maxMinutes", "120")
                .with(admin())
                .with(csrf())
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("charter/edit");
        assertThat(result)
                .bodyText()
                .containsPattern("id=\"validFrom-error\" class=\"invalid-feedback\">"
                        + "Lo standard in vigore vale dal 01/01/2026: il nuovo deve partire da un giorno successivo.")
                .containsPattern("name=\"validFrom\"[^>]*value=\"2025-06-01\"")
                .containsPattern("name=\"maxMinutes\"[^>]*value=\"120\"")
                // the activity's own form is shown as it is stored, without errors
                .containsPattern("name=\"code\"[^>]*value=\"A05\"");
        assertThat(result).model().extractingBindingResult("form").hasErrorsCount(0);
    }

    // Regression (was a bug): CharterController.addStandard never looked at the BindingResult, so a value that does not
    // bind
    // ("sessanta" minutes) becomes null and the standard is saved without that limit, with the "saved" flash.
    @Test
    void anUnreadableNumberIsRefusedAtItsFieldInsteadOfBeingDropped() {
        var result = mvc.post()
                .uri(EDIT + "/standards")
                .param("validFrom", "2027-01-01")
                .param("minMinutes", "sessanta")
                .param("maxMinutes", "90")
                .with(admin())
                .with(csrf())
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("charter/edit");
        assertThat(result).model().extractingBindingResult("standard").hasFieldErrors("minMinutes");
        then(charter).should(org.mockito.Mockito.never()).addStandard(any(), any());
    }

    // Regression (was a bug): CharterController.StandardForm with @NumberFormat(style = NUMBER) parsed with the Italian
    // locale, where the
    // full stop is the grouping separator, so "7.5" hours (as the English hint says to type) is saved as 75 hours.
    @Test
    void hoursWithAFullStopAreNotReadAsTensOfHours() {
        given(charter.addStandard(eq("A05-BASE"), any())).willReturn(CharterFixtures.STANDARD);
        mvc.post()
                .uri(EDIT + "/standards")
                .param("validFrom", "2027-01-01")
                .param("maxTotalHours", "7.5")
                .with(admin())
                .with(csrf())
                .exchange();
        var command = ArgumentCaptor.forClass(StandardCommand.class);
        then(charter).should(org.mockito.Mockito.atMostOnce()).addStandard(eq("A05-BASE"), command.capture());
        assertThat(command.getAllValues())
                .allSatisfy(c -> assertThat(c.maxTotalMinutes()).isEqualTo(450));
    }
}
