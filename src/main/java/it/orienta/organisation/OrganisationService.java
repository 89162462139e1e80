package it.orienta.organisation;

import it.orienta.system.AuditAction;
import it.orienta.system.DataChanged;
import it.orienta.system.DuplicateException;
import it.orienta.system.NotFoundException;
import it.orienta.system.StaleVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Centres and operators: look-ups for every module, management for administrators. */
@Service
public class OrganisationService {

    private final CentreRepository centres;
    private final OperatorRepository operators;
    private final PasswordEncoder passwords;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    OrganisationService(
            CentreRepository centres,
            OperatorRepository operators,
            PasswordEncoder passwords,
            CurrentActor current,
            ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.clock = clock;
        this.centres = centres;
        this.operators = operators;
        this.passwords = passwords;
        this.current = current;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<CentreView> centres() {
        return centres.findAllByOrderByProvinceAscNameAsc().stream()
                .map(Centre::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<CentreView> centre(String code) {
        return centres.findByCode(code).map(Centre::view);
    }

    @Transactional(readOnly = true)
    public CentreView centre(UUID id) {
        return centres.findById(id).map(Centre::view).orElseThrow(() -> new NotFoundException("Centre", id));
    }

    @Transactional
    public CentreView createCentre(CentreCommand command) {
        centres.findByCode(command.code()).ifPresent(existing -> {
            throw new DuplicateException(
                    "centre.code.duplicate", "code", "/admin/centres/" + existing.id(), command.code());
        });
        var centre = centres.save(new Centre(command.code(), command.name(), command.province(), command.address()));
        events.publishEvent(DataChanged.of(
                clock.instant(),
                current.actor(),
                AuditAction.CREATE,
                "Centre",
                centre.id(),
                List.of("code", "name", "province", "address")));
        return centre.view();
    }

    @Transactional
    public CentreView updateCentre(UUID id, long expectedVersion, CentreCommand command) {
        var centre = centres.findById(id).orElseThrow(() -> new NotFoundException("Centre", id));
        if (centre.version() != expectedVersion) {
            throw new StaleVersionException(centre.version(), centre.view());
        }
        var before = centre.view();
        centre.update(command.name(), command.province(), command.address(), command.active());
        var fields = new ArrayList<String>();
        if (!before.name().equals(command.name())) fields.add("name");
        if (!before.province().equals(command.province())) fields.add("province");
        if (!before.address().equals(command.address())) fields.add("address");
        if (before.active() != command.active()) fields.add("active");
        centres.flush();
        events.publishEvent(DataChanged.of(clock.instant(), current.actor(), AuditAction.UPDATE, "Centre", id, fields));
        return centre.view();
    }

    @Transactional(readOnly = true)
    public List<OperatorAccount> operators() {
        return operators.findAllByOrderByFullNameAsc().stream()
                .map(Operator::account)
                .toList();
    }

    @Transactional(readOnly = true)
    public OperatorAccount operator(UUID id) {
        return operators.findById(id).map(Operator::account).orElseThrow(() -> new NotFoundException("Operator", id));
    }

    @Transactional(readOnly = true)
    public Optional<OperatorAccount> operatorByUsername(String username) {
        return operators.findByUsernameIgnoreCase(username).map(Operator::account);
    }

    @Transactional
    public OperatorAccount createOperator(OperatorCommand command, String rawPassword) {
        operators.findByUsernameIgnoreCase(command.username()).ifPresent(existing -> {
            throw new DuplicateException(
                    "operator.username.duplicate",
                    "username",
                    "/admin/operators/" + existing.account().id(),
                    command.username());
        });
        checkCentresExist(command.centreCodes());
        var operator = new Operator(
                command.username().toLowerCase(java.util.Locale.ROOT),
                command.fullName(),
                command.email(),
                rawPassword == null || rawPassword.isBlank() ? null : passwords.encode(rawPassword));
        operator.update(command.fullName(), command.email(), command.roles(), command.centreCodes(), true);
        operators.save(operator);
        events.publishEvent(DataChanged.of(
                clock.instant(),
                current.actor(),
                AuditAction.CREATE,
                "Operator",
                operator.account().id(),
                List.of("username", "fullName", "email", "roles", "centres")));
        return operator.account();
    }

    @Transactional
    public OperatorAccount updateOperator(UUID id, long expectedVersion, OperatorCommand command, String newPassword) {
        var operator = operators.findById(id).orElseThrow(() -> new NotFoundException("Operator", id));
        if (operator.version() != expectedVersion) {
            throw new StaleVersionException(operator.version(), operator.account());
        }
        checkCentresExist(command.centreCodes());
        var before = operator.account();
        operator.update(command.fullName(), command.email(), command.roles(), command.centreCodes(), command.active());
        var fields = new ArrayList<String>();
        if (!Objects.equals(before.fullName(), command.fullName())) fields.add("fullName");
        if (!Objects.equals(before.email(), command.email())) fields.add("email");
        if (!before.roles().equals(command.roles())) fields.add("roles");
        if (!Set.copyOf(before.centreCodes()).equals(command.centreCodes())) fields.add("centres");
        if (before.active() != command.active()) fields.add("active");
        if (newPassword != null && !newPassword.isBlank()) {
            operator.changePassword(passwords.encode(newPassword));
            fields.add("password");
        }
        operators.flush();
        events.publishEvent(
                DataChanged.of(clock.instant(), current.actor(), AuditAction.UPDATE, "Operator", id, fields));
        return operator.account();
    }

    /**
     * Runs work as the named operator in their first centre, outside any request: demo data, data generators and
     * other start-up tasks that must be recorded under a real operator.
     */
    public <T> T runAs(String username, java.util.function.Supplier<T> work) {
        var operator = operators
                .findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new NotFoundException("Operator", username));
        var principal = new OperatorPrincipal(operator.account(), null, false, null);
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, principal.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        String previousCentre = CurrentActor.RUN_AS_CENTRE.get();
        CurrentActor.RUN_AS_CENTRE.set(
                operator.account().centreCodes().stream().findFirst().orElse(null));
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
            if (previousCentre == null) {
                CurrentActor.RUN_AS_CENTRE.remove();
            } else {
                CurrentActor.RUN_AS_CENTRE.set(previousCentre);
            }
        }
    }

    private void checkCentresExist(Set<String> codes) {
        for (String code : codes) {
            if (centres.findByCode(code).isEmpty()) {
                throw new it.orienta.system.RuleViolationException("operator.centre.unknown", "centreCodes", code);
            }
        }
    }

    /** What an administrator enters for a centre. */
    public record CentreCommand(String code, String name, String province, String address, boolean active) {}

    /** What an administrator enters for an operator. */
    public record OperatorCommand(
            String username, String fullName, String email, Set<Role> roles, Set<String> centreCodes, boolean active) {}
}
