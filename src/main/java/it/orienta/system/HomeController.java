package it.orienta.system;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page, the login page, and the pages' answer to a missing record. */
@Controller
class HomeController {

    private final ObjectProvider<ClientRegistrationRepository> oidc;

    HomeController(ObjectProvider<ClientRegistrationRepository> oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/login")
    String login(Model model) {
        if (oidc.getIfAvailable() instanceof InMemoryClientRegistrationRepository registrations) {
            registrations
                    .iterator()
                    .forEachRemaining(
                            r -> model.addAttribute("oidcLogin", "/oauth2/authorization/" + r.getRegistrationId()));
        }
        return "login";
    }

    /** Pages answer a missing record with the error page (never the exception's text). */
    @ControllerAdvice(annotations = Controller.class)
    static class PageErrors {
        @ExceptionHandler(NotFoundException.class)
        String notFound(Model model, HttpServletResponse response) {
            response.setStatus(404);
            model.addAttribute("status", 404);
            return "error";
        }
    }
}
