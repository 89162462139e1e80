package it.orienta.guidance;

import it.orienta.charter.ActivityView;
import it.orienta.charter.CharterService;
import it.orienta.charter.Compliance;
import it.orienta.guidance.Commands.CloseEngagement;
import it.orienta.guidance.Commands.Reschedule;
import it.orienta.organisation.CentreView;
import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.person.PersonView;
import it.orienta.system.DuplicateException;
import it.orienta.system.Rome;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.Forms;
import it.orienta.web.TaggedPdf;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The guidance pages: recording a meeting, a meeting with its clock, closing an engagement, appointments, the
 * calendar, the centre's compliance list. (The person's page with the pathway is the pathway module's.)
 */
@Controller
class GuidanceController {

    private final GuidanceService guidance;
    private final AppointmentService appointments;
    private final Clock clock;
    private final CharterService charter;
    private final PersonService persons;
    private final OrganisationService organisation;
    private final CurrentActor current;

    GuidanceController(
            GuidanceService guidance,
            AppointmentService appointments,
            Clock clock,
            CharterService charter,
            PersonService persons,
            OrganisationService organisation,
            CurrentActor current) {
        this.guidance = guidance;
        this.appointments = appointments;
        this.clock = clock;
        this.charter = charter;
        this.persons = persons;
        this.organisation = organisation;
        this.current = current;
    }

    /** The label of every activity in the user's language, for tables. */
    @ModelAttribute("activityLabels")
    Map<String, String> activityLabels(Locale locale) {
        return charter.activityLabels(locale);
    }

    @PostMapping("/persons/{id}/meetings/start")
    String start(
            @PathVariable UUID id,
            @RequestParam(required = false) String activityId,
            @RequestParam(required = false) UUID appointmentId,
            RedirectAttributes redirect) {
        try {
            var meeting = guidance.startMeeting(id, activityId, appointmentId);
            return "redirect:/meetings/" + meeting.id();
        } catch (DuplicateException e) {
            // the operator is in another meeting: said at the button, with the way to that meeting
            redirect.addFlashAttribute("startBusy", e.violations().getFirst());
            redirect.addFlashAttribute("startBusyPath", e.existingPath());
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("guidanceErrors", e.violations());
        } catch (StaleVersionException e) {
            stale(redirect, e);
        }
        return appointmentId != null
                ? "redirect:/appointments/" + appointmentId
                : "redirect:/persons/" + id + "/guidance";
    }

    @GetMapping("/persons/{id}/meetings/new")
    String newMeeting(@PathVariable UUID id, @RequestParam(required = false) UUID appointmentId, Model model) {
        var form = new RecordForm();
        form.setDate(today());
        form.setAttendance(Attendance.PRESENT);
        if (appointmentId != null) {
            var appointment = appointments.appointment(appointmentId);
            form.setAppointmentId(appointmentId);
            form.setActivityId(appointment.activityId());
            var at = appointment.startsAt().atZone(Rome.ZONE);
            form.setDate(at.toLocalDate());
            form.setStart(at.toLocalTime());
        }
        return recordPage(id, form, model);
    }

