package it.orienta.scouting;

import it.orienta.charter.CharterService;
import it.orienta.person.PersonService;
import it.orienta.system.RuleViolationException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The pages of scouting: a person's Opportunità (cards with the score as text and bar, reason and gap chips, each
 * gap linked to the charter activity that closes it, "Proponi"), and a vacancy's candidates (a fragment the vacancy
 * detail loads with htmx into its {@code #vacancy-candidates} slot; a page of its own without htmx). A person
 * without the matching consent or not in charge: the page says so and lists nothing.
 */
@Controller
class ScoutingController {

    private final OpportunityService opportunities;
    private final CandidateService candidates;
    private final PersonService persons;
    private final CharterService charter;
    private final MessageSource messages;

    ScoutingController(
            OpportunityService opportunities,
            CandidateService candidates,
            PersonService persons,
            CharterService charter,
            MessageSource messages) {
        this.opportunities = opportunities;
        this.candidates = candidates;
        this.persons = persons;
        this.charter = charter;
        this.messages = messages;
    }

    /** A vacancy's card: the vacancy, its score and its chips in the page's language. */
    record Card(Opportunities.Opportunity item, List<Chip> reasons, List<Chip> gaps) {}

    /** A candidate's row with its chips in the page's language. */
    record CandidateRow(VacancyCandidates.Row row, List<Chip> reasons, List<Chip> gaps) {}

    @GetMapping("/persons/{id}/opportunities")
    String opportunities(@PathVariable UUID id, Model model, Locale locale) {
        model.addAttribute("person", persons.open(id, "matching"));
        try {
            var found = opportunities.forPerson(id);
            model.addAttribute("result", found);
            model.addAttribute(
                    "cards",
                    found.items().stream()
                            .map(o -> new Card(
                                    o,
                                    Chip.of(o.explanation().reasons(), messages, locale),
                                    Chip.of(o.explanation().gaps(), messages, locale)))
                            .toList());
        } catch (RuleViolationException e) {
            model.addAttribute("refusal", "rule." + e.code());
            model.addAttribute("cards", List.of());
        }
        model.addAttribute("activities", charter.activityLabels(locale));
        return "scouting/opportunities";
    }

    @GetMapping("/vacancies/{id}/candidates")
    String candidates(
            @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            Locale locale) {
        var found = candidates.forVacancy(id, CandidateService.PAGE_LIMIT);
        model.addAttribute("found", found);
        model.addAttribute("vacancy", found.vacancy());
        model.addAttribute(
                "rows",
                found.rows().stream()
                        .map(r -> new CandidateRow(
                                r,
                                Chip.of(r.candidate().explanation().reasons(), messages, locale),
                                Chip.of(r.candidate().explanation().gaps(), messages, locale)))
                        .toList());
        model.addAttribute("activities", charter.activityLabels(locale));
        return htmx != null ? "scouting/candidates :: list" : "scouting/candidates";
    }
}
