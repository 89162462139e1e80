package it.orienta.interview;

import it.orienta.agreement.AgreementService;
import it.orienta.agreement.AgreementView;
import it.orienta.agreement.Commands.Scan;
import it.orienta.agreement.Commands.Sign;
import it.orienta.agreement.Measure;
import it.orienta.charter.ActivityView;
import it.orienta.charter.CharterService;
import it.orienta.guidance.GuidanceService;
import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.OperatorAccount;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.Forms;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The interview's pages: the interview (three phases, each saved on its own; with htmx only the saved section is
 * replaced, so what was typed elsewhere stays, and the index and the checklist follow), its basic-guidance meetings,
 * the plan items of the draft and the signature, whose refusal lists every item at once, each a link to where it is
 * put right. Who may read or change a person's agreement is the record-access policy's answer, asked by the
 * agreement's service (operators and coordinators of the centre that has the person in charge; a refusal is the 403
 * page with its reason).
 */
@Controller
class InterviewController {

    private final AgreementService agreements;
    private final InterviewService interviews;
    private final GuidanceService guidance;
    private final CharterService charter;
    private final PersonService persons;
    private final OrganisationService organisation;
    private final CurrentActor current;
    private final Clock clock;

    InterviewController(
            AgreementService agreements,
            InterviewService interviews,
            GuidanceService guidance,
            CharterService charter,
            PersonService persons,
            OrganisationService organisation,
            CurrentActor current,
            Clock clock) {
        this.agreements = agreements;
        this.interviews = interviews;
        this.guidance = guidance;
        this.charter = charter;
        this.persons = persons;
        this.organisation = organisation;
        this.current = current;
        this.clock = clock;
    }

    @ModelAttribute("activityLabels")
    Map<String, String> activityLabels(Locale locale) {
        return charter.activityLabels(locale);
    }

    // ---------------------------------------------------------------- the interview

    @GetMapping("/persons/{id}/agreement")
    String interview(@PathVariable UUID id, Model model) {
        var draft = agreements.draftView(id).orElse(null);
        if (draft != null) {
            model.addAttribute("phase1", Phase1Form.of(draft));
            model.addAttribute("phase2", Phase2Form.of(draft));
            model.addAttribute("phase3", Phase3Form.of(draft));
            var item = new ItemForm();
            item.setVersion(draft.version());
            model.addAttribute("item", item);
            model.addAttribute("end", new EndForm());
        }
        return interviewPage(id, draft, model);
    }

    private String interviewPage(UUID personId, AgreementView draft, Model model) {
        model.addAttribute("person", persons.view(personId));
        model.addAttribute("draft", draft);
        model.addAttribute("signed", agreements.signedOf(personId).orElse(null));
        model.addAttribute("versions", agreements.versions(personId));
        if (draft != null) {
            var meetings = interviews.meetings(draft.id());
            model.addAttribute("meetings", meetings);
            var running = meetings.stream().filter(m -> m.running()).findFirst().orElse(null);
            model.addAttribute("running", running);
            model.addAttribute("standard", running == null ? null : guidance.standardOf(running));
            model.addAttribute("guide", InterviewSteps.of(draft, !meetings.isEmpty(), running != null));
            for (var name : List.of("phase1", "phase2", "phase3", "item", "end")) {
                if (!model.containsAttribute(name)) {
                    model.addAttribute(
                            name,
                            switch (name) {
                                case "phase1" -> Phase1Form.of(draft);
                                case "phase2" -> Phase2Form.of(draft);
                                case "phase3" -> Phase3Form.of(draft);
                                case "item" -> itemForm(draft.version());
                                default -> new EndForm();
                            });
                }
            }
            model.addAttribute("operators", operators());
        }
        model.addAttribute("activities", services());
        model.addAttribute("measureServices", measureServices(locale(model)));
        model.addAttribute(
                "areas", java.util.stream.IntStream.rangeClosed(1, 10).boxed().toList());
        return "agreement/interview";
    }

