package it.orienta.access;

import it.orienta.intake.Charges;
import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.system.AuditTrail;
import it.orienta.system.CaseAccess;
import it.orienta.system.CaseAccessDeniedException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The record-access policy (ADR 0017): the case belongs to the centre of the person's latest intake (the current
 * one when there is one, as intake's {@link Charges} tells), or is read under an exceptional access of this module. Decisions and audited reads are
 * remembered for the request, so a page that composes ten parts of one case asks the database once and writes one
 * audit entry.
 */
@Component
class CaseAccessPolicy implements CaseAccess {

    private static final String DECISIONS = CaseAccessPolicy.class.getName() + ".decisions";
    private static final String AUDITED = CaseAccessPolicy.class.getName() + ".audited";

    private final JdbcClient jdbc;
    private final CurrentActor current;
    private final OrganisationService organisation;
    private final AuditTrail audit;
    private final Clock clock;
    private final Charges charges;

    CaseAccessPolicy(
            JdbcClient jdbc,
            CurrentActor current,
            OrganisationService organisation,
            AuditTrail audit,
            Clock clock,
            Charges charges) {
        this.charges = charges;
        this.jdbc = jdbc;
        this.current = current;
        this.organisation = organisation;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void read(UUID personId, String what) {
        var decision = decide(personId);
        decision.requireRead(personId);
        if (decision.operatorId() == null) {
            return; // the application itself: scheduled work and start-up tasks are not reads by a person
        }
        if (RequestContextHolder.getRequestAttributes() == null || alreadyAudited(personId)) {
            return; // outside a request (start-up tasks run as an operator) nobody is looking at the case
        }
        audit.recordNow(new CaseRead(
                UUID.randomUUID(), current.actor(), Instant.now(clock), personId, what, decision.exceptionalReason()));
    }

    @Override
    public void write(UUID personId) {
        decide(personId).requireWrite(personId);
    }

    @Override
    public void export(UUID personId) {
        decide(personId).requireWrite(personId);
        alreadyAudited(personId); // the caller's EXPORT event is the request's one entry: no READ beside it
    }

    @Override
    public boolean mayRead(UUID personId) {
        return decide(personId).readable();
    }

    @Override
    public void centre(String centreCode) {
        var account = current.account();
        if (account.isEmpty()) {
            return;
        }
        if (!current.has(Role.OPERATOR) && !current.has(Role.COORDINATOR)) {
            throw new CaseAccessDeniedException("access.role", null, null);
        }
        var centre = current.centreCode();
        if (centre.isEmpty()) {
            throw new CaseAccessDeniedException("access.no-centre", null, null);
        }
        if (!centre.get().equals(centreCode)) {
            throw new CaseAccessDeniedException(
                    "access.other-centre",
                    null,
                    organisation.centre(centreCode).map(c -> c.label()).orElse(centreCode));
        }
    }

    /**
     * The current user may work on cases at all (an operator or a coordinator; the application itself too), or
     * {@code access.role}: for what does not depend on who has the person in charge (taking in charge, asking for an
     * exceptional access).
     */
    @Override
    public void caseWorker() {
        if (current.account().isPresent() && !current.has(Role.OPERATOR) && !current.has(Role.COORDINATOR)) {
            throw new CaseAccessDeniedException("access.role", null, null);
        }
    }

    /** Whether this request has already recorded its one entry about the person; marks it recorded. */
    private static boolean alreadyAudited(UUID personId) {
        var request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return false;
        }
        @SuppressWarnings("unchecked")
        var audited = (Set<UUID>) request.getAttribute(AUDITED, RequestAttributes.SCOPE_REQUEST);
        if (audited == null) {
            audited = new HashSet<>();
            request.setAttribute(AUDITED, audited, RequestAttributes.SCOPE_REQUEST);
        }
        return !audited.add(personId);
    }

    @Override
    public void chargeChanged(UUID personId) {
        decisions().ifPresent(d -> d.remove(personId));
    }

    private Decision decide(UUID personId) {
        var cache = decisions();
        if (cache.isPresent() && cache.get().get(personId) instanceof Decision known) {
            return known;
        }
        var decision = evaluate(personId);
        cache.ifPresent(d -> d.put(personId, decision));
        return decision;
    }

    private Decision evaluate(UUID personId) {
        var account = current.account();
        if (account.isEmpty()) {
            return Decision.SYSTEM;
        }
        var operatorId = account.get().id();
        if (!current.has(Role.OPERATOR) && !current.has(Role.COORDINATOR)) {
            return Decision.denied(operatorId, "access.role", null);
        }
        var centre = current.centreCode();
        if (centre.isEmpty()) {
            return Decision.denied(operatorId, "access.no-centre", null);
        }
        var owner = charges.ownerCentre(personId);
        if (owner.isEmpty() || owner.get().equals(centre.get())) {
            return new Decision(operatorId, true, true, null, null);
        }
        var ownerName = organisation.centre(owner.get()).map(c -> c.label()).orElse(owner.get());
        var grant = jdbc.sql("select reason || ': ' || reason_text from exceptional_access "
                        + "where person_id = ? and operator_id = ? and centre_code = ? and expires_at > ? "
                        + "order by expires_at desc limit 1")
                .param(personId)
                .param(operatorId)
                .param(centre.get())
                .param(Timestamp.from(Instant.now(clock)))
                .query(String.class)
                .optional();
        return grant.map(reason -> new Decision(operatorId, true, false, reason, ownerName))
                .orElseGet(() -> Decision.denied(operatorId, "access.other-centre", ownerName));
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<UUID, Decision>> decisions() {
        var request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return Optional.empty();
        }
        var map = (Map<UUID, Decision>) request.getAttribute(DECISIONS, RequestAttributes.SCOPE_REQUEST);
        if (map == null) {
            map = new HashMap<>();
            request.setAttribute(DECISIONS, map, RequestAttributes.SCOPE_REQUEST);
        }
        return Optional.of(map);
    }

    /**
     * What the current user may do with one person's case.
     *
     * @param exceptionalReason the reason of the exceptional access that allows the read, or {@code null}
     * @param refusal the code of the refusal when nothing is allowed
     */
    private record Decision(
            UUID operatorId,
            boolean readable,
            boolean writable,
            String exceptionalReason,
            String ownerCentre,
            String refusal) {

        static final Decision SYSTEM = new Decision(null, true, true, null, null, null);

        Decision(UUID operatorId, boolean readable, boolean writable, String exceptionalReason, String ownerCentre) {
            this(operatorId, readable, writable, exceptionalReason, ownerCentre, "access.other-centre");
        }

        static Decision denied(UUID operatorId, String code, String ownerCentre) {
            return new Decision(operatorId, false, false, null, ownerCentre, code);
        }

        void requireRead(UUID personId) {
            if (!readable) {
                throw new CaseAccessDeniedException(refusal, personId, ownerCentre);
            }
        }

        void requireWrite(UUID personId) {
            if (!writable) {
                throw new CaseAccessDeniedException(refusal, personId, ownerCentre);
            }
        }
    }
}
