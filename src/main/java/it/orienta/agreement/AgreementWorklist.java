package it.orienta.agreement;

import it.orienta.person.PersonService;
import it.orienta.system.Actor;
import it.orienta.system.WorklistItem;
import it.orienta.system.WorklistSource;
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

    AgreementWorklist(JdbcClient jdbc, PersonService persons) {
        this.jdbc = jdbc;
        this.persons = persons;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorklistItem> worklist(Actor actor, LocalDate today) {
        if (actor.operatorId() == null) {
            return List.of();
        }
        boolean coordinator = actor.roles() != null && actor.roles().contains("COORDINATOR");
        String who = coordinator && actor.centreCode() != null ? "a.centre_code = ?" : "a.operator_id = ?";
        Object whoValue = coordinator && actor.centreCode() != null ? actor.centreCode() : actor.operatorId();
        record Draft(UUID id, UUID personId, int number, Timestamp updated) {}
        var drafts = jdbc.sql("select a.id, a.person_id, a.number, a.updated_at from agreement a where a.status ="
                        + " 'DRAFT' and " + who + " order by a.updated_at limit ?")
                .params(whoValue, LIMIT)
                .query((rs, n) -> new Draft(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), rs.getTimestamp(4)))
                .list();
        record Due(UUID agreementId, UUID itemId, UUID personId, String description, LocalDate due) {}
        var due = jdbc.sql("select a.id, i.id, a.person_id, i.description, i.due_date from agreement_item i"
                        + " join agreement a on a.id = i.agreement_id where i.status in ('PLANNED', 'IN_PROGRESS')"
                        + " and i.due_date <= ? and a.status = 'SIGNED' and " + who
                        + " order by i.due_date, i.id limit ?")
                .params(today.plusDays(DAYS_AHEAD), whoValue, LIMIT)
                .query((rs, n) -> new Due(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
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
                    d.due().atStartOfDay(AgreementService.ZONE).toInstant(),
                    p == null ? null : p.lastName() + " " + p.firstName(),
                    overdue ? "worklist.agreement.item.overdue" : "worklist.agreement.item.due",
                    List.of(d.description(), DAY.format(d.due())),
                    "/agreements/" + d.agreementId() + "#item-" + d.itemId(),
                    overdue));
        }
        return items;
    }
}
