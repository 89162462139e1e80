package it.orienta.pathway;

import it.orienta.charter.ActivityView;
import it.orienta.charter.CharterService;
import it.orienta.guidance.AppointmentService;
import it.orienta.guidance.GuidanceService;
import it.orienta.organisation.CurrentActor;
import it.orienta.person.PersonService;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A person's guidance page: the pathway's stepper over the meetings, appointments and engagements that make it
 * (guidance's), with the way to start or record a meeting. Here, beside the pathway, because guidance does not know
 * the pathway (the pathway is derived from guidance).
 */
@Controller
class PathwayController {

    private final PathwayService pathways;
    private final GuidanceService guidance;
    private final AppointmentService appointments;
    private final CharterService charter;
    private final PersonService persons;
    private final CurrentActor current;

    PathwayController(
            PathwayService pathways,
            GuidanceService guidance,
            AppointmentService appointments,
            CharterService charter,
            PersonService persons,
            CurrentActor current) {
        this.pathways = pathways;
        this.guidance = guidance;
        this.appointments = appointments;
        this.charter = charter;
        this.persons = persons;
        this.current = current;
    }

    /** The label of every activity in the user's language, for tables. */
    @ModelAttribute("activityLabels")
    Map<String, String> activityLabels(Locale locale) {
        return charter.activityLabels(locale);
    }

    @GetMapping("/persons/{id}/guidance")
    String person(@PathVariable UUID id, Model model) {
        model.addAttribute("person", persons.view(id));
        // the meetings first: the page's one audited read is recorded as "the meetings"
        model.addAttribute("meetings", guidance.meetings(id));
        model.addAttribute("pathway", pathways.pathway(id));
        model.addAttribute(
                "running", guidance.running(current.actor().operatorId()).orElse(null));
        model.addAttribute("activities", charter.deliverable(false));
        model.addAttribute("appointments", appointments.appointments(id));
        model.addAttribute("engagements", guidance.engagements(id));
        var standards = new LinkedHashMap<String, ActivityView>();
        charter.activities().forEach(a -> standards.put(a.id(), a));
        model.addAttribute("standards", standards);
        return "guidance/person";
    }
}
