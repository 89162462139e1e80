package it.orienta.proposal;

import it.orienta.person.PersonService;
import it.orienta.proposal.ProposalTerms.Answer;
import it.orienta.proposal.ProposalTerms.CandidatureTo;
import it.orienta.proposal.ProposalTerms.Channel;
import it.orienta.proposal.ProposalTerms.Outcome;
import it.orienta.proposal.ProposalTerms.RefusalReason;
import it.orienta.proposal.ProposalTerms.WithdrawnBy;
import it.orienta.system.DuplicateException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.vacancy.Vacancies;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.web.Forms;
import java.util.UUID;
import java.util.function.Supplier;
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
 * The pages of proposals: the form the Opportunità pages open ({@code /proposals/new?vacancyId=&personId=}), a
 * person's proposals with the next step of each, the page of a step, a vacancy's proposals, and the requests between
 * centres with their answers. A refusal shows at its field and in the summary, and saves nothing.
 */
@Controller
class ProposalController {

    private final ProposalService proposals;
    private final ProposalRequests requests;
    private final PersonService persons;
    private final Vacancies vacancies;

    ProposalController(
            ProposalService proposals, ProposalRequests requests, PersonService persons, Vacancies vacancies) {
        this.proposals = proposals;
        this.requests = requests;
        this.persons = persons;
        this.vacancies = vacancies;
    }

    // ---------------------------------------------------------------- the proposal

    @GetMapping("/proposals/new")
    String form(@RequestParam UUID vacancyId, @RequestParam UUID personId, Model model) {
        var form = ProposalForm.on(proposals.today(), 0);
        form.setVacancyId(vacancyId);
        form.setPersonId(personId);
        form.setChannel(Channel.IN_PERSON);
        model.addAttribute("form", form);
        return newPage(vacancyId, personId, model);
    }

