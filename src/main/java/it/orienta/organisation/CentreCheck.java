package it.orienta.organisation;

import it.orienta.system.CaseAccessDeniedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The centre an operator works in must be one of theirs: a {@code X-Orienta-Centre} header naming another centre is
 * refused (403 {@code access.centre-not-yours}) before any controller runs, instead of acting with no centre; a
 * centre of the day kept in the session that the operator no longer has is forgotten.
 */
@Configuration
class CentreCheck implements WebMvcConfigurer, HandlerInterceptor {

    private final CurrentActor current;

    CentreCheck(CurrentActor current) {
        this.current = current;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var account = current.account();
        if (account.isEmpty()) {
            return true;
        }
        String header = request.getHeader(CurrentActor.CENTRE_HEADER);
        if (header != null && !header.isBlank() && !account.get().centreCodes().contains(header.strip())) {
            throw new CaseAccessDeniedException("access.centre-not-yours", null, null);
        }
        var session = request.getSession(false);
        if (session != null
                && session.getAttribute(CurrentActor.CENTRE_ATTRIBUTE) instanceof String code
                && !account.get().centreCodes().contains(code)) {
            session.removeAttribute(CurrentActor.CENTRE_ATTRIBUTE);
        }
        return true;
    }
}
