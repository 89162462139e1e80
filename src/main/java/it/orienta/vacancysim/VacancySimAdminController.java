package it.orienta.vacancysim;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The simulator's page for administrators (under /admin): the market's counts, "simulate a market day", and the
 * failure mode.
 */
@Controller
@ConditionalOnExpression(VacancySimulator.ENABLED)
class VacancySimAdminController {

    private final VacancySimulator simulator;

    VacancySimAdminController(VacancySimulator simulator) {
        this.simulator = simulator;
    }

    @GetMapping("/admin/vacancy-simulator")
    String page(Model model) {
        model.addAttribute("summary", simulator.summary());
        model.addAttribute("failure", simulator.failure());
        model.addAttribute("modes", VacancySimulator.Mode.values());
        model.addAttribute("requests", simulator.requests());
        return "vacancysim/admin";
    }

    @PostMapping("/admin/vacancy-simulator/day")
    String day(RedirectAttributes redirect) {
        var day = simulator.simulateDay();
        redirect.addFlashAttribute("day", day);
        return "redirect:/admin/vacancy-simulator";
    }

    @PostMapping("/admin/vacancy-simulator/failure")
    String failure(
            @RequestParam(name = "mode", defaultValue = "NORMAL") VacancySimulator.Mode mode,
            @RequestParam(name = "slowMillis", defaultValue = "0") long slowMillis,
            @RequestParam(name = "times", defaultValue = "0") int times,
            RedirectAttributes redirect) {
        simulator.failWith(mode, Math.min(Math.max(slowMillis, 0), 120_000), Math.min(Math.max(times, 0), 1000));
        redirect.addFlashAttribute("flash", "vacancysim.failure.saved");
        return "redirect:/admin/vacancy-simulator";
    }
}
