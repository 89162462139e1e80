package it.orienta.portalsim;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the administration page that the simulator is on, so that its card is shown only when the page it leads to
 * exists (not with an external database and the real portal).
 */
@ControllerAdvice(basePackages = "it.orienta.organisation")
@ConditionalOnExpression(PortalSimulator.ENABLED)
class SimulatorAdminCard {

    @ModelAttribute("portalSimulatorEnabled")
    boolean portalSimulatorEnabled() {
        return true;
    }
}
