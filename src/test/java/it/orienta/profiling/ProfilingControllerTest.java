package it.orienta.profiling;

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

import it.orienta.person.PersonFixtures;
import it.orienta.person.PersonService;
import it.orienta.questionnaire.ProfilingItem;
import it.orienta.questionnaire.ProfilingItem.ItemList;
import it.orienta.questionnaire.ProfilingItem.Source;
import it.orienta.system.CaseAccessDeniedException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.WebSliceTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The profiling page: who may open it, CSRF, messages at the fields, nothing saved on a refusal. */
@WebSliceTest(ProfilingController.class)
public class ProfilingControllerTest {

    public static final UUID ID = UUID.fromString("7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f02");
    public static final UUID REFERRAL = UUID.fromString("7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f03");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    public static final ProfilingItem QUESTION = new ProfilingItem(
            UUID.fromString("6b0e6f1c-0001-4a00-8000-000000000003"),
            ItemList.QUESTION,
            "NAT-WORK-SOUGHT",
            "Che tipo di lavoro cerca?",
            "What kind of work are you looking for?",
            Source.NATIONAL,
            30,
            false,
            0);
    public static final ProfilingItem INDICATOR = new ProfilingItem(
            UUID.fromString("6b0e6f1c-0002-4a00-8000-000000000005"),
            ItemList.INDICATOR,
            "HOUSING",
            "Disagio abitativo",
            "Housing hardship",
            Source.LOCAL,
            50,
            false,
            0);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ProfilingService profiling;

    @MockitoBean
    PersonService persons;

    @MockitoBean
    PspAreas pspAreas;

    public static InterviewView interview(Set<UUID> indicators, Instant confirmed) {
        return new InterviewView(
                ID,
                true,
                TODAY,
                Map.of(QUESTION.id(), "Magazziniere"),
                3,
                indicators,
                "",
                confirmed,
                confirmed == null ? null : "Giulia Bianchi",
                null,
                new BigDecimal("0.42"),
                TODAY.minusDays(3),
                Instant.parse("2026-11-20T09:00:00Z"),
                "Giulia Bianchi",
                2);
    }

    @BeforeEach
    void stubs() {
        given(persons.view(ID)).willReturn(PersonFixtures.rossi(ID, 0));
        given(profiling.today()).willReturn(TODAY);
        given(profiling.items(any()))
                .willReturn(new ProfilingService.InterviewItems(List.of(QUESTION), List.of(INDICATOR)));
        given(profiling.interview(ID)).willReturn(interview(Set.of(INDICATOR.id()), null));
        given(profiling.openInterview(ID)).willReturn(interview(Set.of(INDICATOR.id()), null));
    }

    @Test
    void anonymousUsersAreSentToLoginAndAdministratorsAloneMayNotReadAnInterview() {
        assertThat(mvc.get().uri("/persons/{id}/profiling", ID)).hasStatus(302).hasRedirectedUrl("/login");
        then(profiling).should(org.mockito.Mockito.never()).openInterview(any());
        // the service asks the record-access policy, which refuses the administrator's role: the 403 page
        given(profiling.openInterview(ID)).willThrow(new CaseAccessDeniedException("access.role", null, null));
        var refused = mvc.get().uri("/persons/{id}/profiling", ID).with(admin()).exchange();
        assertThat(refused).hasStatus(403).hasViewName("error");
        then(persons).should(org.mockito.Mockito.never()).view(any());
    }

    @Test
    void theInterviewShowsTheQuantitativeIndexTheQuestionsAndTheProposal() {
        var result =
                mvc.get().uri("/persons/{id}/profiling", ID).with(operator()).exchange();
        assertThat(result).hasStatusOk().hasViewName("profiling/interview");
        assertThat(result)
                .bodyText()
                .contains("Profilazione qualitativa di Mario Rossi")
                .contains("Indice 0,42 del 17/11/2026")
                .contains("Che tipo di lavoro cerca?")
                .contains("Magazziniere")
                .contains("si propone un approfondimento")
                .contains("name=\"_csrf\"");
        then(profiling).should().openInterview(ID);
    }

