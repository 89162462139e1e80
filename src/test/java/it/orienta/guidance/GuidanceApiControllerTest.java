package it.orienta.guidance;

import static it.orienta.guidance.GuidanceFixtures.APPOINTMENT;
import static it.orienta.guidance.GuidanceFixtures.ENGAGEMENT;
import static it.orienta.guidance.GuidanceFixtures.GIULIA;
import static it.orienta.guidance.GuidanceFixtures.MEETING;
import static it.orienta.guidance.GuidanceFixtures.PERSON;
import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.coordinator;
import static it.orienta.organisation.Logins.operator;
import static it.orienta.web.WebSlice.assertFieldError;
import static it.orienta.web.WebSlice.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

import it.orienta.charter.Compliance;
import it.orienta.guidance.Commands.CloseEngagement;
import it.orienta.guidance.Commands.CloseMeeting;
import it.orienta.guidance.Commands.RecordMeeting;
import it.orienta.guidance.Commands.Reschedule;
import it.orienta.guidance.Commands.ScheduleAppointment;
import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.Logins;
import it.orienta.organisation.Role;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import it.orienta.web.WebSliceTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebSliceTest(GuidanceApiController.class)
class GuidanceApiControllerTest {

    static final String RECORD = """
            {"activityId": "A05-BASE", "start": "2026-11-20T10:30+01:00", "end": "2026-11-20T11:45+01:00",
             "attendance": "PRESENT", "notes": "Colloquio sul curriculum"}
            """;

    static final String SCHEDULE = """
            {"activityId": "A05-BASE", "startsAt": "2026-12-03T10:00+01:00", "minutes": 60, "remote": false,
             "place": "CPI Firenze, stanza 3"}
            """;

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    GuidanceService guidance;

    @MockitoBean
    AppointmentService appointments;

    MvcTestResult post(String path, String ifMatch, String json, RequestPostProcessor login) {
        var request = mvc.post().uri(path).with(login).contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.content(json).exchange();
    }

    @Test
    void theApiNeedsCredentials() {
        RequestPostProcessor nobody = request -> request;
        assertProblem(mvc.get().uri("/api/v1/persons/{id}/meetings", PERSON).exchange(), 401, "auth.required");
        assertProblem(
                mvc.get().uri("/api/v1/calendar?from=2026-11-30&to=2026-12-07").exchange(), 401, "auth.required");
        assertProblem(mvc.get().uri("/api/v1/centre/compliance?month=2026-11").exchange(), 401, "auth.required");
        assertProblem(post("/api/v1/persons/" + PERSON + "/meetings", null, RECORD, nobody), 401, "auth.required");
        assertProblem(
                post("/api/v1/persons/" + PERSON + "/appointments", null, SCHEDULE, nobody), 401, "auth.required");
        assertProblem(
                post("/api/v1/appointments/" + APPOINTMENT + "/cancel", "\"1\"", "{\"reason\": \"x\"}", nobody),
                401,
                "auth.required");
        then(guidance).shouldHaveNoInteractions();
        then(appointments).shouldHaveNoInteractions();
    }

    @Test
    void anOperatorCannotReadTheCentresCompliance() {
        assertProblem(
                mvc.get()
                        .uri("/api/v1/centre/compliance?month=2026-11")
                        .with(operator())
                        .exchange(),
                403,
                "auth.forbidden");
        then(guidance).shouldHaveNoInteractions();
        then(appointments).shouldHaveNoInteractions();
    }

