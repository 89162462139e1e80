package it.orienta.notification;

import it.orienta.home.WorklistItem;
import it.orienta.home.WorklistSource;
import it.orienta.person.PersonService;
import it.orienta.system.Actor;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page's "messages" section: messages of the operator's current centre that became undeliverable in the
 * last 7 days (at most 10, from a partial index), each one click from the person's messages.
 */
@Component
class UndeliverableMessages implements WorklistSource {

    static final int LIMIT = 10;

    private final MessageStore store;
    private final PersonService persons;

    UndeliverableMessages(MessageStore store, PersonService persons) {
        this.store = store;
        this.persons = persons;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorklistItem> worklist(Actor actor, LocalDate today) {
        if (actor.centreCode() == null) {
            return List.of();
        }
        var since = today.minusDays(7).atStartOfDay(it.orienta.system.Rome.ZONE).toInstant();
        var rows = store.undeliverable(actor.centreCode(), since, LIMIT);
        if (rows.isEmpty()) {
            return List.of();
        }
        var names = persons.summaries(
                rows.stream().map(MessageStore.Undeliverable::personId).toList());
        return rows.stream()
                .map(r -> new WorklistItem(
                        WorklistItem.MESSAGES,
                        r.settledAt(),
                        names.containsKey(r.personId())
                                ? names.get(r.personId()).lastName() + " "
                                        + names.get(r.personId()).firstName()
                                : null,
                        "notification.worklist.undeliverable",
                        List.of(r.subject()),
                        "/persons/" + r.personId() + "/messages",
                        true))
                .toList();
    }
}
