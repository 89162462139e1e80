package it.orienta.portalsim;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The simulator's page for administrators (under /admin): the pre-registrations and the CVs the simulated portal
 * received, the person's confirmation as the person would give it (which sends the notice to Orienta), and the
 * failure mode.
 */
@Controller
@ConditionalOnExpression(PortalSimulator.ENABLED)
class SimulatorAdminController {

    private final PortalSimulator simulator;

    SimulatorAdminController(PortalSimulator simulator) {
        this.simulator = simulator;
    }

    @GetMapping("/admin/portal-simulator")
    String page(Model model) {
        model.addAttribute("persons", simulator.persons());
        model.addAttribute("cvs", simulator.cvs());
        model.addAttribute("failure", simulator.failure());
        model.addAttribute("modes", PortalSimulator.Mode.values());
        return "portalsim/admin";
    }

    @PostMapping("/admin/portal-simulator/persons/{taxCode}/confirm")
    String confirm(@PathVariable String taxCode, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "flash", simulator.confirm(taxCode) ? "portalsim.confirmed" : "portalsim.confirm.nothing");
        return "redirect:/admin/portal-simulator";
    }

    @PostMapping("/admin/portal-simulator/failure")
    String failure(
            @RequestParam(name = "mode", defaultValue = "NORMAL") PortalSimulator.Mode mode,
            @RequestParam(name = "reason", required = false) String reason,
            @RequestParam(name = "slowMillis", defaultValue = "0") long slowMillis,
            RedirectAttributes redirect) {
        simulator.failWith(
                mode,
                reason == null || reason.isBlank() ? null : reason.strip(),
                Math.min(Math.max(slowMillis, 0), 120_000));
        redirect.addFlashAttribute("flash", "portalsim.failure.saved");
        return "redirect:/admin/portal-simulator";
    }
}