    @Test
    void theTenAreasAreThePspsShownReadOnlyWithTheMeansPointOnTheScoreScale() {
        var none = mvc.get().uri("/persons/{id}/profiling", ID).with(operator()).exchange();
        assertThat(none)
                .bodyText()
                .contains("Ambiti di indagine (dal patto di servizio)")
                .contains("non sono ancora stati valutati")
                .contains("href=\"/persons/" + ID + "/agreement#phase2\"")
                .doesNotContain("id=\"psp-suggestion\"");

        var areas = new java.util.ArrayList<PspAreas.Area>();
        int[] ratings = {3, 2, 4, 3, 2, 0, 1, 0, 0, 0};
        for (int n = 1; n <= 10; n++) {
            areas.add(
                    new PspAreas.Area(n, ratings[n - 1] == 0 ? null : ratings[n - 1], n == 7 ? "Obiettivo vago" : ""));
        }
        given(pspAreas.of(ID))
                .willReturn(java.util.Optional.of(new PspAreas.Current(
                        UUID.randomUUID(), 2, "SIGNED", Instant.parse("2026-11-18T10:00:00Z"), areas)));
        var shown =
                mvc.get().uri("/persons/{id}/profiling", ID).with(operator()).exchange();
        assertThat(shown)
                .bodyText()
                .contains("patto di servizio n. 2 (in vigore), salvata il 18/11/2026")
                .contains("7. Definizione e chiarezza dell’obiettivo professionale")
                .contains("1 — da costruire", "Obiettivo vago", "4 — punto di forza", "Non valutato")
                .contains("Media delle valutazioni: 2,5 su 4", "corrisponde a 3");
        // read-only: no field of the page posts an area
        assertThat(shown).bodyText().doesNotContain("name=\"ratings", "name=\"areas");
    }

    @Test
    void savingWithoutCsrfIsRefused() {
        assertThat(mvc.post()
                        .uri("/persons/{id}/profiling", ID)
                        .with(operator())
                        .param("score", "3"))
                .hasStatus(403);
        then(profiling).should(org.mockito.Mockito.never()).saveInterview(any(), any(), anyLong());
    }

    @Test
    void aScoreOutsideOneToFiveIsShownAtItsField() {
        given(profiling.saveInterview(eq(ID), any(), eq(2L)))
                .willThrow(new RuleViolationException("profiling.score.range", "score", 1, 5));
        var result = mvc.post()
                .uri("/persons/{id}/profiling", ID)
                .with(operator())
                .with(csrf())
                .param("interviewDate", "2026-11-20")
                .param("score", "7")
                .param("answers[" + QUESTION.id() + "]", "Cuoco")
                .param("indicators", INDICATOR.id().toString())
                .param("version", "2")
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("profiling/interview");
        assertThat(result)
                .bodyText()
                .contains("id=\"score-error\"")
                .contains("Il punteggio di occupabilità va da 1 a 5.")
                .contains("Cuoco");
    }

    @Test
    void aScoreThatIsNotANumberNeverReachesTheService() {
        var result = mvc.post()
                .uri("/persons/{id}/profiling", ID)
                .with(operator())
                .with(csrf())
                .param("interviewDate", "2026-11-20")
                .param("score", "molto")
                .param("version", "2")
                .exchange();
        assertThat(result).hasStatusOk().bodyText().contains("id=\"score-error\"");
        then(profiling).should(org.mockito.Mockito.never()).saveInterview(any(), any(), anyLong());
    }

    @Test
    void aSavedInterviewRedirectsWithTheProposalWhenIndicatorsAreMarked() {
        given(profiling.saveInterview(eq(ID), any(), eq(2L))).willReturn(interview(Set.of(INDICATOR.id()), null));
        var result = mvc.post()
                .uri("/persons/{id}/profiling", ID)
                .with(coordinator())
                .with(csrf())
                .param("interviewDate", "2026-11-20")
                .param("score", "3")
                .param("indicators", INDICATOR.id().toString())
                .param("version", "2")
                .exchange();
        assertThat(result).hasStatus(302).hasRedirectedUrl("/persons/" + ID + "/profiling");
        assertThat(result).flash().containsEntry("flash", "profiling.saved.proposal");
    }

    @Test
    void aStaleInterviewAsksToRedoTheChange() {
        given(profiling.saveInterview(eq(ID), any(), eq(1L))).willThrow(new StaleVersionException(2, null));
        var result = mvc.post()
                .uri("/persons/{id}/profiling", ID)
                .with(operator())
                .with(csrf())
                .param("interviewDate", "2026-11-20")
                .param("version", "1")
                .exchange();
        assertThat(result).hasStatusOk().bodyText().contains("versione attuale 2");
    }
}
