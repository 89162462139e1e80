package it.orienta.skillsaudit;

import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.charter.CharterService;
import it.orienta.charter.Stage;
import it.orienta.guidance.GuidanceFixtures;
import it.orienta.guidance.GuidanceService;
import it.orienta.person.PersonFixtures;
import it.orienta.person.PersonService;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import it.orienta.web.WebSliceTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(SkillsAuditController.class)
class SkillsAuditControllerTest {

    static final java.util.UUID ID = GuidanceFixtures.ENGAGEMENT;
    static final java.util.UUID PERSON = GuidanceFixtures.PERSON;
    static final String PAGE = "/engagements/" + ID + "/audit-document";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    SkillsAuditDocuments documents;

    @MockitoBean
    GuidanceService guidance;

    @MockitoBean
    CharterService charter;

    @MockitoBean
    PersonService persons;

    @BeforeEach
    void fixtures() {
        given(persons.view(PERSON)).willReturn(PersonFixtures.rossi(PERSON, 0));
        given(guidance.engagement(ID)).willReturn(GuidanceFixtures.engagement(false));
        given(charter.activity(any())).willReturn(SkillsAuditRulesTest.activity(Stage.SKILLS_AUDIT));
    }

    @Test
    void thePageNeedsALoginAndItsFormTheCsrfToken() {
        assertThat(mvc.get().uri(PAGE)).hasStatus(302).hasRedirectedUrl("/login");
        assertThat(mvc.get().uri(PAGE + "/pdf")).hasStatus(302).hasRedirectedUrl("/login");
        assertThat(mvc.post().uri(PAGE).with(operator()).param("history", "x").param("version", "2"))
                .hasStatus(403);
        then(documents).shouldHaveNoInteractions();
    }

    @Test
    void aDraftIsAFormWithALabelAndAHintPerSectionAndItsReadIsAuditedOnceByTheService() {
        given(documents.document(ID)).willReturn(SkillsAuditRulesTest.document(SkillsAuditDocumentView.Status.DRAFT));
        var result = mvc.get().uri(PAGE).with(operator()).exchange();
        assertThat(result).hasStatusOk().hasViewName("guidance/audit-document");
        assertThat(result)
                .bodyText()
                .contains("<label for=\"history\" class=\"active\">Percorso di studi e di lavoro</label>")
                .contains("aria-describedby=\"gaps-hint\"", "id=\"gaps-hint\"")
                .contains("Competenze spendibili sul mercato del lavoro", "Indicazioni e proposte")
                .contains("Inglese commerciale")
                .contains("name=\"version\" value=\"2\"")
                .contains("Salva e completa il documento", "Scarica la bozza (PDF)")
                .doesNotContain("/persons/" + PERSON + "/agreement\"");
        // the read is audited once, by the service through the access policy: no second audit here
        then(persons).should(never()).open(any(), any());
        then(documents).should().document(ID);
    }

    @Test
    void aDocumentNeverSavedStartsFromThePathTheRegistryHoldsSayingWhereItCameFrom() {
        var saved = SkillsAuditRulesTest.document(SkillsAuditDocumentView.Status.DRAFT);
        var never = new SkillsAuditDocumentView(
                null,
                saved.engagementId(),
                saved.personId(),
                "",
                "",
                "",
                "",
                saved.status(),
                null,
                null,
                null,
                null,
                null,
                null,
                0,
                saved.engagementOpenedAt(),
                null,
                null,
                false,
                null,
                null,
                null);
        given(documents.document(ID)).willReturn(never);
        given(documents.suggestedHistory(eq(PERSON), any()))
                .willReturn("Titoli di studio:\n- Diploma di ragioneria (2004)");
        var result = mvc.get().uri(PAGE).with(operator()).exchange();
        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("Titoli di studio:\n- Diploma di ragioneria (2004)</textarea>")
                .contains("aria-describedby=\"history-hint history-source\"", "id=\"history-source\"")
                .contains("Precompilato con i titoli di studio e le esperienze di lavoro")
                .contains("href=\"/persons/" + PERSON + "\"");

        // a saved draft keeps what was written, even a blank path: no prefill, no line
        given(documents.document(ID)).willReturn(SkillsAuditRulesTest.document(SkillsAuditDocumentView.Status.DRAFT));
        var draft = mvc.get().uri(PAGE).with(operator()).exchange();
        assertThat(draft).bodyText().doesNotContain("history-source", "Precompilato");
        then(documents).should(org.mockito.Mockito.times(1)).suggestedHistory(any(), any());
    }

