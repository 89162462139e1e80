package it.orienta.organisation;

import it.orienta.system.CaseAccessDeniedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The centre an operator works in must be one of theirs: a {@code X-Orienta-Centre} header naming another centre is
 * refused (403 {@code access.centre-not-yours}) before any controller runs, instead of acting with no centre; a
 * centre of the day kept in the session that the operator no longer has is forgotten.
 *
 * <p>A session whose account was deactivated, locked, or given other roles or centres since login ends at its next
 * request ({@link AccountCheck}): the session is invalidated and the request refused — 401 for the API, the login
 * page for the pages — so that an administrator's decision takes effect at once, not at the next login.
 */
@Configuration
class CentreCheck implements WebMvcConfigurer, HandlerInterceptor {

    private final CurrentActor current;
    private final ObjectProvider<AccountCheck> accounts;

    CentreCheck(CurrentActor current, ObjectProvider<AccountCheck> accounts) {
        this.current = current;
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // before the centre choice: a session that has ended is sent to the login page, not to the choice
        registry.addInterceptor(this).order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        var account = current.account();
        if (account.isEmpty()) {
            return true;
        }
        var check = accounts.getIfAvailable(); // absent in controller slices, which have no database
        var existing = request.getSession(false);
        if (existing != null && check != null && !check.stillValid(account.get())) {
            existing.invalidate();
            SecurityContextHolder.clearContext();
            refuse(request, response);
            return false;
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

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getContextPath() + "/login?expired";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", login);
        } else {
            response.sendRedirect(login);
        }
    }
}
