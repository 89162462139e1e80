package it.orienta.questionnaire;

import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.operator;
import static it.orienta.web.WebSlice.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import it.orienta.profiling.ProfilingControllerTest;
import it.orienta.questionnaire.ProfilingItem.ItemList;
import it.orienta.web.WebSliceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The questionnaire API: everyone logged in reads the lists, administrators write them. */
@WebSliceTest(QuestionnaireApiController.class)
class QuestionnaireApiControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    QuestionnaireService questionnaire;

    @Test
    void onlyAdministratorsWriteTheLists() {
        assertProblem(
                mvc.post()
                        .uri("/api/v1/admin/profiling/questions")
                        .with(operator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"X\",\"labelIt\":\"x\",\"labelEn\":\"x\"}")
                        .exchange(),
                403,
                "auth.forbidden");
    }

    @Test
    void everyoneLoggedInReadsTheLists() {
        given(questionnaire.items(ItemList.QUESTION)).willReturn(List.of(ProfilingControllerTest.QUESTION));
        var result = mvc.get().uri("/api/v1/profiling/questions").with(admin()).exchange();
        assertThat(result).hasStatusOk().bodyJson().extractingPath("$[0].code").isEqualTo("NAT-WORK-SOUGHT");
        assertThat(mvc.get().uri("/api/v1/profiling/other").with(admin())).hasStatus(404);
    }
}