    @Test
    void aCompletedDocumentIsReadOnlyAndProposesThePspUpdate() {
        given(documents.document(ID))
                .willReturn(SkillsAuditRulesTest.document(SkillsAuditDocumentView.Status.COMPLETED));
        var result = mvc.get().uri(PAGE).with(operator()).exchange();
        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("Ora aggiorna il patto di servizio")
                .contains("href=\"/persons/" + PERSON + "/agreement\"")
                .contains("Completato il 20/11/2026 da Giulia Bianchi")
                .contains("Corso di inglese B1; tirocinio")
                .doesNotContain("<textarea", "Salva la bozza");
    }

    @Test
    void savingSendsTheSectionsWithTheVersionAndCompletingSavesAndCompletesAtOnce() {
        var saved = mvc.post()
                .uri(PAGE)
                .with(operator())
                .with(csrf())
                .param("history", "Diploma")
                .param("skills", "Excel")
                .param("gaps", "")
                .param("recommendations", "Corso")
                .param("version", "2")
                .param("action", "save")
                .exchange();
        assertThat(saved).hasStatus(302).hasRedirectedUrl(PAGE);
        then(documents).should().save(ID, new SkillsAuditDocuments.Sections("Diploma", "Excel", "", "Corso"), 2L);

        var completed = mvc.post()
                .uri(PAGE)
                .with(operator())
                .with(csrf())
                .param("history", "Diploma")
                .param("skills", "Excel")
                .param("gaps", "Inglese")
                .param("recommendations", "Corso")
                .param("version", "3")
                .param("action", "complete")
                .exchange();
        assertThat(completed).hasStatus(302).hasRedirectedUrl(PAGE);
        then(documents)
                .should()
                .saveAndComplete(ID, new SkillsAuditDocuments.Sections("Diploma", "Excel", "Inglese", "Corso"), 3L);
    }

    @Test
    void aRefusedCompletionIsShownAtItsFieldsKeepingWhatWasWritten() {
        given(documents.document(ID)).willReturn(SkillsAuditRulesTest.document(SkillsAuditDocumentView.Status.DRAFT));
        given(documents.saveAndComplete(eq(ID), any(), anyLong()))
                .willThrow(RuleViolationException.of(List.of(
                        Violation.of("guidance.audit.section.required", "gaps"),
                        Violation.of("guidance.audit.engagement-open", null))));
        var result = mvc.post()
                .uri(PAGE)
                .with(operator())
                .with(csrf())
                .param("history", "Scritto ora dall’operatore")
                .param("gaps", " ")
                .param("version", "2")
                .param("action", "complete")
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("guidance/audit-document");
        assertThat(result)
                .bodyText()
                .contains("id=\"gaps-error\"", "Scrivi questa parte del documento prima di completarlo.")
                .contains("aria-describedby=\"gaps-hint gaps-error\"")
                .contains("Chiudi prima il bilancio delle competenze")
                .contains("Scritto ora dall&rsquo;operatore");
    }

    @Test
    void aStaleVersionSaysSomebodyElseChangedIt() {
        given(documents.document(ID)).willReturn(SkillsAuditRulesTest.document(SkillsAuditDocumentView.Status.DRAFT));
        given(documents.save(eq(ID), any(), eq(1L))).willThrow(new StaleVersionException(2, null));
        var result = mvc.post()
                .uri(PAGE)
                .with(operator())
                .with(csrf())
                .param("history", "x")
                .param("version", "1")
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains("modificati da qualcun altro (versione attuale 2)");
    }

    @Test
    void thePdfIsServedInlineAndItsReadIsAuditedOnceByTheService() {
        given(documents.document(ID)).willReturn(SkillsAuditRulesTest.document(SkillsAuditDocumentView.Status.DRAFT));
        given(documents.pdf(ID)).willReturn("%PDF-1.7".getBytes());
        var result = mvc.get().uri(PAGE + "/pdf").with(operator()).exchange();
        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        assertThat(result).hasHeader("Content-Disposition", "inline; filename=\"bilancio-delle-competenze.pdf\"");
        // the read is audited once, by the service through the access policy: no second audit here
        then(persons).should(never()).open(any(), any());
        then(documents).should(never()).document(any());
    }
}
