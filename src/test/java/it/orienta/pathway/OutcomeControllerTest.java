package it.orienta.pathway;

import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.person.PersonFixtures;
import it.orienta.person.PersonService;
import it.orienta.system.RuleViolationException;
import it.orienta.web.WebSliceTest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(OutcomeController.class)
@org.springframework.context.annotation.Import(it.orienta.guidance.SliceClock.class)
class OutcomeControllerTest {

    static final UUID ID = UUID.fromString("0c0e0000-0000-4000-8000-000000000001");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    PathwayOutcomes outcomes;

    @MockitoBean
    PersonService persons;

    @Test
    void thePageNeedsALoginAndItsFormTheCsrfToken() {
        assertThat(mvc.get().uri("/persons/{id}/pathway/outcomes", ID))
                .hasStatus(302)
                .hasRedirectedUrl("/login");
        assertThat(mvc.post()
                        .uri("/persons/{id}/pathway/outcomes", ID)
                        .with(operator())
                        .param("outcomes", "ACTIVATED"))
                .hasStatus(403);
        then(outcomes).shouldHaveNoInteractions();
    }

    @Test
    void closingSendsTheChosenOutcomesAndRedirects() {
        given(outcomes.close(eq(ID), any())).willReturn(null);
        var result = mvc.post()
                .uri("/persons/{id}/pathway/outcomes", ID)
                .with(operator())
                .with(csrf())
                .param("closedOn", "2026-11-20")
                .param("outcomes", "ACTIVATED", "SKILLS_SHOWN")
                .exchange();
        assertThat(result).hasStatus(302).hasRedirectedUrl("/persons/" + ID + "/pathway/outcomes");
        var command = ArgumentCaptor.forClass(PathwayOutcomes.ClosePathway.class);
        then(outcomes).should().close(eq(ID), command.capture());
        assertThat(command.getValue().outcomes()).isEqualTo(Set.of(Outcome.ACTIVATED, Outcome.SKILLS_SHOWN));
        assertThat(command.getValue().closedOn()).hasToString("2026-11-20");
    }

    @Test
    void aRefusalIsShownAtItsField() {
        given(persons.view(ID)).willReturn(PersonFixtures.rossi(ID, 0));
        given(outcomes.outcomes(ID)).willReturn(List.of());
        given(outcomes.close(eq(ID), any()))
                .willThrow(new RuleViolationException("guidance.outcome.required", "outcomes"));
        var result = mvc.post()
                .uri("/persons/{id}/pathway/outcomes", ID)
                .with(operator())
                .with(csrf())
                .param("closedOn", "2026-11-20")
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("guidance/outcomes");
        assertThat(result)
                .bodyText()
                .contains("id=\"outcomes-error\"")
                .contains("Scegli almeno un esito del percorso.");
    }
}
