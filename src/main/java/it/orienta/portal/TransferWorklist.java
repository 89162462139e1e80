package it.orienta.portal;

import it.orienta.home.WorklistItem;
import it.orienta.home.WorklistSource;
import it.orienta.person.PersonService;
import it.orienta.system.Actor;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page's "transfers" section: uploads of the operator's centre that failed (to fix and retry) or wait for
 * the person's confirmation of the portal pre-registration, newest first (at most 10, from a partial index).
 */
@Component
class TransferWorklist implements WorklistSource {

    static final String SECTION = "transfers";
    static final int LIMIT = 10;

    private final TransferStore store;
    private final PersonService persons;

    TransferWorklist(TransferStore store, PersonService persons) {
        this.store = store;
        this.persons = persons;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorklistItem> worklist(Actor actor, LocalDate today) {
        if (actor.centreCode() == null) {
            return List.of();
        }
        var rows = store.needingAttention(actor.centreCode(), LIMIT);
        if (rows.isEmpty()) {
            return List.of();
        }
        var names = persons.summaries(rows.stream().map(TransferView::personId).toList());
        return rows.stream()
                .map(t -> new WorklistItem(
                        SECTION,
                        t.updatedAt(),
                        names.containsKey(t.personId())
                                ? names.get(t.personId()).lastName() + " "
                                        + names.get(t.personId()).firstName()
                                : null,
                        t.state() == TransferState.FAILED
                                ? "portal.worklist.failed"
                                : "portal.worklist.awaiting-confirmation",
                        List.of(),
                        "/persons/" + t.personId() + "/cv/transfer",
                        t.state() == TransferState.FAILED))
                .toList();
    }
}
