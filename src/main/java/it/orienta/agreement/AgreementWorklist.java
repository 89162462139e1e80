package it.orienta.agreement;

import it.orienta.home.WorklistItem;
import it.orienta.home.WorklistSource;
import it.orienta.person.PersonService;
import it.orienta.system.Actor;
import it.orienta.system.CaseAccess;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement's part of the home page: interviews in progress (drafts of the operator, or of the centre for a
 * coordinator) and plan items of signed PSPs due within a week or overdue and not done. Bounded, indexed queries.
 * Only the centre of the day's: an operator working in several centres sees there what they may open there (the
 * cases that centre has in charge, by the record-access policy); the administrator's home page has no entries.
 */
@Component
class AgreementWorklist implements WorklistSource {

    /** How many entries of each section the home page gets at most. */
    static final int LIMIT = 20;
    /** Plan items due within this many days appear. */
    static final int DAYS_AHEAD = 7;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final PersonService persons;
    private final CaseAccess access;

    AgreementWorklist(JdbcClient jdbc, PersonService persons, CaseAccess access) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorklistItem> worklist(Actor actor, LocalDate today) {
        if (actor.operatorId() == null
                || actor.centreCode() == null
                || actor.roles() == null
                || !(actor.hasRole("OPERATOR") || actor.hasRole("COORDINATOR"))) {
            return List.of();
        }
        boolean coordinator = actor.hasRole("COORDINATOR");
        String who = coordinator ? "a.centre_code = ?" : "a.centre_code = ? and a.operator_id = ?";
        Object[] whoValues =
                coordinator ? new Object[] {actor.centreCode()} : new Object[] {actor.centreCode(), actor.operatorId()};
        record Draft(UUID id, UUID personId, int number, Timestamp updated) {}
        var drafts = jdbc
                .sql("select a.id, a.person_id, a.number, a.updated_at from agreement a where a.status ="
                        + " 'DRAFT' and " + who + " order by a.updated_at limit ?")
                .params(params(whoValues, LIMIT))
                .query((rs, n) -> new Draft(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), rs.getTimestamp(4)))
                .list()
                .stream()
                .filter(d -> access.mayRead(d.personId()))
                .toList();
        record Due(UUID agreementId, UUID itemId, UUID personId, String description, LocalDate due) {}
        var due = jdbc
                .sql("select a.id, i.id, a.person_id, i.description, i.due_date from agreement_item i"
                        + " join agreement a on a.id = i.agreement_id where i.status in ('PLANNED', 'IN_PROGRESS')"
                        + " and i.due_date <= ? and a.status = 'SIGNED' and " + who
                        + " order by i.due_date, i.id limit ?")
                .params(params(new Object[] {today.plusDays(DAYS_AHEAD)}, whoValues, LIMIT))
                .query((rs, n) -> new Due(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list()
                .stream()
                .filter(d -> access.mayRead(d.personId()))
                .toList();
        var ids = new ArrayList<UUID>();
        drafts.forEach(d -> ids.add(d.personId()));
        due.forEach(d -> ids.add(d.personId()));
        var names = persons.summaries(ids);
        var items = new ArrayList<WorklistItem>();
        for (var d : drafts) {
            var p = names.get(d.personId());
            items.add(new WorklistItem(
                    WorklistItem.INTERVIEWS,
                    d.updated().toInstant(),
                    p == null ? null : p.lastName() + " " + p.firstName(),
                    "worklist.agreement.draft",
                    List.of(String.valueOf(d.number())),
                    "/persons/" + d.personId() + "/agreement",
                    false));
        }
        for (var d : due) {
            var p = names.get(d.personId());
            boolean overdue = d.due().isBefore(today);
            items.add(new WorklistItem(
                    WorklistItem.PLAN,
                    d.due().atStartOfDay(it.orienta.system.Rome.ZONE).toInstant(),
                    p == null ? null : p.lastName() + " " + p.firstName(),
                    overdue ? "worklist.agreement.item.overdue" : "worklist.agreement.item.due",
                    List.of(d.description(), DAY.format(d.due())),
                    "/agreements/" + d.agreementId() + "#item-" + d.itemId(),
                    overdue));
        }
        return items;
    }

    private static Object[] params(Object[] first, Object... rest) {
        var all = new ArrayList<Object>(List.of(first));
        for (Object r : rest) {
            if (r instanceof Object[] many) {
                all.addAll(List.of(many));
            } else {
                all.add(r);
            }
        }
        return all.toArray();
    }
}
