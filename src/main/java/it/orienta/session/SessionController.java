package it.orienta.session;

import it.orienta.charter.CharterService;
import it.orienta.guidance.Attendance;
import it.orienta.guidance.CentreDesk;
import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.system.NotFoundException;
import it.orienta.system.Rome;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import it.orienta.web.Forms;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The group-session pages: the centre's sessions, planning one, a session with its participants and waiting list,
 * enrolment (from the session by codice fiscale, or from the person's page by choosing a session), withdrawal,
 * attendance when it is held, cancellation.
 */
@Controller
class SessionController {

    private final SessionService sessions;
    private final CharterService charter;
    private final PersonService persons;
    private final OrganisationService organisation;
    private final CurrentActor current;
    private final CentreDesk desk;
    private final Clock clock;

    SessionController(
            SessionService sessions,
            CharterService charter,
            PersonService persons,
            OrganisationService organisation,
            CurrentActor current,
            CentreDesk desk,
            Clock clock) {
        this.sessions = sessions;
        this.charter = charter;
        this.persons = persons;
        this.organisation = organisation;
        this.current = current;
        this.desk = desk;
        this.clock = clock;
    }

    @ModelAttribute("activityLabels")
    Map<String, String> activityLabels(Locale locale) {
        return charter.activityLabels(locale);
    }

    /** The centre's sessions from {@code from} (today by default) over the next four weeks. */
    @GetMapping("/sessions")
    String list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            Model model) {
        LocalDate start = from == null ? today() : from;
        model.addAttribute("from", start);
        model.addAttribute("previous", start.minusWeeks(4));
        model.addAttribute("next", start.plusWeeks(4));
        model.addAttribute("sessions", sessions.sessions(centre(), start, start.plusWeeks(4)));
        return "guidance/sessions";
    }

    @GetMapping("/sessions/new")
    String newSession(Model model) {
        var form = new PlanForm();
        form.setDate(today().plusDays(7));
        form.setTime(LocalTime.of(9, 30));
        form.setMinutes(120);
        form.setCapacity(12);
        form.setOperatorId(current.actor().operatorId());
        return planPage(form, model);
    }

    @PostMapping("/sessions/new")
    String plan(@ModelAttribute("form") PlanForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var session = sessions.plan(form.toCommand());
                redirect.addFlashAttribute("flash", "guidance.session.planned");
                return "redirect:/sessions/" + session.id();
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return planPage(form, model);
    }

    private String planPage(PlanForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("activities", charter.deliverable(true));
        String centre = centre();
        model.addAttribute(
                "operators",
                organisation.operators().stream()
                        .filter(o -> o.active() && o.centreCodes().contains(centre))
                        .toList());
        return "guidance/session-form";
    }

    @GetMapping("/sessions/{id}")
    String session(@PathVariable UUID id, Model model) {
        model.addAttribute("groupSession", sessions.session(id));
        return "guidance/session";
    }

    /** Enrols a person found by codice fiscale. */
    @PostMapping("/sessions/{id}/enrol")
    String enrol(
            @PathVariable UUID id,
            @RequestParam(required = false) String taxCode,
            @RequestParam(defaultValue = "false") boolean waitingList,
            RedirectAttributes redirect) {
        var person = taxCode == null || taxCode.isBlank()
                ? null
                : persons.findByTaxCode(taxCode).orElse(null);
        if (person == null) {
            redirect.addFlashAttribute(
                    "guidanceErrors",
                    List.of(Violation.of(
                            taxCode == null || taxCode.isBlank()
                                    ? "guidance.session.person.required"
                                    : "guidance.session.person.unknown",
                            "taxCode")));
            redirect.addFlashAttribute("taxCode", taxCode);
            return "redirect:/sessions/" + id;
        }
        try {
            var session = sessions.enrol(id, person.id(), waitingList);
            boolean waiting =
                    session.waiting().stream().anyMatch(p -> p.personId().equals(person.id()));
            redirect.addFlashAttribute("flash", waiting ? "guidance.session.waiting" : "guidance.session.enrolled");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("guidanceErrors", e.violations());
            redirect.addFlashAttribute("taxCode", taxCode);
            redirect.addFlashAttribute("offerWaitingList", isFull(e));
        }
        return "redirect:/sessions/" + id;
    }

    /** A person's sessions, and the centre's coming sessions to enrol them in. */
    @GetMapping("/persons/{id}/sessions")
    String personSessions(@PathVariable UUID id, Model model) {
        model.addAttribute("person", persons.view(id));
        model.addAttribute("mine", sessions.personSessions(id));
        LocalDate today = today();
        model.addAttribute(
                "coming",
                sessions.sessions(centre(), today, today.plusWeeks(8)).stream()
                        .filter(s -> s.status() == SessionView.Status.SCHEDULED)
                        .toList());
        return "guidance/person-sessions";
    }

    @PostMapping("/persons/{id}/sessions")
    String enrolPerson(
            @PathVariable UUID id,
            @RequestParam UUID sessionId,
            @RequestParam(defaultValue = "false") boolean waitingList,
            RedirectAttributes redirect) {
        try {
            var session = sessions.enrol(sessionId, id, waitingList);
            boolean waiting =
                    session.waiting().stream().anyMatch(p -> p.personId().equals(id));
            redirect.addFlashAttribute("flash", waiting ? "guidance.session.waiting" : "guidance.session.enrolled");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("guidanceErrors", e.violations());
        }
        return "redirect:/persons/" + id + "/sessions";
    }

    @PostMapping("/sessions/{id}/participants/{personId}/withdraw")
    String withdraw(
            @PathVariable UUID id,
            @PathVariable UUID personId,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            sessions.withdraw(id, personId, reason);
            redirect.addFlashAttribute("flash", "guidance.session.withdrawn");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("guidanceErrors", e.violations());
        } catch (NotFoundException e) {
            redirect.addFlashAttribute(
                    "guidanceErrors", List.of(Violation.of("guidance.session.not-participant", null)));
        }
        return "redirect:/sessions/" + id;
    }

    @PostMapping("/sessions/{id}/cancel")
    String cancel(
            @PathVariable UUID id,
            @RequestParam(required = false) String reason,
            @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            sessions.cancel(id, reason, version);
            redirect.addFlashAttribute("flash", "guidance.session.cancelled");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("guidanceErrors", e.violations());
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute(
                    "guidanceErrors", List.of(Violation.of("version.stale", null, e.currentVersion())));
        }
        return "redirect:/sessions/" + id;
    }

    @GetMapping("/sessions/{id}/hold")
    String holdPage(@PathVariable UUID id, Model model) {
        var session = sessions.session(id);
        var form = new HoldForm();
        var at = session.startsAt().atZone(Rome.ZONE);
        form.setDate(at.toLocalDate());
        form.setStart(at.toLocalTime());
        form.setEnd(at.toLocalTime().plusMinutes(session.minutes()));
        form.setVersion(session.version());
        session.enrolled().forEach(p -> form.getAttendance().put(p.personId().toString(), "PRESENT"));
        return holdPage(session, form, model);
    }

    @PostMapping("/sessions/{id}/hold")
    String hold(
            @PathVariable UUID id,
            @ModelAttribute("form") HoldForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                sessions.hold(id, form.toCommand(), form.getVersion());
                redirect.addFlashAttribute("flash", "guidance.session.held");
                return "redirect:/sessions/" + id;
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            } catch (StaleVersionException e) {
                result.reject("rule.version.stale", new Object[] {e.currentVersion()}, null);
                form.setVersion(e.currentVersion());
            }
        }
        return holdPage(sessions.session(id), form, model);
    }

    private String holdPage(SessionView session, HoldForm form, Model model) {
        model.addAttribute("groupSession", session);
        model.addAttribute("form", form);
        model.addAttribute("attendances", Attendance.values());
        return "guidance/session-hold";
    }

    private String centre() {
        return desk.centreCode();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Rome.ZONE));
    }

    private static boolean isFull(RuleViolationException e) {
        return e.violations().stream().anyMatch(v -> v.code().equals("guidance.session.full"));
    }
}
