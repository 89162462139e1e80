package it.orienta.intake;

import it.orienta.organisation.CurrentActor;
import it.orienta.person.PersonService;
import it.orienta.system.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The privacy notice's versions (administrators) and the coordinator's list of persons in charge at the centre. */
@Controller
class IntakeAdminController {

    static final int PAGE = 50;

    private final IntakeService intakes;
    private final PersonService persons;
    private final CurrentActor current;

    IntakeAdminController(IntakeService intakes, PersonService persons, CurrentActor current) {
        this.intakes = intakes;
        this.persons = persons;
        this.current = current;
    }

    @GetMapping("/admin/notices")
    String notices(Model model) {
        model.addAttribute("notices", intakes.notices());
        var currentNotice = intakes.currentNotice();
        model.addAttribute("title", currentNotice.map(PrivacyNoticeView::title).orElse(""));
        model.addAttribute("body", currentNotice.map(PrivacyNoticeView::body).orElse(""));
        return "intake/notices";
    }

    @PostMapping("/admin/notices")
    String publish(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String body,
            Model model,
            RedirectAttributes redirect) {
        try {
            intakes.publishNotice(title, body);
            redirect.addFlashAttribute("flash", "admin.notices.published");
            return "redirect:/admin/notices";
        } catch (RuleViolationException e) {
            model.addAttribute("violations", e.violations());
            model.addAttribute("notices", intakes.notices());
            model.addAttribute("title", title);
            model.addAttribute("body", body);
            return "intake/notices";
        }
    }

    @GetMapping("/centre/intakes")
    @PreAuthorize("hasRole('COORDINATOR')")
    String inCharge(@RequestParam(defaultValue = "0") int page, Model model) {
        String centre = current.centreCode().orElse("-");
        var rows = intakes.currentAt(centre, page, PAGE);
        boolean more = rows.size() > PAGE;
        var shown = more ? rows.subList(0, PAGE) : rows;
        model.addAttribute("intakes", shown);
        model.addAttribute(
                "persons",
                persons.summaries(shown.stream().map(IntakeView::personId).toList()));
        model.addAttribute(
                "consents",
                intakes.currentMatchingConsents(
                        shown.stream().map(IntakeView::personId).toList()));
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("hasMore", more);
        return "intake/in-charge";
    }
}
