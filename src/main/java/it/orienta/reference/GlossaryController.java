package it.orienta.reference;

import it.orienta.organisation.CurrentActor;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The professions glossary in pages: the options of the profession combobox (answered while the user types) and
 * the administrators' synonyms page.
 */
@Controller
class GlossaryController {

    static final int OPTIONS = 12;

    private final ProfessionGlossary glossary;
    private final CurrentActor current;

    GlossaryController(ProfessionGlossary glossary, CurrentActor current) {
        this.glossary = glossary;
        this.current = current;
    }

    /** The {@code <li role="option">}s of the listbox {@code list} for what was typed. */
    @GetMapping("/professions/options")
    String options(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "profession-listbox") String list,
            Model model) {
        model.addAttribute("matches", glossary.search(q, OPTIONS));
        model.addAttribute("list", list.replaceAll("[^A-Za-z0-9_-]", ""));
        model.addAttribute("q", q);
        return "reference/profession-options :: options";
    }

    @GetMapping("/admin/profession-synonyms")
    String synonyms(@RequestParam(required = false) String code, Model model) {
        return page(code, model);
    }

    @PostMapping("/admin/profession-synonyms")
    String add(
            @RequestParam(defaultValue = "") String profession,
            @RequestParam(defaultValue = "") String term,
            Model model,
            RedirectAttributes redirect) {
        String code = resolve(profession);
        try {
            var added = glossary.addSynonym(code, term, current.actor());
            redirect.addFlashAttribute("added", added);
            return "redirect:/admin/profession-synonyms";
        } catch (RuleViolationException e) {
            var form = new SynonymForm(profession, term);
            var errors = new BeanPropertyBindingResult(form, "synonym");
            for (var v : e.violations()) {
                String field = "professionCode".equals(v.field()) ? "profession" : v.field();
                errors.rejectValue(field, v.messageKey(), v.args().toArray(), v.code());
            }
            model.addAttribute("org.springframework.validation.BindingResult.synonym", errors);
            model.addAttribute("synonym", form);
            return page(null, model);
        }
    }

    @PostMapping("/admin/profession-synonyms/{id}/delete")
    String remove(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            glossary.removeSynonym(id, current.actor());
            redirect.addFlashAttribute("flash", "reference.synonym.removed");
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("flash", "reference.synonym.gone");
        }
        return "redirect:/admin/profession-synonyms";
    }

    private String page(String code, Model model) {
        if (!model.containsAttribute("synonym")) {
            model.addAttribute("synonym", new SynonymForm("", ""));
        }
        model.addAttribute("code", code == null ? "" : code);
        model.addAttribute("synonyms", glossary.synonyms(code));
        return "reference/synonyms";
    }

    /** The code a profession field holds: after "·" of a chosen entry, or as typed. */
    static String resolve(String input) {
        if (input == null) {
            return "";
        }
        int dot = input.lastIndexOf('·');
        return (dot >= 0 ? input.substring(dot + 1) : input).strip();
    }

    /** The add form, for binding errors at its fields. */
    public static class SynonymForm {
        private String profession;
        private String term;

        SynonymForm(String profession, String term) {
            this.profession = profession;
            this.term = term;
        }

        public String getProfession() {
            return profession;
        }

        public void setProfession(String profession) {
            this.profession = profession;
        }

        public String getTerm() {
            return term;
        }

        public void setTerm(String term) {
            this.term = term;
        }
    }
}