    @Test
    void coordinatorsReadTheCentresComplianceWithEveryFilter() {
        var operatorId = UUID.fromString("0b5e0000-0000-4000-8000-000000000001");
        given(guidance.compliance(
                        "CPI-FI", YearMonth.of(2026, 11), Compliance.OVER_MAXIMUM, "A05-BASE", operatorId, 2, 20))
                .willReturn(new GuidanceService.CompliancePage(
                        List.of(GuidanceFixtures.closed()), 2, false, Map.of(Compliance.OVER_MAXIMUM, 41)));
        var json = assertThat(mvc.get()
                        .uri("/api/v1/centre/compliance?month=2026-11&compliance=OVER_MAXIMUM&activity=A05-BASE"
                                + "&operator=" + operatorId + "&page=2&size=20")
                        .with(coordinator()))
                .hasStatusOk()
                .bodyJson();
        json.extractingPath("$.page").isEqualTo(2);
        json.extractingPath("$.hasMore").isEqualTo(false);
        json.extractingPath("$.counts.OVER_MAXIMUM").isEqualTo(41);
        json.extractingPath("$.rows[0].id").isEqualTo(MEETING.toString());

        given(guidance.compliance(any(), any(), any(), any(), any(), eq(0), eq(50)))
                .willReturn(new GuidanceService.CompliancePage(List.of(), 0, false, Map.of()));
        assertThat(mvc.get().uri("/api/v1/centre/compliance?month=2026-10").with(admin()))
                .hasStatusOk();
        then(guidance).should().compliance("CPI-FI", YearMonth.of(2026, 10), null, null, null, 0, 50);
    }

    @Test
    void complianceWithoutItsMonthOrWithAnUnknownJudgementIsABadRequest() {
        var noMonth =
                mvc.get().uri("/api/v1/centre/compliance").with(coordinator()).exchange();
        assertProblem(noMonth, 400, "request.missing-parameter");
        assertFieldError(noMonth, "month", "request.missing-parameter");
        var unknown = mvc.get()
                .uri("/api/v1/centre/compliance?month=2026-11&compliance=PERFECT")
                .with(coordinator())
                .exchange();
        assertProblem(unknown, 400, "request.invalid-parameter");
        assertFieldError(unknown, "compliance", "request.invalid-parameter");
        then(guidance).shouldHaveNoInteractions();
        then(appointments).shouldHaveNoInteractions();
    }

    @Test
    void aRecordedMeetingIsCreatedWithItsLocationAndVersion() {
        given(guidance.recordMeeting(eq(PERSON), any())).willReturn(GuidanceFixtures.closed());
        var result = post("/api/v1/persons/" + PERSON + "/meetings", null, RECORD, operator());
        assertThat(result)
                .hasStatus(201)
                .hasHeader("Location", "/api/v1/meetings/" + MEETING)
                .hasHeader("ETag", "\"2\"");
        assertThat(result).bodyJson().extractingPath("$.compliance").isEqualTo("WITHIN");
        assertThat(result).bodyJson().extractingPath("$.minutes").isEqualTo(75);
        then(guidance)
                .should()
                .recordMeeting(
                        PERSON,
                        new RecordMeeting(
                                "A05-BASE",
                                LocalDateTime.of(2026, 11, 20, 10, 30),
                                LocalDateTime.of(2026, 11, 20, 11, 45),
                                Attendance.PRESENT,
                                null,
                                "Colloquio sul curriculum",
                                null,
                                null));
    }

    @Test
    void aStartedMeetingIsCreatedRunning() {
        given(guidance.startMeeting(PERSON, "A05-BASE", APPOINTMENT)).willReturn(GuidanceFixtures.running(0));
        var result = post(
                "/api/v1/persons/" + PERSON + "/meetings/start",
                null,
                "{\"activityId\": \"A05-BASE\", \"appointmentId\": \"" + APPOINTMENT + "\"}",
                operator());
        assertThat(result)
                .hasStatus(201)
                .hasHeader("Location", "/api/v1/meetings/" + MEETING)
                .hasHeader("ETag", "\"0\"");
        assertThat(result).bodyJson().extractingPath("$.running").isEqualTo(true);
    }

    @Test
    void aRefusedMeetingIsAProblemNamingEachField() {
        given(guidance.recordMeeting(eq(PERSON), any()))
                .willThrow(RuleViolationException.of(List.of(
                        Violation.of("guidance.activity.unknown", "activityId", "A99"),
                        Violation.of("guidance.meeting.end.before-start", "end"))));
        var result = post("/api/v1/persons/" + PERSON + "/meetings", null, RECORD, operator());
        assertProblem(result, 422, "guidance.activity.unknown");
        assertFieldError(result, "activityId", "guidance.activity.unknown");
        assertFieldError(result, "end", "guidance.meeting.end.before-start");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("L’attività A99 non è nella carta dei servizi.");
    }

