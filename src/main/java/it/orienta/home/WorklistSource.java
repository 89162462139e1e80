package it.orienta.home;

import it.orienta.system.Actor;
import java.time.LocalDate;
import java.util.List;

/**
 * A module's contribution to the operator's home page ("what to do today"). Each module that has work waiting for
 * an operator implements this as a bean; the home page asks every source and groups the entries by section. A
 * source answers with a bounded number of entries from indexed queries (the home page's p95 target is 100 ms).
 */
public interface WorklistSource {

    /**
     * The entries waiting for this operator (and, for a coordinator, their centre) on {@code today}.
     *
     * @param actor the operator asking, with their current centre and roles
     * @param today the day in Europe/Rome
     */
    List<WorklistItem> worklist(Actor actor, LocalDate today);
}
