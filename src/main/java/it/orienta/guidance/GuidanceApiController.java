package it.orienta.guidance;

import it.orienta.charter.Compliance;
import it.orienta.guidance.Commands.CloseEngagement;
import it.orienta.guidance.Commands.CloseMeeting;
import it.orienta.guidance.Commands.RecordMeeting;
import it.orienta.guidance.Commands.Reschedule;
import it.orienta.guidance.Commands.ScheduleAppointment;
import it.orienta.organisation.CurrentActor;
import it.orienta.system.RuleViolationException;
import it.orienta.web.ETags;
import it.orienta.web.IfMatch;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Guidance in the REST API: meetings (started live or recorded afterwards), engagements, appointments, the
 * calendar and the centre's compliance list. Changes to an existing record carry its version in
 * If-Match. Times are local (Europe/Rome) in requests, instants in responses. Scheduling or moving an appointment
 * onto the operator's other appointments, meetings or group sessions answers 409
 * ({@code guidance.appointment.overlap.appointment|meeting|session}, the error at {@code startsAt}, the other one's
 * address in {@code existing}) unless the request says {@code "confirmOverlap": true}.
 */
@RestController
@RequestMapping("/api/v1")
class GuidanceApiController {

    private final GuidanceService guidance;
    private final AppointmentService appointments;
    private final CurrentActor current;

    GuidanceApiController(GuidanceService guidance, AppointmentService appointments, CurrentActor current) {
        this.guidance = guidance;
        this.appointments = appointments;
        this.current = current;
    }

    @PostMapping(value = "/persons/{id}/meetings", consumes = "application/json")
    ResponseEntity<MeetingView> record(@PathVariable UUID id, @RequestBody RecordMeeting request) {
        return created(guidance.recordMeeting(id, request));
    }

    @PostMapping(value = "/persons/{id}/meetings/start", consumes = "application/json")
    ResponseEntity<MeetingView> start(@PathVariable UUID id, @RequestBody StartRequest request) {
        return created(guidance.startMeeting(id, request.activityId(), request.appointmentId()));
    }

    @GetMapping("/persons/{id}/meetings")
    List<MeetingView> meetings(@PathVariable UUID id) {
        return guidance.meetings(id);
    }

    @GetMapping("/meetings/{id}")
    ResponseEntity<MeetingView> meeting(@PathVariable UUID id) {
        var meeting = guidance.meeting(id);
        return ResponseEntity.ok().eTag(ETags.of(meeting.version())).body(meeting);
    }

    @PostMapping(value = "/meetings/{id}/close", consumes = "application/json")
    ResponseEntity<MeetingView> close(@PathVariable UUID id, IfMatch ifMatch, @RequestBody CloseMeeting request) {
        var meeting = guidance.closeMeeting(id, request, ifMatch.version());
        return ResponseEntity.ok().eTag(ETags.of(meeting.version())).body(meeting);
    }

    @GetMapping("/persons/{id}/engagements")
    List<EngagementView> engagements(@PathVariable UUID id) {
        return guidance.engagements(id);
    }

    @PostMapping(value = "/engagements/{id}/close", consumes = "application/json")
    ResponseEntity<EngagementView> closeEngagement(
            @PathVariable UUID id, IfMatch ifMatch, @RequestBody CloseEngagement request) {
        var engagement = guidance.closeEngagement(id, request, ifMatch.version());
        return ResponseEntity.ok().eTag(ETags.of(engagement.version())).body(engagement);
    }

    @PostMapping(value = "/persons/{id}/appointments", consumes = "application/json")
    ResponseEntity<AppointmentView> schedule(@PathVariable UUID id, @RequestBody ScheduleAppointment request) {
        var appointment = appointments.schedule(id, request);
        return ResponseEntity.created(URI.create("/api/v1/appointments/" + appointment.id()))
                .eTag(ETags.of(appointment.version()))
                .body(appointment);
    }

    @GetMapping("/persons/{id}/appointments")
    List<AppointmentView> appointments(@PathVariable UUID id) {
        return appointments.appointments(id);
    }

    @GetMapping("/appointments/{id}")
    ResponseEntity<AppointmentView> appointment(@PathVariable UUID id) {
        var appointment = appointments.appointment(id);
        return ResponseEntity.ok().eTag(ETags.of(appointment.version())).body(appointment);
    }

    @PostMapping(value = "/appointments/{id}/reschedule", consumes = "application/json")
    ResponseEntity<AppointmentView> reschedule(
            @PathVariable UUID id, IfMatch ifMatch, @RequestBody Reschedule request) {
        var appointment = appointments.reschedule(id, request, ifMatch.version());
        return ResponseEntity.ok().eTag(ETags.of(appointment.version())).body(appointment);
    }

    @PostMapping(value = "/appointments/{id}/cancel", consumes = "application/json")
    ResponseEntity<AppointmentView> cancel(@PathVariable UUID id, IfMatch ifMatch, @RequestBody CancelRequest request) {
        var appointment = appointments.cancel(id, request.reason(), ifMatch.version());
        return ResponseEntity.ok().eTag(ETags.of(appointment.version())).body(appointment);
    }

    /** The calendar of the operator asking ({@code scope=me}) or of their current centre ({@code scope=centre}). */
    @GetMapping("/calendar")
    List<AppointmentView> calendar(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "me") String scope) {
        if (!to.isAfter(from) || to.isAfter(from.plusDays(62))) {
            throw new RuleViolationException("guidance.calendar.range", "to");
        }
        var actor = current.actor();
        return "centre".equals(scope)
                ? appointments.calendar(null, actor.centreCode(), from, to)
                : appointments.calendar(actor.operatorId(), actor.centreCode(), from, to);
    }

    @GetMapping("/centre/compliance")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    GuidanceService.CompliancePage compliance(
            @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) Compliance compliance,
            @RequestParam(required = false) String activity,
            @RequestParam(required = false) UUID operator,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return guidance.compliance(current.actor().centreCode(), month, compliance, activity, operator, page, size);
    }

    private static ResponseEntity<MeetingView> created(MeetingView meeting) {
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id()))
                .eTag(ETags.of(meeting.version()))
                .body(meeting);
    }

    record StartRequest(String activityId, UUID appointmentId) {}

    record CancelRequest(String reason) {}
}