    @Test
    void aMalformedTimeIsABadRequestBeforeTheService() {
        var result = post(
                "/api/v1/persons/" + PERSON + "/meetings",
                null,
                RECORD.replace("2026-11-20T10:30+01:00", "ieri alle dieci"),
                operator());
        assertProblem(result, 400, "request.invalid-date");
        assertFieldError(result, "start", "request.invalid-date");
        then(guidance).shouldHaveNoInteractions();
        then(appointments).shouldHaveNoInteractions();
    }

    @Test
    void aMeetingCarriesItsVersionAsETag() {
        given(guidance.meeting(MEETING)).willReturn(GuidanceFixtures.running(7));
        assertThat(mvc.get().uri("/api/v1/meetings/{id}", MEETING).with(operator()))
                .hasStatusOk()
                .hasHeader("ETag", "\"7\"");
    }

    @Test
    void anUnknownMeetingIsNotFound() {
        var id = UUID.fromString("9d1da7ce-0000-4000-8000-0000000000ff");
        given(guidance.meeting(id)).willThrow(new NotFoundException("Meeting", id));
        assertProblem(
                mvc.get().uri("/api/v1/meetings/{id}", id).with(operator()).exchange(), 404, "not-found");
        assertProblem(
                mvc.get().uri("/api/v1/meetings/not-a-uuid").with(operator()).exchange(),
                400,
                "request.invalid-parameter");
    }

    @Test
    void closingAMeetingTakesTheVersionFromIfMatch() {
        given(guidance.closeMeeting(eq(MEETING), any(), eq(1L))).willReturn(GuidanceFixtures.closed());
        var result = post(
                "/api/v1/meetings/" + MEETING + "/close",
                "\"1\"",
                "{\"end\": \"2026-11-20T11:45+01:00\", \"notes\": \"Fatto\"}",
                operator());
        assertThat(result).hasStatusOk().hasHeader("ETag", "\"2\"");
        then(guidance)
                .should()
                .closeMeeting(MEETING, new CloseMeeting(LocalDateTime.of(2026, 11, 20, 11, 45), "Fatto", null), 1L);
    }

    @Test
    void aStaleCloseIsAConflictWithTheCurrentMeeting() {
        given(guidance.closeMeeting(eq(MEETING), any(), eq(1L)))
                .willThrow(new StaleVersionException(2, GuidanceFixtures.closed()));
        var result = post("/api/v1/meetings/" + MEETING + "/close", "\"1\"", "{}", operator());
        assertProblem(result, 409, "version.stale");
        assertThat(result).hasHeader("ETag", "\"2\"");
        assertThat(result).bodyJson().extractingPath("$.current.running").isEqualTo(false);
    }

    @Test
    void changesWithoutIfMatchAreRefusedBeforeTheService() {
        for (var path : List.of(
                "/api/v1/meetings/" + MEETING + "/close",
                "/api/v1/engagements/" + ENGAGEMENT + "/close",
                "/api/v1/appointments/" + APPOINTMENT + "/reschedule",
                "/api/v1/appointments/" + APPOINTMENT + "/cancel")) {
            var result = post(path, null, "{}", operator());
            assertProblem(result, 422, "version.required");
            assertFieldError(result, "If-Match", "version.required");
        }
        then(guidance).shouldHaveNoInteractions();
        then(appointments).shouldHaveNoInteractions();
    }

    @Test
    void closingAnEngagementOutsideTheStandardNeedsAReason() {
        given(guidance.closeEngagement(ENGAGEMENT, new CloseEngagement(null), 1L))
                .willThrow(
                        new RuleViolationException("guidance.engagement.under-minimum", "deviationReason", "1,25", 8));
        var refused = post("/api/v1/engagements/" + ENGAGEMENT + "/close", "\"1\"", "{}", operator());
        assertProblem(refused, 422, "guidance.engagement.under-minimum");
        assertFieldError(refused, "deviationReason", "guidance.engagement.under-minimum");

        given(guidance.closeEngagement(ENGAGEMENT, new CloseEngagement("Trovato lavoro"), 1L))
                .willReturn(GuidanceFixtures.engagement(false));
        var closed = post(
                "/api/v1/engagements/" + ENGAGEMENT + "/close",
                "W/\"1\"",
                "{\"deviationReason\": \"Trovato lavoro\"}",
                operator());
        assertThat(closed).hasStatusOk().hasHeader("ETag", "\"2\"");
        assertThat(closed).bodyJson().extractingPath("$.compliance").isEqualTo("UNDER_MINIMUM");
    }

