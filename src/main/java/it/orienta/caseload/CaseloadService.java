package it.orienta.caseload;

import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.OperatorAccount;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.system.CaseAccess;
import it.orienta.system.CaseAccessDeniedException;
import it.orienta.system.Rome;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseload: "le mie persone" of the operator (the coordinator: the whole centre, by operator, the unassigned) and
 * the coordinator's assignment of persons to an operator of the centre, with a reason kept in the history.
 */
@Service
public class CaseloadService {

    private final Assignments assignments;
    private final CaseloadReads reads;
    private final CaseAccess access;
    private final CurrentActor current;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseloadService(
            Assignments assignments,
            CaseloadReads reads,
            CaseAccess access,
            CurrentActor current,
            OrganisationService organisation,
            ApplicationEventPublisher events,
            Clock clock) {
        this.assignments = assignments;
        this.reads = reads;
        this.access = access;
        this.current = current;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /** An operator who may be responsible for persons of the centre, for the filter and the assign form. */
    public record OperatorChoice(UUID id, String name) {}

    /**
     * A page of the list at the centre of the day. An operator sees only their own persons, whatever the filter
     * asks; a coordinator the whole centre, one operator's persons or the unassigned. Persons assigned to somebody
     * who left the centre show as unassigned (operator null).
     */
    @Transactional(readOnly = true)
    public CaseloadPage list(CaseloadFilter filter) {
        String centre = centre();
        boolean coordinator = current.has(Role.COORDINATOR);
        UUID operator = coordinator ? filter.operatorId() : me();
        boolean unassigned = coordinator && filter.unassigned();
        var responsible = responsible(centre).keySet();
        var now = clock.instant();
        var today = now.atZone(Rome.ZONE).toLocalDate();
        var weekEnd = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .atStartOfDay(Rome.ZONE)
                .toInstant();
        var page = reads.page(centre, operator, unassigned, responsible, filter, today, now, weekEnd);
        var rows = page.rows().stream()
                .map(r -> r.operatorId() == null || responsible.contains(r.operatorId())
                        ? r
                        : new CaseloadRow(
                                r.personId(),
                                r.lastName(),
                                r.firstName(),
                                r.taxCode(),
                                r.intakeDate(),
                                null,
                                null,
                                r.stage(),
                                r.nextAppointment(),
                                r.overdueItems(),
                                r.cvState(),
                                r.cvObsoleteFrom(),
                                r.version()))
                .toList();
        return new CaseloadPage(rows, page.page(), page.size(), page.hasMore());
    }

    /** The operators of the centre of the day who may be responsible for persons, by name. */
    @Transactional(readOnly = true)
    public List<OperatorChoice> operators() {
        return responsible(centre()).values().stream()
                .sorted(Comparator.comparing(OperatorChoice::name))
                .toList();
    }

    /** Whether the current user may assign persons (a coordinator of the centre of the day). */
    public boolean mayAssign() {
        return current.has(Role.COORDINATOR);
    }

    /**
     * Makes an operator of the centre responsible for these persons (coordinators), each named with the version of
     * its assignment the coordinator saw: a change meanwhile is refused as stale (409) and nothing is saved. A person
     * already with that operator is left as is. Each change is kept in the history and published as {@link
     * CaseloadEvents.PersonAssigned}.
     *
     * @param persons the persons with the version of their assignment
     * @return how many persons changed operator
     */
    @Transactional
    public int assign(Map<UUID, Long> persons, UUID operatorId, String reason) {
        String centre = centre();
        if (!current.has(Role.COORDINATOR)) {
            throw new CaseAccessDeniedException("access.role", null, null);
        }
        var responsible = responsible(centre);
        var violations = AssignmentRules.check(
                persons == null ? List.of() : persons.keySet(), operatorId, reason, responsible.keySet());
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        var locked = assignments.lock(persons.keySet()).stream()
                .collect(Collectors.toMap(Assignments.Current::personId, c -> c));
        for (var entry : persons.entrySet()) {
            var row = locked.get(entry.getKey());
            if (row == null || !row.centreCode().equals(centre)) {
                throw RuleViolationException.of(
                        List.of(Violation.of("caseload.person.not-in-charge", "persons", entry.getKey())));
            }
            if (entry.getValue() != null && row.version() != entry.getValue()) {
                throw new StaleVersionException(row.version(), row);
            }
        }
        var to = responsible.get(operatorId);
        var actor = current.actor();
        var now = clock.instant();
        String text = reason.strip();
        int changed = 0;
        for (var personId : persons.keySet()) {
            var row = locked.get(personId);
            if (operatorId.equals(row.operatorId())) {
                continue;
            }
            access.write(personId);
            assignments.assign(personId, to.id(), to.name(), now);
            assignments.record(
                    personId,
                    centre,
                    AssignmentChange.Kind.ASSIGN,
                    row.operatorId(),
                    row.operatorName(),
                    to.id(),
                    to.name(),
                    text,
                    now,
                    actor);
            events.publishEvent(new CaseloadEvents.PersonAssigned(
                    UUID.randomUUID(),
                    actor,
                    now,
                    personId,
                    centre,
                    row.operatorId(),
                    row.operatorName(),
                    to.id(),
                    to.name(),
                    text));
            changed++;
        }
        return changed;
    }

    /** Who was responsible for the person and when it changed, newest first (a read of the case, audited). */
    @Transactional(readOnly = true)
    public List<AssignmentChange> history(UUID personId) {
        access.read(personId, "caseload");
        return assignments.history(personId);
    }

    private String centre() {
        var centre =
                current.centreCode().orElseThrow(() -> new CaseAccessDeniedException("access.no-centre", null, null));
        access.centre(centre);
        return centre;
    }

    private UUID me() {
        return current.account().map(OperatorAccount::id).orElse(null);
    }

    private Map<UUID, OperatorChoice> responsible(String centre) {
        var result = new LinkedHashMap<UUID, OperatorChoice>();
        for (var account : organisation.operators()) {
            if (AssignmentRules.mayBeResponsible(account, centre)) {
                result.put(account.id(), new OperatorChoice(account.id(), account.fullName()));
            }
        }
        return result;
    }
}
