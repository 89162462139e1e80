package it.orienta.pathway;

import static it.orienta.guidance.GuidanceFixtures.APPOINTMENT;
import static it.orienta.guidance.GuidanceFixtures.COUNSELLING;
import static it.orienta.guidance.GuidanceFixtures.ENGAGEMENT;
import static it.orienta.guidance.GuidanceFixtures.GIULIA;
import static it.orienta.guidance.GuidanceFixtures.MEETING;
import static it.orienta.guidance.GuidanceFixtures.PERSON;
import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import it.orienta.charter.CharterService;
import it.orienta.guidance.AppointmentService;
import it.orienta.guidance.GuidanceFixtures;
import it.orienta.guidance.GuidanceService;
import it.orienta.guidance.SliceClock;
import it.orienta.person.PersonFixtures;
import it.orienta.person.PersonService;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.web.WebSliceTest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The person's guidance page: the pathway's stepper over guidance's meetings, appointments and engagements. */
@WebSliceTest(PathwayController.class)
@Import(SliceClock.class)
class PathwayControllerTest {

    static final String GUIDANCE = "/persons/" + PERSON + "/guidance";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    PathwayService pathways;

    @MockitoBean
    GuidanceService guidance;

    @MockitoBean
    AppointmentService appointments;

    @MockitoBean
    CharterService charter;

    @MockitoBean
    PersonService persons;

    @BeforeEach
    void rossiAndTheCharter() {
        given(persons.view(PERSON)).willReturn(PersonFixtures.rossi(PERSON, 1));
        given(charter.activities()).willReturn(List.of(COUNSELLING));
        given(charter.activityLabels(org.mockito.ArgumentMatchers.any()))
                .willAnswer(call -> java.util.Map.of(COUNSELLING.id(), COUNSELLING.label(call.getArgument(0))));
        given(charter.deliverable(false)).willReturn(List.of(COUNSELLING));
    }

    /** A duration in words, as guidance's engagement rule gives it ({@code guidance.duration.*}). */
    static MessageSourceResolvable spoken(int minutes) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        String key = hours == 0
                ? "guidance.duration.minutes"
                : rest == 0 ? "guidance.duration.hours" : "guidance.duration.hours-minutes";
        Object[] args =
                hours == 0 ? new Object[] {rest} : rest == 0 ? new Object[] {hours} : new Object[] {hours, rest};
        return new DefaultMessageSourceResolvable(new String[] {key}, args, key);
    }

    @Test
    void anonymousIsSentToTheLoginPage() {
        assertThat(mvc.get().uri(GUIDANCE)).hasStatus(302).hasRedirectedUrl("/login");
    }

    @Test
    void thePersonsPageShowsPathwayRunningMeetingAppointmentsEngagementsAndMeetings() {
        given(pathways.pathway(PERSON)).willReturn(PathwayFixtures.pathway());
        given(guidance.running(GIULIA)).willReturn(Optional.of(GuidanceFixtures.running(1)));
        given(appointments.appointments(PERSON)).willReturn(List.of(GuidanceFixtures.appointment(1)));
        given(guidance.engagements(PERSON)).willReturn(List.of(GuidanceFixtures.engagement(true)));
        given(guidance.meetings(PERSON)).willReturn(List.of(GuidanceFixtures.closed()));

        var result = mvc.get().uri(GUIDANCE).with(operator()).exchange();

        assertThat(result).hasStatusOk().hasViewName("guidance/person");
        assertThat(result)
                .bodyText()
                .contains("<h1>Incontri e appuntamenti di Mario Rossi</h1>")
                .contains("Hai un incontro in corso: Consulenza orientativa di base, iniziato alle 10:30.")
                .contains("href=\"/meetings/" + MEETING + "\"")
                .containsPattern("Accoglienza</span>\\s*<span class=\"pathway-state\">Fatto")
                .containsPattern("Consulenza orientativa</span>\\s*<span class=\"pathway-state\">In corso")
                .contains("1 incontro")
                .contains("href=\"/appointments/" + APPOINTMENT + "\">03/12/2026 10:00</a>")
                .contains("CPI Firenze, stanza 3")
                .contains("Fissato")
                .contains("action=\"/engagements/" + ENGAGEMENT + "/close\"")
                .containsPattern("name=\"version\" value=\"1\"")
                .contains("name=\"deviationReason\"")
                .contains("Nello standard")
                // a running meeting: no second one can be started from here
                .doesNotContain("action=\"/persons/" + PERSON + "/meetings/start\"");
    }

    @Test
    void withoutARunningMeetingThePageOffersToStartOne() {
        given(pathways.pathway(PERSON)).willReturn(PathwayFixtures.pathway());
        assertThat(mvc.get().uri(GUIDANCE).with(operator()))
                .hasStatusOk()
                .bodyText()
                .containsPattern("<form action=\"/persons/" + PERSON
                        + "/meetings/start\" method=\"post\"[^>]*>\\s*<input type=\"hidden\" name=\"_csrf\"")
                .contains("<option value=\"A05-BASE\">A05 · Consulenza orientativa di base</option>")
                .contains("Nessun appuntamento");
    }

    @Test
    void flashedErrorsAreShownOnThePersonsPage() {
        given(pathways.pathway(PERSON)).willReturn(PathwayFixtures.pathway());
        assertThat(mvc.get()
                        .uri(GUIDANCE)
                        .with(operator())
                        .flashAttr(
                                "guidanceErrors",
                                List.of(Violation.of(
                                        "guidance.engagement.under-minimum",
                                        "deviationReason",
                                        spoken(479),
                                        spoken(480)))))
                .hasStatusOk()
                .bodyText()
                .contains("Gli incontri sommano 7 ore e 59 minuti, sotto il minimo di 8 ore dello standard: per"
                        + " concludere scrivi il motivo.");
    }

    @Test
    void aStartRefusedBecauseTheOperatorIsBusySaysSoAtTheButtonWithTheWayToThatMeeting() {
        given(pathways.pathway(PERSON)).willReturn(PathwayFixtures.pathway());
        var busy = new it.orienta.system.DuplicateException(
                "guidance.meeting.operator-busy", "activityId", "/meetings/" + MEETING, "Mario Rossi", "09:30");
        assertThat(mvc.get()
                        .uri(GUIDANCE)
                        .with(operator())
                        .flashAttr("startBusy", busy.violations().getFirst())
                        .flashAttr("startBusyPath", "/meetings/" + MEETING))
                .hasStatusOk()
                .bodyText()
                .contains("aria-describedby=\"start-busy\"")
                .contains("id=\"start-busy\"")
                .contains("Hai già un incontro in corso con Mario Rossi dalle 09:30 — aprilo.")
                .contains("<a class=\"ms-1\" href=\"/meetings/" + MEETING + "\">Apri l’incontro in corso</a>")
                .doesNotContain("alert alert-danger");
    }

    @Test
    void singularUnitsAreSingular() {
        given(pathways.pathway(PERSON)).willReturn(PathwayFixtures.pathway());
        assertThat(mvc.get()
                        .uri(GUIDANCE)
                        .with(operator())
                        .flashAttr(
                                "guidanceErrors",
                                List.of(Violation.of(
                                        "guidance.engagement.over-maximum",
                                        "deviationReason",
                                        spoken(61),
                                        spoken(60)))))
                .hasStatusOk()
                .bodyText()
                .contains("Gli incontri sommano 1 ora e 1 minuto, oltre il massimo di 1 ora dello standard");
    }
}