    @Test
    void aScheduledAppointmentIsCreatedWithItsLocationAndVersion() {
        given(appointments.schedule(eq(PERSON), any())).willReturn(GuidanceFixtures.appointment(0));
        var result = post("/api/v1/persons/" + PERSON + "/appointments", null, SCHEDULE, operator());
        assertThat(result)
                .hasStatus(201)
                .hasHeader("Location", "/api/v1/appointments/" + APPOINTMENT)
                .hasHeader("ETag", "\"0\"");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("SCHEDULED");
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
                                null));
    }

    @Test
    void aRefusedAppointmentIsAProblemNamingEachField() {
        given(appointments.schedule(eq(PERSON), any()))
                .willThrow(RuleViolationException.of(List.of(
                        Violation.of("guidance.appointment.starts-at.past", "startsAt"),
                        Violation.of("guidance.appointment.minutes.range", "minutes"))));
        var result = post("/api/v1/persons/" + PERSON + "/appointments", null, SCHEDULE, operator());
        assertProblem(result, 422, "guidance.appointment.starts-at.past");
        assertFieldError(result, "startsAt", "guidance.appointment.starts-at.past");
        assertFieldError(result, "minutes", "guidance.appointment.minutes.range");
    }

    @Test
    void anAppointmentCarriesItsVersionAndIsRescheduledOnIt() {
        given(appointments.appointment(APPOINTMENT)).willReturn(GuidanceFixtures.appointment(4));
        assertThat(mvc.get().uri("/api/v1/appointments/{id}", APPOINTMENT).with(operator()))
                .hasStatusOk()
                .hasHeader("ETag", "\"4\"");

        given(appointments.reschedule(eq(APPOINTMENT), any(), eq(4L))).willReturn(GuidanceFixtures.appointment(5));
        assertThat(post(
                        "/api/v1/appointments/" + APPOINTMENT + "/reschedule",
                        "\"4\"",
                        "{\"startsAt\": \"2026-12-04T11:15+01:00\", \"reason\": \"Malattia\"}",
                        operator()))
                .hasStatusOk()
                .hasHeader("ETag", "\"5\"");
        then(appointments)
                .should()
                .reschedule(APPOINTMENT, new Reschedule(LocalDateTime.of(2026, 12, 4, 11, 15), "Malattia"), 4L);
    }

    @Test
    void aStaleRescheduleOrCancelIsAConflict() {
        given(appointments.reschedule(eq(APPOINTMENT), any(), eq(3L)))
                .willThrow(new StaleVersionException(4, GuidanceFixtures.appointment(4)));
        given(appointments.cancel(eq(APPOINTMENT), any(), eq(3L)))
                .willThrow(new StaleVersionException(4, GuidanceFixtures.appointment(4)));
        var moved = post(
                "/api/v1/appointments/" + APPOINTMENT + "/reschedule",
                "\"3\"",
                "{\"startsAt\": \"2026-12-04T11:15+01:00\", \"reason\": \"Malattia\"}",
                operator());
        assertProblem(moved, 409, "version.stale");
        assertThat(moved).bodyJson().extractingPath("$.currentVersion").isEqualTo(4);
        var cancelled = post(
                "/api/v1/appointments/" + APPOINTMENT + "/cancel", "\"3\"", "{\"reason\": \"Malattia\"}", operator());
        assertProblem(cancelled, 409, "version.stale");
        assertThat(cancelled).hasHeader("ETag", "\"4\"");
    }

    @Test
    void cancellingSendsTheReason() {
        given(appointments.cancel(APPOINTMENT, "Trovato lavoro", 4L)).willReturn(GuidanceFixtures.appointment(5));
        assertThat(post(
                        "/api/v1/appointments/" + APPOINTMENT + "/cancel",
                        "\"4\"",
                        "{\"reason\": \"Trovato lavoro\"}",
                        operator()))
                .hasStatusOk()
                .hasHeader("ETag", "\"5\"");
        then(appointments).should().cancel(APPOINTMENT, "Trovato lavoro", 4L);
    }

    @Test
    void aPersonsMeetingsEngagementsAndAppointments() {
        given(guidance.meetings(PERSON)).willReturn(List.of(GuidanceFixtures.closed()));
        given(guidance.engagements(PERSON)).willReturn(List.of(GuidanceFixtures.engagement(true)));
        given(appointments.appointments(PERSON)).willReturn(List.of(GuidanceFixtures.appointment(1)));
        assertThat(mvc.get().uri("/api/v1/persons/{id}/meetings", PERSON).with(operator()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].standardMaxMinutes")
                .isEqualTo(90);
        assertThat(mvc.get().uri("/api/v1/persons/{id}/engagements", PERSON).with(operator()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].open")
                .isEqualTo(true);
        assertThat(mvc.get().uri("/api/v1/persons/{id}/appointments", PERSON).with(operator()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].place")
                .isEqualTo("CPI Firenze, stanza 3");
    }

    @Test
    void theCalendarIsTheOperatorsOwnOrTheirCentres() {
        given(appointments.calendar(GIULIA, "CPI-FI", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 7)))
                .willReturn(List.of(GuidanceFixtures.appointment(1)));
        assertThat(mvc.get()
                        .uri("/api/v1/calendar?from=2026-11-30&to=2026-12-07")
                        .with(operator()))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[0].id")
                .isEqualTo(APPOINTMENT.toString());

        assertThat(mvc.get()
                        .uri("/api/v1/calendar?from=2026-11-30&to=2026-12-07&scope=centre")
                        .with(operator()))
                .hasStatusOk();
        then(appointments).should().calendar(null, "CPI-FI", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 7));
    }

    @Test
    void theCentreOfTheCalendarIsTheOneNamedInTheHeader() {
        var both = Logins.as(Logins.account(
                "multicentro", "Sara Galli", EnumSet.of(Role.OPERATOR, Role.COORDINATOR), "CPI-FI", "CPI-PI"));
        assertThat(mvc.get()
                        .uri("/api/v1/calendar?from=2026-11-30&to=2026-12-01&scope=centre")
                        .header(CurrentActor.CENTRE_HEADER, "CPI-PI")
                        .with(both))
                .hasStatusOk();
        then(appointments).should().calendar(null, "CPI-PI", LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1));
    }

    @Test
    void aCalendarRangeOfNoDaysOrMoreThanSixtyTwoIsRefusedAtTo() {
        for (var range : List.of(
                "from=2026-11-30&to=2026-11-30", "from=2026-12-07&to=2026-11-30", "from=2026-11-01&to=2027-01-03")) {
            var result =
                    mvc.get().uri("/api/v1/calendar?" + range).with(operator()).exchange();
            assertProblem(result, 422, "guidance.calendar.range");
            assertFieldError(result, "to", "guidance.calendar.range");
        }
        assertThat(mvc.get()
                        .uri("/api/v1/calendar?from=2026-11-01&to=2027-01-03")
                        .with(operator()))
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("L’intervallo dell’agenda va da 1 a 62 giorni.");
        var missing = mvc.get()
                .uri("/api/v1/calendar?from=2026-11-30")
                .with(operator())
                .exchange();
        assertProblem(missing, 400, "request.missing-parameter");
        assertFieldError(missing, "to", "request.missing-parameter");
        then(guidance).shouldHaveNoInteractions();
        then(appointments).shouldHaveNoInteractions();

        // sixty-two days exactly are allowed
        assertThat(mvc.get()
                        .uri("/api/v1/calendar?from=2026-11-01&to=2027-01-02")
                        .with(operator()))
                .hasStatusOk();
        then(appointments).should().calendar(GIULIA, "CPI-FI", LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 2));
    }
}
