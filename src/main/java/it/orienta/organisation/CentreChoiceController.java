package it.orienta.organisation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An operator works in one centre at a time: with one centre it is chosen for them, with several they choose it
 * after login (and can change it from the header).
 */
@Controller
class CentreChoiceController {

    private final CurrentActor current;
    private final OrganisationService organisation;

    CentreChoiceController(CurrentActor current, OrganisationService organisation) {
        this.current = current;
        this.organisation = organisation;
    }

    @GetMapping("/centre")
    String choose(Model model) {
        var account = current.account().orElseThrow();
        model.addAttribute("centres", centresOf(account));
        model.addAttribute("chosen", current.centreCode().orElse(null));
        return "organisation/centre-choice";
    }

    /**
     * The operator starts working in another centre: a new session id, so that an id seen before the change (in a
     * log, a shared screen) no longer carries the new centre's rights.
     */
    @PostMapping("/centre")
    String chosen(
            @RequestParam(name = "centre", required = false) String code, HttpServletRequest request, Model model) {
        var account = current.account().orElseThrow();
        if (code == null || !account.centreCodes().contains(code)) {
            model.addAttribute("centres", centresOf(account));
            model.addAttribute("error", true);
            return "organisation/centre-choice";
        }
        var session = request.getSession();
        current.chooseCentre(session, code);
        request.changeSessionId();
        return "redirect:/";
    }

    private List<CentreView> centresOf(OperatorAccount account) {
        return account.centreCodes().stream()
                .flatMap(code -> organisation.centre(code).stream())
                .toList();
    }

    /** Sends a logged-in operator without a chosen centre to the choice (or picks their only centre). */
    @Configuration(proxyBeanMethods = false)
    static class CentreChoiceInterceptor implements WebMvcConfigurer, HandlerInterceptor {
        private final CurrentActor current;
        private final OrganisationService organisation;

        CentreChoiceInterceptor(CurrentActor current, OrganisationService organisation) {
            this.current = current;
            this.organisation = organisation;
        }

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(this)
                    .excludePathPatterns(
                            "/login",
                            "/logout",
                            "/error",
                            "/api/**",
                            "/webjars/**",
                            "/css/**",
                            "/js/**",
                            "/img/**",
                            "/v3/api-docs/**",
                            "/swagger-ui/**",
                            "/actuator/**");
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws Exception {
            var account = current.account();
            if (account.isEmpty()
                    || request.getRequestURI().equals(request.getContextPath() + "/centre")
                    || account.get().centreCodes().isEmpty()
                    || current.centreCode().isPresent()) {
                return true;
            }
            if (account.get().centreCodes().size() == 1) {
                current.chooseCentre(
                        request.getSession(), account.get().centreCodes().getFirst());
                return true;
            }
            if ("true".equals(request.getHeader("HX-Request"))) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/centre");
                return false;
            }
            response.sendRedirect(request.getContextPath() + "/centre");
            return false;
        }

        /** Puts the operator and their centre in every page's model, for the header. */
        @Override
        public void postHandle(
                HttpServletRequest request,
                HttpServletResponse response,
                Object handler,
                org.springframework.web.servlet.ModelAndView page) {
            if (page == null
                    || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
                return;
            }
            page.addObject("currentOperator", current.account().orElse(null));
            page.addObject(
                    "currentCentre",
                    current.centreCode().flatMap(organisation::centre).orElse(null));
        }
    }
}
