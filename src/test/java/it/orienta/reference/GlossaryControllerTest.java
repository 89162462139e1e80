package it.orienta.reference;

import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.operator;
import static it.orienta.web.WebSlice.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.organisation.CurrentActor;
import it.orienta.system.RuleViolationException;
import it.orienta.web.WebSliceTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest({GlossaryController.class, GlossaryApiController.class})
class GlossaryControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ProfessionGlossary glossary;

    @MockitoBean
    CurrentActor current;

    static ProfessionMatch programmer() {
        return new ProfessionMatch(
                "3.1.2.1.0",
                "Tecnici programmatori",
                List.of(
                        "PROFESSIONI TECNICHE",
                        "Professioni tecniche in campo scientifico",
                        "Tecnici informatici",
                        "Tecnici programmatori"),
                "programmatore");
    }

    @Test
    void theComboboxOptionsNeedALoginAndCarryTheChoiceAndThePath() {
        assertThat(mvc.get().uri("/professions/options?q=progr")).hasStatus(302);
        given(glossary.search("programmatore", GlossaryController.OPTIONS)).willReturn(List.of(programmer()));
        var result = mvc.get()
                .uri("/professions/options?q=programmatore&list=profession-listbox")
                .with(operator())
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("role=\"option\"", "id=\"profession-listbox-0\"")
                .contains("data-value=\"Tecnici programmatori · 3.1.2.1.0\"")
                .contains("PROFESSIONI TECNICHE › Professioni tecniche in campo scientifico")
                .contains("sinonimo: programmatore");
        given(glossary.search("zzz", GlossaryController.OPTIONS)).willReturn(List.of());
        assertThat(mvc.get().uri("/professions/options?q=zzz").with(operator()))
                .bodyText()
                .contains("aria-disabled=\"true\"", "Nessuna professione trovata");
    }

    @Test
    void theSynonymsPageIsForAdministratorsAndItsFormNeedsTheCsrfToken() {
        assertThat(mvc.get().uri("/admin/profession-synonyms").with(operator())).hasStatus(403);
        given(glossary.synonyms(null))
                .willReturn(List.of(new ProfessionSynonym(
                        UUID.randomUUID(),
                        "5.4.4.3.0",
                        "Addetti all'assistenza personale",
                        "badante",
                        "SEED",
                        Instant.EPOCH,
                        "Orienta")));
        var page = mvc.get().uri("/admin/profession-synonyms").with(admin()).exchange();
        assertThat(page).hasStatusOk().hasViewName("reference/synonyms");
        assertThat(page).bodyText().contains("badante", "role=\"combobox\"", "<label for=\"term\"");
        assertThat(mvc.post()
                        .uri("/admin/profession-synonyms")
                        .with(admin())
                        .param("profession", "5.4.4.3.0")
                        .param("term", "assistente"))
                .hasStatus(403);
        then(glossary).should(org.mockito.Mockito.never()).addSynonym(any(), any(), any());
    }

    @Test
    void anAddedSynonymRedirectsAndARefusalShowsAtItsField() {
        given(glossary.addSynonym(eq("5.4.4.3.0"), eq("assistente"), any()))
                .willReturn(new ProfessionSynonym(
                        UUID.randomUUID(), "5.4.4.3.0", "Addetti", "assistente", "ADMIN", Instant.EPOCH, "Laura"));
        assertThat(mvc.post()
                        .uri("/admin/profession-synonyms")
                        .with(admin())
                        .with(csrf())
                        .param("profession", "Addetti all'assistenza personale · 5.4.4.3.0")
                        .param("term", "assistente"))
                .hasStatus(302)
                .hasRedirectedUrl("/admin/profession-synonyms");
        given(glossary.addSynonym(eq("5.4.4"), eq("x"), any()))
                .willThrow(new RuleViolationException("reference.synonym.not-unit", "professionCode", "5.4.4"));
        var refused = mvc.post()
                .uri("/admin/profession-synonyms")
                .with(admin())
                .with(csrf())
                .param("profession", "5.4.4")
                .param("term", "x")
                .exchange();
        assertThat(refused).hasStatusOk();
        assertThat(refused).bodyText().contains("id=\"profession-error\"", "non è una professione di quinto livello");
    }

    @Test
    void theApiSearchesForAnyoneLoggedInAndSynonymsAreForAdministrators() {
        assertProblem(mvc.get().uri("/api/v1/professions?q=progr").exchange(), 401, "auth.required");
        given(glossary.search("progr", 10)).willReturn(List.of(programmer()));
        var found =
                mvc.get().uri("/api/v1/professions?q=progr").with(operator()).exchange();
        assertThat(found).hasStatusOk();
        assertThat(found).bodyJson().extractingPath("$[0].code").isEqualTo("3.1.2.1.0");
        assertThat(found).bodyJson().extractingPath("$[0].path[0]").isEqualTo("PROFESSIONI TECNICHE");
        given(glossary.unit("5.2.2")).willReturn(java.util.Optional.empty());
        assertThat(mvc.get().uri("/api/v1/professions/5.2.2").with(operator())).hasStatus(404);
        assertProblem(
                mvc.post()
                        .uri("/api/v1/admin/profession-synonyms")
                        .with(operator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"professionCode\":\"3.1.2.1.0\",\"term\":\"coder\"}")
                        .exchange(),
                403,
                "auth.forbidden");
        given(glossary.addSynonym(eq("3.1.2.1.0"), eq("coder"), any()))
                .willReturn(new ProfessionSynonym(
                        UUID.randomUUID(), "3.1.2.1.0", "Tecnici programmatori", "coder", "ADMIN", Instant.EPOCH, "L"));
        assertThat(mvc.post()
                        .uri("/api/v1/admin/profession-synonyms")
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"professionCode\":\"3.1.2.1.0\",\"term\":\"coder\"}"))
                .hasStatus(201);
    }
}
