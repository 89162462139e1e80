package it.orienta.caseload;

import it.orienta.home.WorklistItem;
import it.orienta.home.WorklistSource;
import it.orienta.system.Actor;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Le mie persone" on the home page (issue 14): the link to the operator's caseload with how many persons in charge
 * at their centre of the day they are responsible for — one count on the index of the centre and operator, the same
 * rows as the list's ({@link CaseloadReads}: the assignment and the current intake at that centre).
 */
@Component
class CaseloadWorklist implements WorklistSource {

    private final JdbcClient jdbc;

    CaseloadWorklist(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorklistItem> worklist(Actor actor, LocalDate today) {
        if (actor.operatorId() == null || actor.centreCode() == null) {
            return List.of();
        }
        long count = jdbc.sql("select count(*) from caseload_assignment c join intake_current_v ic"
                        + " on ic.person_id = c.person_id and ic.centre_code = c.centre_code"
                        + " where c.centre_code = ? and c.operator_id = ?")
                .params(actor.centreCode(), actor.operatorId())
                .query(Long.class)
                .single();
        return List.of(new WorklistItem(
                WorklistItem.CASELOAD,
                null,
                null,
                "home.caseload.link",
                List.of(String.valueOf(count)),
                "/caseload",
                false));
    }
}