    @PostMapping("/persons/{id}/meetings/new")
    String record(
            @PathVariable UUID id,
            @ModelAttribute("form") RecordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                guidance.recordMeeting(id, form.toCommand());
                redirect.addFlashAttribute("flash", "guidance.meeting.recorded");
                return "redirect:/persons/" + id + "/guidance";
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            } catch (StaleVersionException e) {
                result.reject("rule.version.stale", new Object[] {e.currentVersion()}, null);
            }
        }
        return recordPage(id, form, model);
    }

    private String recordPage(UUID id, RecordForm form, Model model) {
        model.addAttribute("person", persons.view(id));
        model.addAttribute("form", form);
        model.addAttribute("activities", charter.deliverable(false));
        model.addAttribute("standards", standards());
        model.addAttribute("attendances", Attendance.values());
        return "guidance/record";
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable UUID id, Model model) {
        var meeting = guidance.meeting(id);
        var form = new CloseForm();
        form.setVersion(meeting.version());
        form.setNotes(meeting.notes());
        return meetingPage(meeting, form, model);
    }

    @PostMapping("/meetings/{id}/close")
    String close(
            @PathVariable UUID id,
            @ModelAttribute("form") CloseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            // an end that does not read (a typo) must not become "now"
            return meetingPage(guidance.meeting(id), form, model);
        }
        try {
            var closed = guidance.closeMeeting(id, form.toCommand(today()), form.getVersion());
            redirect.addFlashAttribute("flash", "guidance.meeting.closed");
            return "redirect:/persons/" + closed.personId() + "/guidance";
        } catch (RuleViolationException e) {
            Forms.reject(result, e);
        } catch (StaleVersionException e) {
            result.reject("rule.version.stale", new Object[] {e.currentVersion()}, null);
            form.setVersion(e.currentVersion());
        }
        return meetingPage(guidance.meeting(id), form, model);
    }

    private String meetingPage(MeetingView meeting, CloseForm form, Model model) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("person", persons.view(meeting.personId()));
        model.addAttribute("standard", guidance.standardOf(meeting));
        model.addAttribute("form", form);
        return "guidance/meeting";
    }

    @PostMapping("/engagements/{id}/close")
    String closeEngagement(
            @PathVariable UUID id,
            @RequestParam(required = false) String deviationReason,
            @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            var closed = guidance.closeEngagement(id, new CloseEngagement(deviationReason), version);
            redirect.addFlashAttribute("flash", "guidance.engagement.closed");
            return "redirect:/persons/" + closed.personId() + "/guidance";
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("guidanceErrors", e.violations());
            redirect.addFlashAttribute("engagementToJustify", id);
            // what was typed stays in the field
            redirect.addFlashAttribute("deviationReason", deviationReason);
        } catch (StaleVersionException e) {
            stale(redirect, e);
        }
        return "redirect:/persons/" + guidance.engagement(id).personId() + "/guidance";
    }

    @GetMapping("/persons/{id}/appointments/new")
    String newAppointment(@PathVariable UUID id, @RequestParam(required = false) String activityId, Model model) {
        var form = new AppointmentForm();
        if (activityId != null && charter.find(activityId).isPresent()) {
            form.setActivityId(activityId); // e.g. the training that closes a gap of an opportunity (scouting)
        }
        form.setDate(today().plusDays(1));
        form.setTime(LocalTime.of(9, 0));
        form.setMinutes(60);
        form.setOperatorId(current.actor().operatorId());
        return appointmentFormPage(id, form, model);
    }

    @PostMapping("/persons/{id}/appointments/new")
    String schedule(
            @PathVariable UUID id,
            @ModelAttribute("form") AppointmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                appointments.schedule(id, form.toCommand());
                redirect.addFlashAttribute("flash", "guidance.appointment.scheduled");
                return "redirect:/persons/" + id + "/guidance";
            } catch (DuplicateException e) {
                // an overlap: warned at the date, with the way to the other commitment and "Prenota comunque"
                var v = e.violations().getFirst();
                result.rejectValue("date", v.messageKey(), v.args().toArray(), v.code());
                model.addAttribute("overlapPath", e.existingPath());
                model.addAttribute("overlapKind", kindOf(v));
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return appointmentFormPage(id, form, model);
    }

    private String appointmentFormPage(UUID id, AppointmentForm form, Model model) {
        model.addAttribute("person", persons.view(id));
        model.addAttribute("form", form);
        model.addAttribute("activities", charter.deliverable(false));
        String centre = current.actor().centreCode();
        model.addAttribute(
                "operators",
                organisation.operators().stream()
                        .filter(o -> o.active() && o.centreCodes().contains(centre))
                        .toList());
        return "guidance/appointment-form";
    }

    @GetMapping("/appointments/{id}")
    String appointment(@PathVariable UUID id, Model model) {
        var appointment = appointments.appointment(id);
        if (!model.containsAttribute("reschedule")) {
            var form = new RescheduleForm();
            var at = appointment.startsAt().atZone(Rome.ZONE);
            form.setDate(at.toLocalDate());
            form.setTime(at.toLocalTime());
            model.addAttribute("reschedule", form);
        }
        model.addAttribute("appointment", appointment);
        model.addAttribute("person", persons.view(appointment.personId()));
        return "guidance/appointment";
    }

    @PostMapping("/appointments/{id}/reschedule")
    String reschedule(
            @PathVariable UUID id,
            @ModelAttribute("reschedule") RescheduleForm form,
            BindingResult result,
            @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            appointments.reschedule(
                    id,
                    new Reschedule(form.dateTime(), form.getReason(), form.isConfirmOverlap() ? Boolean.TRUE : null),
                    version);
            redirect.addFlashAttribute("flash", "guidance.appointment.rescheduled");
        } catch (DuplicateException e) {
            // an overlap: warned at the new date, with the way to the other commitment and "Sposta comunque"
            redirect.addFlashAttribute("rescheduleOverlap", e.violations().getFirst());
            redirect.addFlashAttribute("overlapPath", e.existingPath());
            redirect.addFlashAttribute("overlapKind", kindOf(e.violations().getFirst()));
            redirect.addFlashAttribute("reschedule", form);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("guidanceErrors", e.violations());
            redirect.addFlashAttribute("reschedule", form);
        } catch (StaleVersionException e) {
            stale(redirect, e);
        }
        return "redirect:/appointments/" + id;
    }

    @PostMapping("/appointments/{id}/cancel")
    String cancel(
            @PathVariable UUID id,
            @RequestParam(required = false) String reason,
            @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            appointments.cancel(id, reason, version);
            redirect.addFlashAttribute("flash", "guidance.appointment.cancelled");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("guidanceErrors", e.violations());
            // what was typed stays in the field
            redirect.addFlashAttribute("cancelReason", reason);
        } catch (StaleVersionException e) {
            stale(redirect, e);
        }
        return "redirect:/appointments/" + id;
    }

    @GetMapping("/calendar")
    String calendar(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "week") String view,
            @RequestParam(defaultValue = "me") String scope,
            Model model) {
        var day = date == null ? today() : date;
        boolean week = !"day".equals(view);
        var from = week ? day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)) : day;
        var to = week ? from.plusDays(7) : day.plusDays(1);
        var actor = current.actor();
        boolean centre = "centre".equals(scope);
        var booked = appointments.calendar(centre ? null : actor.operatorId(), actor.centreCode(), from, to);
        var days = new LinkedHashMap<LocalDate, List<AppointmentView>>();
        for (var d = from; d.isBefore(to); d = d.plusDays(1)) {
            var current = d;
            days.put(
                    d,
                    booked.stream()
                            .filter(a ->
                                    a.startsAt().atZone(Rome.ZONE).toLocalDate().equals(current))
                            .toList());
        }
        var names = new java.util.HashMap<UUID, String>();
        persons.summaries(booked.stream().map(AppointmentView::personId).toList())
                .forEach((k, v) -> names.put(k, v.firstName() + " " + v.lastName()));
        model.addAttribute("days", days);
        model.addAttribute("names", names);
        model.addAttribute("date", day);
        model.addAttribute("week", week);
        model.addAttribute("scope", centre ? "centre" : "me");
        model.addAttribute("previous", week ? day.minusWeeks(1) : day.minusDays(1));
        model.addAttribute("next", week ? day.plusWeeks(1) : day.plusDays(1));
        return "guidance/calendar";
    }

    @GetMapping("/centre/compliance")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    String compliance(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @RequestParam(required = false) Compliance compliance,
            @RequestParam(required = false) String activity,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        var m = month == null ? YearMonth.from(today()) : month;
        model.addAttribute("month", m);
        model.addAttribute("compliance", compliance);
        model.addAttribute("activity", activity == null ? "" : activity);
        var result = guidance.compliance(current.actor().centreCode(), m, compliance, activity, null, page, 50);
        model.addAttribute("result", result);
        var counts = new java.util.HashMap<String, Integer>();
        for (var c : Compliance.values()) {
            counts.put(c.name(), result.counts().getOrDefault(c, 0));
        }
        model.addAttribute("counts", counts);
        model.addAttribute("activities", charter.activities());
        model.addAttribute("compliances", Compliance.values());
        return "guidance/compliance";
    }

    /** Somebody changed the record meanwhile: the page reloads with its current state and says so. */
    private static void stale(RedirectAttributes redirect, StaleVersionException e) {
        redirect.addFlashAttribute(
                "guidanceErrors",
                List.of(RuleViolationException.Violation.of("version.stale", null, e.currentVersion())));
    }

    /** The kind of commitment an overlap names: appointment, meeting or session (the code's last part). */
    private static String kindOf(RuleViolationException.Violation v) {
        return v.code().substring(v.code().lastIndexOf('.') + 1);
    }

    private Map<String, ActivityView> standards() {
        var map = new LinkedHashMap<String, ActivityView>();
        charter.activities().forEach(a -> map.put(a.id(), a));
        return map;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Rome.ZONE));
    }

    static LocalDateTime at(LocalDate date, LocalTime time) {
        return date == null || time == null ? null : date.atTime(time);
    }

    /**
     * The convocation: the letter inviting the person to an appointment ({@code guidance/convocation-pdf.html}, a PDF
     * tagged for accessibility through {@link TaggedPdf}) with the region's and the centre's heading, the day, time,
     * place and operator, what to bring and how to move or cancel it. Reading it is a read of the case recorded by
     * the record-access policy as the convocation's ({@link AppointmentService#convocation}). Linked from the
     * appointment's page, opened inline to print.
     */
    @Controller
    static class Convocations {

        private final AppointmentService appointments;
        private final PersonService persons;
        private final OrganisationService organisation;
        private final CharterService charter;
        private final ITemplateEngine templates;
        private final Clock clock;

        Convocations(
                AppointmentService appointments,
                PersonService persons,
                OrganisationService organisation,
                CharterService charter,
                ITemplateEngine templates,
                Clock clock) {
            this.appointments = appointments;
            this.persons = persons;
            this.organisation = organisation;
            this.charter = charter;
            this.templates = templates;
            this.clock = clock;
        }

        @GetMapping(value = "/appointments/{id}/convocation", produces = MediaType.APPLICATION_PDF_VALUE)
        @ResponseBody
        ResponseEntity<byte[]> convocation(@PathVariable UUID id, Locale locale) {
            var appointment = appointments.convocation(id);
            var person = persons.view(appointment.personId());
            var centre = appointment.centreCode() == null
                    ? null
                    : organisation.centre(appointment.centreCode()).orElse(null);
            String activity = charter.activityLabels(locale).getOrDefault(appointment.activityId(), "");
            byte[] pdf =
                    render(appointment, person, centre, activity, LocalDate.now(clock.withZone(Rome.ZONE)), locale);
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"convocazione-" + id + ".pdf\"")
                    .body(pdf);
        }

        byte[] render(
                AppointmentView appointment,
                PersonView person,
                CentreView centre,
                String activity,
                LocalDate today,
                Locale locale) {
            boolean english = "en".equals(locale.getLanguage());
            var at = appointment.startsAt().atZone(Rome.ZONE);
            var context = new Context(english ? Locale.ENGLISH : Locale.ITALIAN);
            context.setVariable("a", appointment);
            context.setVariable("person", person);
            context.setVariable("centre", centre);
            context.setVariable("activity", activity);
            context.setVariable("lang", english ? "en" : "it");
            context.setVariable(
                    "today", DateTimeFormatter.ofPattern("dd/MM/yyyy").format(today));
            context.setVariable(
                    "day",
                    DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", english ? Locale.ENGLISH : Locale.ITALIAN)
                            .format(at));
            context.setVariable("time", DateTimeFormatter.ofPattern("HH:mm").format(at));
            return TaggedPdf.render(templates.process("guidance/convocation-pdf", context), 32 * 1024);
        }
    }
}
