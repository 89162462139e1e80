package it.orienta.organisation;

import it.orienta.system.Actor;
import it.orienta.system.ActorSupplier;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The operator behind the current request and the centre they work in: chosen after login in the pages (kept in
 * the session), given by the {@code X-Orienta-Centre} header in the API (their first centre when absent).
 */
@Component
public class CurrentActor implements ActorSupplier {

    static final String CENTRE_ATTRIBUTE = "orienta.centre";
    /** The centre fixed by {@link OrganisationService#runAs} for work done outside a user's request. */
    static final ThreadLocal<String> RUN_AS_CENTRE = new ThreadLocal<>();

    public static final String CENTRE_HEADER = "X-Orienta-Centre";

    /** The operator's account, when someone is logged in. */
    public Optional<OperatorAccount> account() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof OperatorPrincipal principal) {
            return Optional.of(principal.account());
        }
        return Optional.empty();
    }

    /** The centre the operator is working in now, if chosen. */
    public Optional<String> centreCode() {
        var account = account();
        if (account.isEmpty()) {
            return Optional.empty();
        }
        if (RUN_AS_CENTRE.get() != null) {
            return Optional.of(RUN_AS_CENTRE.get());
        }
        var request = request();
        if (request == null) {
            return account.get().centreCodes().stream().findFirst();
        }
        String header = request.getHeader(CENTRE_HEADER);
        if (header != null && !header.isBlank()) {
            return account.get().centreCodes().contains(header.strip())
                    ? Optional.of(header.strip())
                    : Optional.empty();
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CENTRE_ATTRIBUTE) instanceof String code) {
            return Optional.of(code);
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return account.get().centreCodes().stream().findFirst();
        }
        return Optional.empty();
    }

    /** Who is acting now, for events and the audit log; {@link Actor#SYSTEM} outside a request. */
    @Override
    public Actor actor() {
        return account()
                .map(a -> new Actor(
                        a.id(),
                        a.username(),
                        a.fullName(),
                        centreCode().orElse(null),
                        a.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","))))
                .orElse(Actor.SYSTEM);
    }

    public boolean has(Role role) {
        return account().map(a -> a.has(role)).orElse(false);
    }

    void chooseCentre(HttpSession session, String code) {
        session.setAttribute(CENTRE_ATTRIBUTE, code);
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
                ? attrs.getRequest()
                : null;
    }
}
