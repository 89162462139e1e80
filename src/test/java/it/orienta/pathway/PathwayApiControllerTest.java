package it.orienta.pathway;

import static it.orienta.guidance.GuidanceFixtures.PERSON;
import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import it.orienta.web.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The pathway in the REST API. */
@WebSliceTest(PathwayApiController.class)
class PathwayApiControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    PathwayService pathways;

    @MockitoBean
    PathwayOutcomes outcomes;

    @Test
    void thePathwayNeedsCredentials() {
        assertThat(mvc.get().uri("/api/v1/persons/{id}/pathway", PERSON)).hasStatus(401);
        then(pathways).shouldHaveNoInteractions();
    }

    @Test
    void thePathwayListsTheSevenStagesInTheCardsOrder() {
        given(pathways.pathway(PERSON)).willReturn(PathwayFixtures.pathway());
        var json = assertThat(
                        mvc.get().uri("/api/v1/persons/{id}/pathway", PERSON).with(operator()))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.personId").isEqualTo(PERSON.toString());
        json.extractingPath("$.stages.length()").isEqualTo(7);
        json.extractingPath("$.stages[0].stage").isEqualTo("RECEPTION");
        json.extractingPath("$.stages[0].state").isEqualTo("DONE");
        json.extractingPath("$.stages[3].stage").isEqualTo("CAREER_COUNSELLING");
        json.extractingPath("$.stages[3].state").isEqualTo("IN_PROGRESS");
        json.extractingPath("$.stages[6].meetings").isEqualTo(0);
    }
}