    @PostMapping("/proposals/new")
    String propose(
            @ModelAttribute("form") ProposalForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                var result = proposals.propose(form.propose());
                if (result.request() != null) {
                    redirect.addFlashAttribute("flash", "proposal.request.sent");
                    return "redirect:/proposals/requests";
                }
                redirect.addFlashAttribute("flash", "proposal.saved");
                return "redirect:/persons/" + form.getPersonId() + "/proposals";
            } catch (DuplicateException e) {
                model.addAttribute("existing", e.existingPath());
                Forms.reject(errors, e);
            } catch (RuleViolationException e) {
                Forms.reject(errors, e);
            }
        }
        return newPage(form.getVacancyId(), form.getPersonId(), model);
    }

    private String newPage(UUID vacancyId, UUID personId, Model model) {
        model.addAttribute("preview", proposals.preview(vacancyId, personId));
        model.addAttribute("channels", Channel.values());
        return "proposal/new";
    }

    // ---------------------------------------------------------------- a person's proposals and their steps

    @GetMapping("/persons/{id}/proposals")
    String person(@PathVariable UUID id, Model model) {
        model.addAttribute("list", proposals.ofPerson(id));
        model.addAttribute("person", persons.identity(id));
        return "proposal/person";
    }

    @GetMapping("/proposals/{id}/step")
    String step(@PathVariable UUID id, Model model) {
        var proposal = proposals.proposal(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ProposalForm.on(proposals.today(), proposal.version()));
        }
        return stepPage(proposal, model);
    }

    @PostMapping("/proposals/{id}/answer")
    String answer(
            @PathVariable UUID id,
            @ModelAttribute("form") ProposalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return move(
                id, form, errors, model, redirect, () -> proposals.answer(id, form.recordAnswer(), form.getVersion()));
    }

    @PostMapping("/proposals/{id}/candidature")
    String candidature(
            @PathVariable UUID id,
            @ModelAttribute("form") ProposalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return move(
                id,
                form,
                errors,
                model,
                redirect,
                () -> proposals.sendCandidature(id, form.sendCandidature(), form.getVersion()));
    }

    @PostMapping("/proposals/{id}/outcome")
    String outcome(
            @PathVariable UUID id,
            @ModelAttribute("form") ProposalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return move(
                id,
                form,
                errors,
                model,
                redirect,
                () -> proposals.recordOutcome(id, form.recordOutcome(), form.getVersion()));
    }

    private String move(
            UUID id,
            ProposalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            Supplier<ProposalView> action) {
        if (!errors.hasErrors()) {
            try {
                var saved = action.get();
                redirect.addFlashAttribute("flash", "proposal.step.saved");
                return "redirect:/persons/" + saved.personId() + "/proposals#proposal-" + id;
            } catch (StaleVersionException e) {
                model.addAttribute("stale", true);
                form.setVersion(e.currentVersion());
            } catch (RuleViolationException e) {
                Forms.reject(errors, e);
            }
        }
        return stepPage(proposals.proposal(id), model);
    }

    private String stepPage(ProposalView proposal, Model model) {
        model.addAttribute("proposal", proposal);
        model.addAttribute("answers", Answer.values());
        model.addAttribute("reasons", RefusalReason.values());
        model.addAttribute("targets", CandidatureTo.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("contracts", ContractType.values());
        model.addAttribute("withdrawers", WithdrawnBy.values());
        return "proposal/step";
    }

    // ---------------------------------------------------------------- a vacancy's proposals

    @GetMapping("/vacancies/{id}/proposals")
    String vacancy(@PathVariable UUID id, Model model) {
        model.addAttribute("list", proposals.ofVacancy(id));
        model.addAttribute("vacancy", vacancies.find(id).orElseThrow());
        return "proposal/vacancy";
    }

    // ---------------------------------------------------------------- requests between centres

    @GetMapping("/proposals/requests")
    String requests(Model model) {
        boolean caseWorker = proposals.ownCase(currentCentre());
        model.addAttribute("incoming", caseWorker ? requests.incoming(100) : java.util.List.of());
        model.addAttribute("outgoing", requests.outgoing(100));
        return "proposal/requests";
    }

    @GetMapping("/proposals/requests/{id}")
    String request(@PathVariable UUID id, Model model) {
        var request = requests.request(id);
        if (!model.containsAttribute("form")) {
            var form = ProposalForm.on(proposals.today(), request.version());
            form.setChannel(Channel.PHONE);
            model.addAttribute("form", form);
        }
        return requestPage(request, model);
    }

    @PostMapping("/proposals/requests/{id}/accept")
    String accept(
            @PathVariable UUID id,
            @ModelAttribute("form") ProposalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                var proposal = requests.accept(
                        id,
                        new ProposalCommands.AcceptRequest(form.getChannel(), form.getProposedOn()),
                        form.getVersion());
                redirect.addFlashAttribute("flash", "proposal.saved");
                return "redirect:/persons/" + proposal.personId() + "/proposals";
            } catch (StaleVersionException e) {
                model.addAttribute("stale", true);
                form.setVersion(e.currentVersion());
            } catch (RuleViolationException e) {
                Forms.reject(errors, e);
            }
        }
        return requestPage(requests.request(id), model);
    }

    @PostMapping("/proposals/requests/{id}/decline")
    String decline(
            @PathVariable UUID id,
            @ModelAttribute("form") ProposalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                requests.decline(id, new ProposalCommands.DeclineRequest(form.getDeclineReason()), form.getVersion());
                redirect.addFlashAttribute("flash", "proposal.request.declined");
                return "redirect:/proposals/requests";
            } catch (StaleVersionException e) {
                model.addAttribute("stale", true);
                form.setVersion(e.currentVersion());
            } catch (RuleViolationException e) {
                for (var v : e.violations()) { // the command's "reason" is the page's "declineReason"
                    errors.rejectValue("declineReason", v.messageKey(), v.args().toArray(), v.code());
                }
            }
        }
        return requestPage(requests.request(id), model);
    }

    private String requestPage(RequestView request, Model model) {
        model.addAttribute("request", request);
        model.addAttribute(
                "answerable",
                request.status() == ProposalTerms.RequestStatus.PENDING && proposals.ownCase(request.toCentre()));
        model.addAttribute("channels", Channel.values());
        return "proposal/request";
    }

    private String currentCentre() {
        return proposals.currentCentre();
    }
}
