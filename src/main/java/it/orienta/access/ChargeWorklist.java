package it.orienta.access;

import it.orienta.home.WorklistItem;
import it.orienta.home.WorklistSource;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.person.PersonSummary;
import it.orienta.system.Actor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's home page: persons of their centre taken over by another centre in the last 30 days (the
 * centre no longer reads their case), and the exceptional reads of their persons' cases by other centres in the
 * last 7 days, newest first, at most 10 each. Coordinators only.
 */
@Component
class ChargeWorklist implements WorklistSource {

    static final String TRANSFERS = "charge-transfers";
    static final String GRANTS = "exceptional-access";
    static final int LIMIT = 10;
    static final int TRANSFER_DAYS = 30;
    static final int GRANT_DAYS = 7;

    private static final ZoneId ROME = it.orienta.system.Rome.ZONE;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ExceptionalAccessService grants;
    private final it.orienta.intake.Charges charges;
    private final PersonService persons;
    private final OrganisationService organisation;

    ChargeWorklist(
            ExceptionalAccessService grants,
            PersonService persons,
            OrganisationService organisation,
            it.orienta.intake.Charges charges) {
        this.charges = charges;
        this.grants = grants;
        this.persons = persons;
        this.organisation = organisation;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorklistItem> worklist(Actor actor, LocalDate today) {
        if (actor.centreCode() == null
                || actor.roles() == null
                || !Arrays.asList(actor.roles().split(",")).contains("COORDINATOR")) {
            return List.of();
        }
        var transfers = charges.transfersOutOf(
                actor.centreCode(),
                today.minusDays(TRANSFER_DAYS).atStartOfDay(ROME).toInstant(),
                LIMIT);
        var granted = grants.grantsOwnedBy(
                actor.centreCode(),
                today.minusDays(GRANT_DAYS).atStartOfDay(ROME).toInstant(),
                LIMIT);
        if (transfers.isEmpty() && granted.isEmpty()) {
            return List.of();
        }
        var ids = new ArrayList<UUID>();
        transfers.forEach(t -> ids.add(t.personId()));
        granted.forEach(g -> ids.add(g.personId()));
        var names = persons.summaries(ids);
        var items = new ArrayList<WorklistItem>();
        for (var t : transfers) {
            items.add(new WorklistItem(
                    TRANSFERS,
                    t.at(),
                    name(names, t.personId()),
                    "access.worklist.transferred",
                    List.of(centre(t.toCentre()), WHEN.format(t.at().atZone(ROME))),
                    "/access/exceptional#transfers",
                    false));
        }
        for (var g : granted) {
            items.add(new WorklistItem(
                    GRANTS,
                    g.grantedAt(),
                    name(names, g.personId()),
                    "access.worklist.exceptional." + g.reason().name(),
                    List.of(
                            g.operatorName(),
                            centre(g.centreCode()),
                            WHEN.format(g.grantedAt().atZone(ROME))),
                    "/access/exceptional#grants",
                    false));
        }
        return items;
    }

    private static String name(Map<UUID, PersonSummary> names, UUID id) {
        var s = names.get(id);
        return s == null ? null : s.lastName() + " " + s.firstName();
    }

    private String centre(String code) {
        return organisation.centre(code).map(c -> c.label()).orElse(code);
    }
}