    @PostMapping("/persons/{id}/agreement")
    String start(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            interviews.begin(id, true);
            redirect.addFlashAttribute("flash", "agreement.started");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("agreementErrors", e.violations());
        }
        return "redirect:/persons/" + id + "/agreement";
    }

    @PostMapping("/agreements/{id}/interview/start")
    String startInterview(@PathVariable UUID id, RedirectAttributes redirect) {
        var personId = agreements.personOf(id);
        try {
            interviews.start(id);
            redirect.addFlashAttribute("flash", "agreement.interview.started");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("agreementErrors", e.violations());
        }
        return "redirect:/persons/" + personId + "/agreement#interview";
    }

    @PostMapping("/agreements/{id}/interview/end")
    String endInterview(
            @PathVariable UUID id,
            @ModelAttribute("end") EndForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var personId = agreements.personOf(id);
        if (!result.hasErrors()) {
            try {
                interviews.end(
                        id,
                        new EndInterview(
                                form.getEnd() == null
                                        ? null
                                        : LocalDate.ofInstant(clock.instant(), it.orienta.system.Rome.ZONE)
                                                .atTime(form.getEnd()),
                                form.getDeviationReason()));
                redirect.addFlashAttribute("flash", "agreement.interview.ended");
                return "redirect:/persons/" + personId + "/agreement#interview";
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            } catch (StaleVersionException e) {
                result.reject("rule.version.stale", new Object[] {e.currentVersion()}, null);
            }
        }
        return interviewPage(personId, agreements.view(id), model);
    }

    @PostMapping("/agreements/{id}/phase1")
    String phase1(
            @PathVariable UUID id,
            @ModelAttribute("phase1") Phase1Form form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return save(id, result, model, redirect, "phase1", form::setVersion, () -> {
            agreements.savePhase1(id, form.toCommand(), form.getVersion());
        });
    }

    @PostMapping("/agreements/{id}/phase2")
    String phase2(
            @PathVariable UUID id,
            @ModelAttribute("phase2") Phase2Form form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return save(id, result, model, redirect, "phase2", form::setVersion, () -> {
            agreements.savePhase2(id, form.toCommand(), form.getVersion());
        });
    }

    @PostMapping("/agreements/{id}/phase3")
    String phase3(
            @PathVariable UUID id,
            @ModelAttribute("phase3") Phase3Form form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return save(id, result, model, redirect, "phase3", form::setVersion, () -> {
            agreements.savePhase3(id, form.toCommand(), form.getVersion());
        });
    }

    @PostMapping("/agreements/{id}/items")
    String addItem(
            @PathVariable UUID id,
            @ModelAttribute("item") ItemForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return save(id, result, model, redirect, "plan", form::setVersion, () -> {
            agreements.addItem(id, form.toCommand(), form.getVersion());
        });
    }

    @PostMapping("/agreements/{id}/items/{itemId}/delete")
    String removeItem(
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @ModelAttribute("item") ItemForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return save(id, result, model, redirect, "plan", form::setVersion, () -> {
            agreements.removeItem(id, itemId, form.getVersion());
        });
    }

    /**
     * Saves one section; on success back to the interview (Post/Redirect/Get; htmx follows and takes the
     * section), on a refusal the page again with the messages at the fields and what was typed.
     */
    private String save(
            UUID id,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            String section,
            java.util.function.LongConsumer version,
            Runnable action) {
        var personId = agreements.personOf(id);
        if (!result.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("saved", section);
                return "redirect:/persons/" + personId + "/agreement#" + section;
            } catch (RuleViolationException e) {
                if (signed(e)) {
                    return signedNeverChanges(e, personId, redirect);
                }
                Forms.reject(result, e);
            } catch (StaleVersionException e) {
                result.reject("rule.agreement.stale", new Object[] {e.currentVersion()}, null);
                version.accept(e.currentVersion());
                model.addAttribute("conflict", section);
            }
        }
        try {
            return interviewPage(personId, agreements.editableView(id), model);
        } catch (RuleViolationException e) {
            return signedNeverChanges(e, personId, redirect);
        }
    }

    private static boolean signed(RuleViolationException e) {
        return e.isConflict()
                && "agreement.signed.immutable".equals(e.violations().getFirst().code());
    }

    /** A signed version never changes: say so where the operator is, with the way to update it. */
    private static String signedNeverChanges(RuleViolationException e, UUID personId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("agreementErrors", e.violations());
        return "redirect:/persons/" + personId + "/agreement";
    }

    // ---------------------------------------------------------------- signature

    @GetMapping("/agreements/{id}/sign")
    String signPage(@PathVariable UUID id, Model model) {
        var agreement = agreements.open(id);
        var form = new SignForm();
        form.setVersion(agreement.version());
        form.setSignedOn(LocalDate.ofInstant(clock.instant(), it.orienta.system.Rome.ZONE));
        return signPage(agreement, form, model);
    }

    private String signPage(AgreementView agreement, SignForm form, Model model) {
        model.addAttribute("a", agreement);
        model.addAttribute("person", persons.view(agreement.personId()));
        model.addAttribute("form", form);
        model.addAttribute("maxScanMb", Scan.MAX_BYTES / (1024 * 1024));
        if (agreement.draft()) {
            var meetings = interviews.meetings(agreement.id());
            model.addAttribute(
                    "guide",
                    InterviewSteps.of(
                            agreement, !meetings.isEmpty(), meetings.stream().anyMatch(m -> m.running())));
        }
        return "agreement/sign";
    }

    @PostMapping("/agreements/{id}/sign")
    String sign(
            @PathVariable UUID id,
            @ModelAttribute("form") SignForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Scan scan = null;
                if (form.getScan() != null && !form.getScan().isEmpty()) {
                    scan = new Scan(
                            form.getScan().getOriginalFilename(), form.getScan().getBytes());
                }
                agreements.sign(id, new Sign(form.getSignedOn(), scan), form.getVersion());
                redirect.addFlashAttribute("flash", "agreement.signed");
                return "redirect:/agreements/" + id;
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
                // every item at once, each a link to where it is put right
                model.addAttribute(
                        "refusal",
                        e.violations().stream().map(InterviewSteps::place).toList());
            } catch (StaleVersionException e) {
                result.reject("rule.agreement.stale", new Object[] {e.currentVersion()}, null);
                form.setVersion(e.currentVersion());
            } catch (IOException e) {
                result.rejectValue("scan", "rule.agreement.scan.not-pdf");
            }
        }
        return signPage(agreements.view(id), form, model);
    }

    // ---------------------------------------------------------------- internals

    private ItemForm itemForm(long version) {
        var form = new ItemForm();
        form.setVersion(version);
        return form;
    }

    /** The charter's services a plan item of the centre may name: the individual and group ones in force. */
    private List<ActivityView> services() {
        return charter.activities().stream().filter(a -> !a.retired()).toList();
    }

    /** For each measure (R25), the charter's services that implement it, named in the user's language. */
    private Map<Measure, String> measureServices(Locale locale) {
        var map = new EnumMap<Measure, String>(Measure.class);
        for (var m : Measure.values()) {
            map.put(
                    m,
                    charter.activities().stream()
                            .filter(a -> !a.retired() && m.name().equals(a.measure()))
                            .map(a -> a.label(locale))
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
        return map;
    }

    private static Locale locale(Model model) {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }

    /** The active operators of the current centre, who may be the responsible operator (R10). */
    private List<OperatorAccount> operators() {
        String centre = current.actor().centreCode();
        return organisation.operators().stream()
                .filter(o -> o.active() && (centre == null || o.centreCodes().contains(centre)))
                .toList();
    }
}
