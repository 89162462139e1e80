package it.orienta.questionnaire;

import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.profiling.ProfilingControllerTest;
import it.orienta.questionnaire.ProfilingItem.ItemList;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.web.WebSliceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The administrators' pages of the questionnaire: administrators only, CSRF, messages at the fields. */
@WebSliceTest(QuestionnaireAdminController.class)
class QuestionnaireAdminControllerTest {

    static final ProfilingItem QUESTION = ProfilingControllerTest.QUESTION;

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    QuestionnaireService questionnaire;

    @Test
    void anOperatorMayNotOpenTheLists() {
        assertThat(mvc.get().uri("/admin/profiling/questions").with(operator())).hasStatus(403);
        then(questionnaire).should(org.mockito.Mockito.never()).items(any());
    }

    @Test
    void theAdministratorAddsAQuestionWithMessagesAtTheFields() {
        given(questionnaire.addItem(eq(ItemList.QUESTION), any()))
                .willThrow(RuleViolationException.of(List.of(Violation.of("profiling.item.code.required", "code"))));
        var result = mvc.post()
                .uri("/admin/profiling/questions")
                .with(admin())
                .with(csrf())
                .param("code", "")
                .param("labelIt", "Domanda")
                .param("labelEn", "Question")
                .exchange();
        assertThat(result)
                .hasStatusOk()
                .bodyText()
                .contains("id=\"code-error\"")
                .contains("Indica il codice.");

        given(questionnaire.item(QUESTION.id())).willReturn(QUESTION);
        given(questionnaire.retireItem(QUESTION.id(), true)).willReturn(QUESTION);
        assertThat(mvc.post()
                        .uri("/admin/profiling/items/{id}/retired", QUESTION.id())
                        .with(admin())
                        .with(csrf())
                        .param("retired", "true"))
                .hasStatus(302)
                .hasRedirectedUrl("/admin/profiling/questions");
        then(questionnaire).should().retireItem(QUESTION.id(), true);
    }
}
