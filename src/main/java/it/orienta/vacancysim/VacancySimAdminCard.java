package it.orienta.vacancysim;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the administration page that the simulator is on, so that its card is shown only when the page it leads to
 * exists (not with an external database and the real regional system).
 */
@ControllerAdvice(basePackages = "it.orienta.organisation")
@ConditionalOnExpression(VacancySimulator.ENABLED)
class VacancySimAdminCard {

    @ModelAttribute("vacancySimulatorEnabled")
    boolean vacancySimulatorEnabled() {
        return true;
    }
}
