package it.orienta.guidance;

import static it.orienta.guidance.GuidanceFixtures.APPOINTMENT;
import static it.orienta.guidance.GuidanceFixtures.COUNSELLING;
import static it.orienta.guidance.GuidanceFixtures.ENGAGEMENT;
import static it.orienta.guidance.GuidanceFixtures.GIULIA;
import static it.orienta.guidance.GuidanceFixtures.MEETING;
import static it.orienta.guidance.GuidanceFixtures.PERSON;
import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.coordinator;
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
import it.orienta.charter.Compliance;
import it.orienta.guidance.Commands.CloseEngagement;
import it.orienta.guidance.Commands.CloseMeeting;
import it.orienta.guidance.Commands.RecordMeeting;
import it.orienta.guidance.Commands.Reschedule;
import it.orienta.guidance.Commands.ScheduleAppointment;
import it.orienta.organisation.Logins;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.person.PersonFixtures;
import it.orienta.person.PersonService;
import it.orienta.person.PersonSummary;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import it.orienta.web.WebSliceTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(GuidanceController.class)
@org.springframework.context.annotation.Import(SliceClock.class)
class GuidanceControllerTest {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final String GUIDANCE = "/persons/" + PERSON + "/guidance";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationService organisation;

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

    // ------------------------------------------------------------------ authorisation and CSRF

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/persons/9d1da7ce-0000-4000-8000-000000000001/guidance",
                "/persons/9d1da7ce-0000-4000-8000-000000000001/meetings/new",
                "/persons/9d1da7ce-0000-4000-8000-000000000001/appointments/new",
                "/meetings/9d1da7ce-0000-4000-8000-0000000000b1",
                "/appointments/9d1da7ce-0000-4000-8000-0000000000d1",
                "/calendar",
                "/centre/compliance"
            })
    void anonymousIsSentToTheLoginPage(String path) {
        assertThat(mvc.get().uri(path)).hasStatus(302).hasRedirectedUrl("/login");
        then(guidance).shouldHaveNoInteractions();
        then(appointments).shouldHaveNoInteractions();
        then(persons).shouldHaveNoInteractions();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/persons/9d1da7ce-0000-4000-8000-000000000001/meetings/start",
                "/persons/9d1da7ce-0000-4000-8000-000000000001/meetings/new",
                "/persons/9d1da7ce-0000-4000-8000-000000000001/appointments/new",
                "/meetings/9d1da7ce-0000-4000-8000-0000000000b1/close",
                "/engagements/9d1da7ce-0000-4000-8000-0000000000c1/close",
                "/appointments/9d1da7ce-0000-4000-8000-0000000000d1/reschedule",
                "/appointments/9d1da7ce-0000-4000-8000-0000000000d1/cancel"
            })
    void everyFormPostWithoutTheCsrfTokenIsRefused(String path) {
        assertThat(mvc.post()
                        .uri(path)
                        .with(operator())
                        .param("activityId", "A05-BASE")
                        .param("version", "1")
                        .param("reason", "La persona ha chiesto di spostarlo"))
                .hasStatus(403);
        then(guidance).shouldHaveNoInteractions();
        then(appointments).shouldHaveNoInteractions();
    }

    @Test
    void anonymousPostWithATokenIsSentToTheLoginPageToo() {
        assertThat(mvc.post()
                        .uri("/persons/{id}/meetings/start", PERSON)
                        .with(csrf())
                        .param("activityId", "A05-BASE"))
                .hasStatus(302)
                .hasRedirectedUrl("/login");
        then(guidance).shouldHaveNoInteractions();
        then(appointments).shouldHaveNoInteractions();
    }

    @Test
    void anOperatorCannotOpenTheCentresCompliance() {
        assertThat(mvc.get().uri("/centre/compliance").with(operator())).hasStatus(403);
        then(guidance).shouldHaveNoInteractions();
        then(appointments).shouldHaveNoInteractions();
    }

    @Test
    void coordinatorsAndAdministratorsSeeTheCentresCompliance() {
        var over = new MeetingView(
                MEETING,
                PERSON,
                ENGAGEMENT,
                null,
                null,
                "A05-BASE",
                "CPI-FI",
                GIULIA,
                "Giulia Bianchi",
                false,
                false,
                Attendance.PRESENT,
                null,
                GuidanceFixtures.STARTED,
                GuidanceFixtures.STARTED.plusSeconds(6000),
                100,
                GuidanceFixtures.STANDARD_ID,
                60,
                90,
                Compliance.OVER_MAXIMUM,
                "La persona era in difficoltà",
                "",
                2);
        given(guidance.compliance("CPI-FI", YearMonth.of(2026, 11), Compliance.OVER_MAXIMUM, "A05-BASE", null, 1, 50))
                .willReturn(new GuidanceService.CompliancePage(
                        List.of(over), 1, true, Map.of(Compliance.WITHIN, 3, Compliance.OVER_MAXIMUM, 1)));

        var result = mvc.get()
                .uri("/centre/compliance?month=2026-11&compliance=OVER_MAXIMUM&activity=A05-BASE&page=1")
                .with(coordinator())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("guidance/compliance");
        assertThat(result)
                .bodyText()
                .contains(
                        "Nel mese: 3 incontri nello standard, 1 oltre il massimo, 0 sotto il minimo, 0 senza standard.")
                .contains("Incontri del centro nel mese 11/2026")
                .contains("href=\"/meetings/" + MEETING + "\"")
                .contains("La persona era in difficoltà")
                .contains("Oltre il massimo")
                .contains("page=0")
                .contains("page=2");

        given(guidance.compliance(eq("CPI-FI"), any(), any(), any(), any(), eq(0), eq(50)))
                .willReturn(new GuidanceService.CompliancePage(List.of(), 0, false, Map.of()));
        assertThat(mvc.get().uri("/centre/compliance").with(admin()))
                .hasStatusOk()
                .bodyText()
                .contains("Nessun incontro con questi filtri.");
        then(guidance).should().compliance("CPI-FI", YearMonth.now(ROME), null, null, null, 0, 50);
    }

    // ------------------------------------------------------------------ starting, recording, closing meetings

    /** The refusal is flashed for the button of the person's page (the page itself: PathwayControllerTest). */
    @Test
    void aStartRefusedBecauseTheOperatorIsBusyIsFlashedForTheButtonWithTheWayToThatMeeting() {
        var busy = new it.orienta.system.DuplicateException(
                "guidance.meeting.operator-busy", "activityId", "/meetings/" + MEETING, "Mario Rossi", "09:30");
        given(guidance.startMeeting(any(), any(), any())).willThrow(busy);
        var refused = mvc.post()
                .uri("/persons/{id}/meetings/start", PERSON)
                .with(operator())
                .with(csrf())
                .param("activityId", "A05-BASE")
                .exchange();
        assertThat(refused).hasStatus(302).hasRedirectedUrl(GUIDANCE);
        assertThat(refused).flash().containsEntry("startBusy", busy.violations().getFirst());
        assertThat(refused).flash().containsEntry("startBusyPath", "/meetings/" + MEETING);
    }

    @Test
    void startingAMeetingOpensItsPage() {
        given(guidance.startMeeting(PERSON, "A05-BASE", null)).willReturn(GuidanceFixtures.running(0));
        assertThat(mvc.post()
                        .uri("/persons/{id}/meetings/start", PERSON)
                        .with(operator())
                        .with(csrf())
                        .param("activityId", "A05-BASE"))
                .hasStatus(302)
                .hasRedirectedUrl("/meetings/" + MEETING);
    }

    @Test
    void aRefusedStartGoesBackWhereItCameFromWithTheReason() {
        var refused = new RuleViolationException("guidance.appointment.not-scheduled", null);
        given(guidance.startMeeting(any(), any(), any())).willThrow(refused);

        var fromPage = mvc.post()
                .uri("/persons/{id}/meetings/start", PERSON)
                .with(operator())
                .with(csrf())
                .param("activityId", "A05-BASE")
                .exchange();
        assertThat(fromPage).hasStatus(302).hasRedirectedUrl(GUIDANCE);
        assertThat(fromPage).flash().containsEntry("guidanceErrors", refused.violations());

        var fromAppointment = mvc.post()
                .uri("/persons/{id}/meetings/start", PERSON)
                .with(operator())
                .with(csrf())
                .param("activityId", "A05-BASE")
                .param("appointmentId", APPOINTMENT.toString())
                .exchange();
        assertThat(fromAppointment).hasStatus(302).hasRedirectedUrl("/appointments/" + APPOINTMENT);
        then(guidance).should().startMeeting(PERSON, "A05-BASE", APPOINTMENT);
    }

    @Test
    void recordingFromAnAppointmentStartsFromItsActivityAndTime() {
        given(appointments.appointment(APPOINTMENT)).willReturn(GuidanceFixtures.appointment(1));
        var result = mvc.get()
                .uri("/persons/{id}/meetings/new?appointmentId={a}", PERSON, APPOINTMENT)
                .with(operator())
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("guidance/record");
        assertThat(result)
                .bodyText()
                .contains("Registra un incontro con Mario Rossi")
                .containsPattern("name=\"date\" value=\"2026-12-03\"")
                .containsPattern("name=\"start\" value=\"10:00\"")
                .containsPattern("name=\"appointmentId\" value=\"" + APPOINTMENT + "\"")
                .contains("<option value=\"A05-BASE\" selected=\"selected\">");
    }

    @Test
    void aRecordedMeetingIsSentAsTypedAndTheFileSaysSo() {
        given(guidance.recordMeeting(eq(PERSON), any())).willReturn(GuidanceFixtures.closed());
        var result = mvc.post()
                .uri("/persons/{id}/meetings/new", PERSON)
                .with(operator())
                .with(csrf())
                .param("activityId", "A05-BASE")
                .param("date", "2026-11-20")
                .param("start", "10:30")
                .param("end", "11:45")
                .param("attendance", "PRESENT")
                .param("notes", "Colloquio sul curriculum")
                .param("deviationReason", "")
                .exchange();
        assertThat(result).hasStatus(302).hasRedirectedUrl(GUIDANCE);
        assertThat(result).flash().containsEntry("flash", "guidance.meeting.recorded");
        var command = ArgumentCaptor.forClass(RecordMeeting.class);
        then(guidance).should().recordMeeting(eq(PERSON), command.capture());
        assertThat(command.getValue())
                .isEqualTo(new RecordMeeting(
                        "A05-BASE",
                        LocalDateTime.of(2026, 11, 20, 10, 30),
                        LocalDateTime.of(2026, 11, 20, 11, 45),
                        Attendance.PRESENT,
                        null,
                        "Colloquio sul curriculum",
                        "",
                        null));
    }

    @Test
    void aRecordRefusedByARuleShowsTheMessageAtTheField() {
        given(guidance.recordMeeting(eq(PERSON), any()))
                .willThrow(new RuleViolationException("guidance.meeting.end.before-start", "end"));
        var result = mvc.post()
                .uri("/persons/{id}/meetings/new", PERSON)
                .with(operator())
                .with(csrf())
                .param("activityId", "A05-BASE")
                .param("date", "2026-11-20")
                .param("start", "10:30")
                .param("end", "09:45")
                .param("attendance", "PRESENT")
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("guidance/record");
        assertThat(result)
                .bodyText()
                .contains("id=\"end-error\" class=\"invalid-feedback\">L’ora di fine deve venire dopo l’ora di inizio.")
                .containsPattern("name=\"end\" value=\"09:45\"");
    }

    @Test
    void anUnreadableTimeIsShownAtItsFieldWithoutRecording() {
        var result = mvc.post()
                .uri("/persons/{id}/meetings/new", PERSON)
                .with(operator())
                .with(csrf())
                .param("activityId", "A05-BASE")
                .param("date", "2026-11-20")
                .param("start", "dieci e mezza")
                .param("attendance", "PRESENT")
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("guidance/record");
        assertThat(result).model().extractingBindingResult("form").hasFieldErrors("start");
        assertThat(result).bodyText().contains("id=\"start-error\"");
        then(guidance).should(never()).recordMeeting(any(), any());
    }

    @Test
    void aRunningMeetingShowsItsClockAndTheCloseForm() {
        given(guidance.meeting(MEETING)).willReturn(GuidanceFixtures.running(1));
        given(guidance.standardOf(any())).willReturn(GuidanceFixtures.STANDARD);
        var result = mvc.get().uri("/meetings/{id}", MEETING).with(operator()).exchange();
        assertThat(result).hasStatusOk().hasViewName("guidance/meeting");
        assertThat(result)
                .bodyText()
                .contains("<h1>Consulenza orientativa di base con Mario Rossi</h1>")
                .contains("data-started=\"" + GuidanceFixtures.STARTED.toEpochMilli() + "\"")
                .contains("data-min=\"60\"")
                .contains("data-max=\"90\"")
                .contains("da 60 a 90 minuti per incontro")
                .contains("action=\"/meetings/" + MEETING + "/close\"")
                .containsPattern("name=\"version\" value=\"1\"");
    }

    @Test
    void closingAMeetingSendsTodaysEndAndGoesBackToThePerson() {
        given(guidance.meeting(MEETING)).willReturn(GuidanceFixtures.running(1));
        given(guidance.closeMeeting(eq(MEETING), any(), eq(1L))).willReturn(GuidanceFixtures.closed());
        var result = mvc.post()
                .uri("/meetings/{id}/close", MEETING)
                .with(operator())
                .with(csrf())
                .param("version", "1")
                .param("end", "11:45")
                .param("notes", "Colloquio sul curriculum")
                .exchange();
        assertThat(result).hasStatus(302).hasRedirectedUrl(GUIDANCE);
        assertThat(result).flash().containsEntry("flash", "guidance.meeting.closed");
        var command = ArgumentCaptor.forClass(CloseMeeting.class);
        then(guidance).should().closeMeeting(eq(MEETING), command.capture(), eq(1L));
        assertThat(command.getValue())
                .isEqualTo(new CloseMeeting(LocalDate.now(ROME).atTime(11, 45), "Colloquio sul curriculum", null));
    }

    @Test
    void closingWithoutAnEndMeansNow() {
        given(guidance.meeting(MEETING)).willReturn(GuidanceFixtures.running(1));
        given(guidance.closeMeeting(eq(MEETING), any(), eq(1L))).willReturn(GuidanceFixtures.closed());
        mvc.post()
                .uri("/meetings/{id}/close", MEETING)
                .with(operator())
                .with(csrf())
                .param("version", "1")
                .param("end", "")
                .exchange();
        then(guidance).should().closeMeeting(MEETING, new CloseMeeting(null, null, null), 1L);
    }

    @Test
    void aMeetingOverTheMaximumAsksForTheReasonAtItsField() {
        given(guidance.meeting(MEETING)).willReturn(GuidanceFixtures.running(1));
        given(guidance.standardOf(any())).willReturn(GuidanceFixtures.STANDARD);
        given(guidance.closeMeeting(eq(MEETING), any(), eq(1L)))
                .willThrow(new RuleViolationException("guidance.meeting.over-maximum", "deviationReason", 120, 90));
        var result = mvc.post()
                .uri("/meetings/{id}/close", MEETING)
                .with(operator())
                .with(csrf())
                .param("version", "1")
                .param("end", "12:30")
                .param("notes", "Lungo colloquio")
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("guidance/meeting");
        assertThat(result)
                .bodyText()
                .contains("id=\"deviationReason-error\" class=\"invalid-feedback\">L’incontro dura 120 minuti, oltre"
                        + " il massimo di 90 dello standard: per chiuderlo scrivi il motivo.")
                .contains("Lungo colloquio")
                .containsPattern("name=\"end\" value=\"12:30\"");
    }

    @Test
    void aStaleCloseSaysSoAndCarriesTheCurrentVersion() {
        given(guidance.meeting(MEETING)).willReturn(GuidanceFixtures.running(2));
        given(guidance.standardOf(any())).willReturn(GuidanceFixtures.STANDARD);
        given(guidance.closeMeeting(eq(MEETING), any(), eq(1L)))
                .willThrow(new StaleVersionException(2, GuidanceFixtures.running(2)));
        var result = mvc.post()
                .uri("/meetings/{id}/close", MEETING)
                .with(operator())
                .with(csrf())
                .param("version", "1")
                .param("end", "11:45")
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("guidance/meeting");
        assertThat(result)
                .bodyText()
                .contains("I dati sono stati modificati da qualcun altro (versione attuale 2): rileggi e riprova.")
                .containsPattern("name=\"version\" value=\"2\"");
    }

    // Regression (was a bug): GuidanceController.close never looked at the BindingResult, so an end time that does not
    // bind
    // becomes null, which CloseMeeting reads as "now": the meeting is closed at the current time, not the one typed.
    @Test
    void anUnreadableEndTimeIsShownAtItsFieldInsteadOfClosingNow() {
        given(guidance.meeting(MEETING)).willReturn(GuidanceFixtures.running(1));
        given(guidance.standardOf(any())).willReturn(GuidanceFixtures.STANDARD);
        var result = mvc.post()
                .uri("/meetings/{id}/close", MEETING)
                .with(operator())
                .with(csrf())
                .param("version", "1")
                .param("end", "mezzogiorno")
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("guidance/meeting");
        assertThat(result).model().extractingBindingResult("form").hasFieldErrors("end");
        then(guidance).should(never()).closeMeeting(any(), any(), anyLong());
    }

    // ------------------------------------------------------------------ engagements

    @Test
    void closingAnEngagementSendsTheReasonAndTheVersion() {
        given(guidance.engagement(ENGAGEMENT)).willReturn(GuidanceFixtures.engagement(true));
        given(guidance.closeEngagement(eq(ENGAGEMENT), any(), eq(1L))).willReturn(GuidanceFixtures.engagement(false));
        var result = mvc.post()
                .uri("/engagements/{id}/close", ENGAGEMENT)
                .with(operator())
                .with(csrf())
                .param("version", "1")
                .param("deviationReason", "Trovato lavoro")
                .exchange();
        assertThat(result).hasStatus(302).hasRedirectedUrl(GUIDANCE);
        assertThat(result).flash().containsEntry("flash", "guidance.engagement.closed");
        then(guidance).should().closeEngagement(ENGAGEMENT, new CloseEngagement("Trovato lavoro"), 1L);
    }

    @Test
    void anEngagementOutsideTheStandardAsksWhichOneNeedsTheReason() {
        given(guidance.engagement(ENGAGEMENT)).willReturn(GuidanceFixtures.engagement(true));
        var refused = new RuleViolationException("guidance.engagement.under-minimum", "deviationReason", "1,25", 8);
        given(guidance.closeEngagement(eq(ENGAGEMENT), any(), eq(1L))).willThrow(refused);
        var result = mvc.post()
                .uri("/engagements/{id}/close", ENGAGEMENT)
                .with(operator())
                .with(csrf())
                .param("version", "1")
                .exchange();
        assertThat(result).hasStatus(302).hasRedirectedUrl(GUIDANCE);
        assertThat(result).flash().containsEntry("guidanceErrors", refused.violations());
        assertThat(result).flash().containsEntry("engagementToJustify", ENGAGEMENT);
        assertThat(result).flash().doesNotContainKey("flash");
    }

    @Test
    void aStaleEngagementCloseIsFlashedAsAConflict() {
        given(guidance.engagement(ENGAGEMENT)).willReturn(GuidanceFixtures.engagement(true));
        given(guidance.closeEngagement(eq(ENGAGEMENT), any(), eq(1L)))
                .willThrow(new StaleVersionException(3, GuidanceFixtures.engagement(true)));
        var result = mvc.post()
                .uri("/engagements/{id}/close", ENGAGEMENT)
                .with(operator())
                .with(csrf())
                .param("version", "1")
                .exchange();
        assertThat(result).hasStatus(302).hasRedirectedUrl(GUIDANCE);
        assertThat(result).flash().containsEntry("guidanceErrors", List.of(Violation.of("version.stale", null, 3L)));
    }

    // ------------------------------------------------------------------ appointments

    @Test
    void theNewAppointmentPageOffersTheActiveOperatorsOfTheCentre() {
        var marco = Logins.account("coordinatore", "Marco Neri", EnumSet.of(Role.OPERATOR), "CPI-FI");
        var elsewhere = Logins.account("pisano", "Paolo Pisano", EnumSet.of(Role.OPERATOR), "CPI-PI");
        var giulia = Logins.account("operatore", "Giulia Bianchi", EnumSet.of(Role.OPERATOR), "CPI-FI");
        given(organisation.operators()).willReturn(List.of(giulia, marco, elsewhere));
        var result = mvc.get()
                .uri("/persons/{id}/appointments/new", PERSON)
                .with(operator())
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("guidance/appointment-form");
        assertThat(result)
                .bodyText()
                .contains("Fissa un appuntamento con Mario Rossi")
                .contains("<option value=\"" + GIULIA + "\" selected=\"selected\">Giulia Bianchi</option>")
                .contains("Marco Neri")
                .doesNotContain("Paolo Pisano")
                .containsPattern("name=\"date\" value=\"" + LocalDate.now(ROME).plusDays(1) + "\"")
                .containsPattern("name=\"time\" value=\"09:00\"")
                .containsPattern("name=\"minutes\" value=\"60\"");
    }

    @Test
    void schedulingSendsTheAppointmentAsTyped() {
        given(appointments.schedule(eq(PERSON), any())).willReturn(GuidanceFixtures.appointment(0));
        var result = mvc.post()
                .uri("/persons/{id}/appointments/new", PERSON)
                .with(operator())
                .with(csrf())
                .param("activityId", "A05-BASE")
                .param("operatorId", GIULIA.toString())
                .param("date", "2026-12-03")
                .param("time", "10:00")
                .param("minutes", "60")
                .param("_remote", "on")
                .param("place", "CPI Firenze, stanza 3")
                .exchange();
        assertThat(result).hasStatus(302).hasRedirectedUrl(GUIDANCE);
        assertThat(result).flash().containsEntry("flash", "guidance.appointment.scheduled");
        then(appointments)
                .should()
                .schedule(
                        PERSON,
                        new ScheduleAppointment(
                                "A05-BASE",
                                LocalDateTime.of(2026, 12, 3, 10, 0),
                                60,
                                false,
                                "CPI Firenze, stanza 3",
                                GIULIA));
    }

    @Test
    void aRefusedAppointmentShowsEachMessageAtItsField() {
        given(organisation.operators()).willReturn(List.of());
        given(appointments.schedule(eq(PERSON), any()))
                .willThrow(RuleViolationException.of(List.of(
                        Violation.of("guidance.appointment.link.required", "place"),
                        Violation.of("guidance.appointment.minutes.range", "minutes"))));
        var result = mvc.post()
                .uri("/persons/{id}/appointments/new", PERSON)
                .with(operator())
                .with(csrf())
                .param("activityId", "A05-BASE")
                .param("date", "2026-12-03")
                .param("time", "10:00")
                .param("minutes", "1000")
                .param("remote", "true")
                .param("place", "")
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("guidance/appointment-form");
        assertThat(result)
                .bodyText()
                .contains("id=\"place-error\" class=\"invalid-feedback\">Per un appuntamento a distanza indica il"
                        + " collegamento.")
                .contains("id=\"minutes-error\" class=\"invalid-feedback\">La durata prevista va da 5 a 720 minuti.")
                .containsPattern("name=\"minutes\" value=\"1000\"")
                .contains("checked=\"checked\"");
    }

    @Test
    void anOverlappingAppointmentIsWarnedAtTheDateWithTheOtherOneAndBookedAnywayWhenConfirmed() {
        given(organisation.operators()).willReturn(List.of());
        given(appointments.schedule(eq(PERSON), any()))
                .willThrow(new it.orienta.system.DuplicateException(
                        "guidance.appointment.overlap.session",
                        "startsAt",
                        "/sessions/7",
                        "Cercare lavoro online",
                        "03/12/2026 10:00",
                        "12:00"));
        var result = mvc.post()
                .uri("/persons/{id}/appointments/new", PERSON)
                .with(operator())
                .with(csrf())
                .param("activityId", "A05-BASE")
                .param("date", "2026-12-03")
                .param("time", "10:30")
                .param("minutes", "60")
                .param("place", "Sala 1")
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("guidance/appointment-form");
        assertThat(result)
                .bodyText()
                .contains("id=\"date-error\" class=\"invalid-feedback\">Si sovrappone alla sessione di gruppo"
                        + " «Cercare lavoro online» del 03/12/2026 10:00 (fino alle 12:00)")
                .contains("href=\"/sessions/7\"", "Apri la sessione che si sovrappone")
                .contains("name=\"confirmOverlap\"", "Prenota comunque");

        given(appointments.schedule(eq(PERSON), any())).willReturn(GuidanceFixtures.appointment(0));
        assertThat(mvc.post()
                        .uri("/persons/{id}/appointments/new", PERSON)
                        .with(operator())
                        .with(csrf())
                        .param("activityId", "A05-BASE")
                        .param("date", "2026-12-03")
                        .param("time", "10:30")
                        .param("minutes", "60")
                        .param("place", "Sala 1")
                        .param("confirmOverlap", "true"))
                .hasStatus(302);
        then(appointments)
                .should()
                .schedule(
                        PERSON,
                        new ScheduleAppointment(
                                "A05-BASE", LocalDateTime.of(2026, 12, 3, 10, 30), 60, false, "Sala 1", null, true));
    }

    @Test
    void anAppointmentShowsItsActionsWithItsVersion() {
        given(appointments.appointment(APPOINTMENT)).willReturn(GuidanceFixtures.appointment(4));
        var result = mvc.get()
                .uri("/appointments/{id}", APPOINTMENT)
                .with(operator())
                .exchange();
        assertThat(result).hasStatusOk().hasViewName("guidance/appointment");
        assertThat(result)
                .bodyText()
                .contains("Appuntamento di Mario Rossi")
                .contains("03/12/2026 10:00")
                .contains("action=\"/appointments/" + APPOINTMENT + "/reschedule\"")
                .contains("action=\"/appointments/" + APPOINTMENT + "/cancel\"")
                .contains("name=\"version\" value=\"4\"")
                .containsPattern("name=\"date\" value=\"2026-12-03\"")
                .containsPattern("name=\"appointmentId\" value=\"" + APPOINTMENT + "\"");
    }

    @Test
    void reschedulingSendsTheNewTimeAndReasonWithTheVersion() {
        given(appointments.reschedule(eq(APPOINTMENT), any(), eq(4L))).willReturn(GuidanceFixtures.appointment(5));
        var result = mvc.post()
                .uri("/appointments/{id}/reschedule", APPOINTMENT)
                .with(operator())
                .with(csrf())
                .param("version", "4")
                .param("date", "2026-12-04")
                .param("time", "11:15")
                .param("reason", "La persona ha un colloquio di lavoro")
                .exchange();
        assertThat(result).hasStatus(302).hasRedirectedUrl("/appointments/" + APPOINTMENT);
        assertThat(result).flash().containsEntry("flash", "guidance.appointment.rescheduled");
        then(appointments)
                .should()
                .reschedule(
                        APPOINTMENT,
                        new Reschedule(LocalDateTime.of(2026, 12, 4, 11, 15), "La persona ha un colloquio di lavoro"),
                        4L);
    }

    @Test
    void aRefusedRescheduleKeepsWhatWasTypedAndSaysWhy() {
        var refused = new RuleViolationException("guidance.appointment.reason.required", "reason");
        given(appointments.reschedule(eq(APPOINTMENT), any(), eq(4L))).willThrow(refused);
        var result = mvc.post()
                .uri("/appointments/{id}/reschedule", APPOINTMENT)
                .with(operator())
                .with(csrf())
                .param("version", "4")
                .param("date", "2026-12-04")
                .param("time", "11:15")
                .exchange();
        assertThat(result).hasStatus(302).hasRedirectedUrl("/appointments/" + APPOINTMENT);
        assertThat(result).flash().containsEntry("guidanceErrors", refused.violations());
        assertThat(result).flash().containsKey("reschedule");

        // the page it goes back to shows the message and the time typed, not the stored one
        var form = new RescheduleForm();
        form.setDate(LocalDate.of(2026, 12, 4));
        form.setTime(LocalTime.of(11, 15));
        given(appointments.appointment(APPOINTMENT)).willReturn(GuidanceFixtures.appointment(4));
        assertThat(mvc.get()
                        .uri("/appointments/{id}", APPOINTMENT)
                        .with(operator())
                        .flashAttr("guidanceErrors", refused.violations())
                        .flashAttr("reschedule", form))
                .hasStatusOk()
                .bodyText()
                .contains("Scrivi il motivo: resta nella storia dell’appuntamento.")
                .containsPattern("name=\"date\" value=\"2026-12-04\"")
                .containsPattern("name=\"time\" value=\"11:15\"");
    }

    @Test
    void aStaleRescheduleIsFlashedAsAConflict() {
        given(appointments.reschedule(eq(APPOINTMENT), any(), eq(4L)))
                .willThrow(new StaleVersionException(5, GuidanceFixtures.appointment(5)));
        var result = mvc.post()
                .uri("/appointments/{id}/reschedule", APPOINTMENT)
                .with(operator())
                .with(csrf())
                .param("version", "4")
                .param("date", "2026-12-04")
                .param("time", "11:15")
                .param("reason", "Malattia")
                .exchange();
        assertThat(result).hasStatus(302);
        assertThat(result).flash().containsEntry("guidanceErrors", List.of(Violation.of("version.stale", null, 5L)));
    }

    @Test
    void cancellingSendsTheReasonWithTheVersion() {
        given(appointments.cancel(APPOINTMENT, "La persona ha trovato lavoro", 4L))
                .willReturn(GuidanceFixtures.appointment(5));
        var result = mvc.post()
                .uri("/appointments/{id}/cancel", APPOINTMENT)
                .with(operator())
                .with(csrf())
                .param("version", "4")
                .param("reason", "La persona ha trovato lavoro")
                .exchange();
        assertThat(result).hasStatus(302).hasRedirectedUrl("/appointments/" + APPOINTMENT);
        assertThat(result).flash().containsEntry("flash", "guidance.appointment.cancelled");
        then(appointments).should().cancel(APPOINTMENT, "La persona ha trovato lavoro", 4L);
    }

    @Test
    void aCancelWithoutReasonIsRefused() {
        var refused = new RuleViolationException("guidance.appointment.reason.required", "reason");
        given(appointments.cancel(APPOINTMENT, "", 4L)).willThrow(refused);
        var result = mvc.post()
                .uri("/appointments/{id}/cancel", APPOINTMENT)
                .with(operator())
                .with(csrf())
                .param("version", "4")
                .param("reason", "")
                .exchange();
        assertThat(result).hasStatus(302).hasRedirectedUrl("/appointments/" + APPOINTMENT);
        assertThat(result).flash().containsEntry("guidanceErrors", refused.violations());
        assertThat(result).flash().doesNotContainKey("flash");
    }

    // ------------------------------------------------------------------ calendar

    @Test
    void theWeekOfTheOperatorRunsFromMondayWithTheirAppointmentsOnTheirDay() {
        given(appointments.calendar(GIULIA, "CPI-FI", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 7)))
                .willReturn(List.of(GuidanceFixtures.appointment(1)));
        given(persons.summaries(List.of(PERSON)))
                .willReturn(Map.of(
                        PERSON,
                        new PersonSummary(
                                PERSON,
                                PersonFixtures.TAX_CODE,
                                "Mario",
                                "Rossi",
                                LocalDate.of(1985, 3, 14),
                                "048017")));
        var result = mvc.get().uri("/calendar?date=2026-12-03").with(operator()).exchange();
        assertThat(result).hasStatusOk().hasViewName("guidance/calendar");
        assertThat(result)
                .bodyText()
                .contains("<h1>La mia agenda</h1>")
                .contains("lunedì 30/11/2026")
                .contains("domenica 06/12/2026")
                .doesNotContain("07/12/2026</h2>")
                .containsPattern(
                        "giovedì 03/12/2026</h2>\\s*\\s*<ul class=\"list-unstyled\">\\s*<li class=\"mb-1\">\\s*"
                                + "<strong>10:00</strong>\\s*<a href=\"/appointments/" + APPOINTMENT
                                + "\">Mario Rossi</a>")
                .contains("date=2026-11-26")
                .contains("date=2026-12-10");
    }

    @Test
    void theDayOfTheCentreAsksForEveryOperator() {
        var result = mvc.get()
                .uri("/calendar?date=2026-12-03&view=day&scope=centre")
                .with(operator())
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("<h1>Agenda del centro</h1>")
                .contains("giovedì 03/12/2026")
                .doesNotContain("venerdì 04/12/2026")
                .contains("Nessun appuntamento.")
                .contains("date=2026-12-02")
                .contains("date=2026-12-04");
        then(appointments).should().calendar(null, "CPI-FI", LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 4));
    }

    @Test
    void anUnreadableCalendarDateIsABadRequest() {
        assertThat(mvc.get().uri("/calendar?date=domani").with(operator())).hasStatus(400);
        then(guidance).shouldHaveNoInteractions();
        then(appointments).shouldHaveNoInteractions();
    }
}
