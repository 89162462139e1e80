package it.orienta.questionnaire;

import it.orienta.organisation.CurrentActor;
import it.orienta.questionnaire.ProfilingItem.ItemList;
import it.orienta.system.AuditAction;
import it.orienta.system.DataChanged;
import it.orienta.system.NotFoundException;
import it.orienta.system.StaleVersionException;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' lists of interview questions and vulnerability indicators: read by every operator (and by the
 * profiling module for the interview), added to, edited, reordered and retired by administrators (the pages and the
 * API check the role). Every change is published as {@link DataChanged} for the audit log.
 */
@Service
public class QuestionnaireService {

    /** The first key of the questionnaire's advisory locks ("PROF", as when it was part of profiling). */
    private static final int LOCK_SPACE = 0x50524F46;

    private final QuestionnaireRepository entries;
    private final JdbcClient jdbc;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    QuestionnaireService(
            QuestionnaireRepository entries,
            JdbcClient jdbc,
            CurrentActor current,
            ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.clock = clock;
        this.entries = entries;
        this.jdbc = jdbc;
        this.current = current;
        this.events = events;
    }

    /** A list in its order, retired entries included. */
    @Transactional(readOnly = true)
    public List<ProfilingItem> items(ItemList list) {
        return entries.inOrder(list).stream().map(QuestionnaireEntry::view).toList();
    }

    /** The entries offered in interviews now. */
    @Transactional(readOnly = true)
    public List<ProfilingItem> activeItems(ItemList list) {
        return items(list).stream().filter(i -> !i.retired()).toList();
    }

    @Transactional(readOnly = true)
    public ProfilingItem item(UUID id) {
        return load(id).view();
    }

    /** Adds an entry at the end of its list; codes are unique within a list. */
    @Transactional
    public ProfilingItem addItem(ItemList list, SaveItem command) {
        lockList(list);
        var entry = QuestionnaireEntry.add(
                list, command, entries.lastPosition(list), code -> entries.codeTaken(list, code, new UUID(0, 0)));
        entries.saveAndFlush(entry);
        changed(AuditAction.CREATE, entry.id(), List.of("code", "labelIt", "labelEn"));
        return entry.view();
    }

    /** Edits an entry's code and labels ({@code version} as the administrator saw it); answers keep pointing to it. */
    @Transactional
    public ProfilingItem updateItem(UUID id, SaveItem command, long version) {
        var entry = load(id);
        if (entry.version() != version) {
            throw new StaleVersionException(entry.version(), entry.view());
        }
        lockList(entry.list());
        entry.edit(command, code -> entries.codeTaken(entry.list(), code, id));
        save(entry);
        changed(AuditAction.UPDATE, id, List.of("code", "labelIt", "labelEn"));
        return entry.view();
    }

    /** Retires an entry (no longer offered) or puts it back; entries are never deleted. */
    @Transactional
    public ProfilingItem retireItem(UUID id, boolean retired) {
        var entry = load(id);
        entry.retire(retired);
        save(entry);
        changed(AuditAction.UPDATE, id, List.of("retired"));
        return entry.view();
    }

    /** Moves an entry one place up ({@code up}) or down in its list; at either end nothing changes. */
    @Transactional
    public List<ProfilingItem> moveItem(UUID id, boolean up) {
        var entry = load(id);
        var list = entry.list();
        var order = entries.inOrder(list).stream().map(QuestionnaireEntry::id).toList();
        var moved = QuestionnaireEntry.moved(order, id, up);
        if (!moved.equals(order)) {
            for (int i = 0; i < moved.size(); i++) {
                entries.placeAt(moved.get(i), (i + 1) * QuestionnaireEntry.STEP);
            }
            changed(AuditAction.UPDATE, id, List.of("position"));
        }
        return items(list);
    }

    private QuestionnaireEntry load(UUID id) {
        return entries.findById(id).orElseThrow(() -> new NotFoundException("ProfilingItem", id));
    }

    /** Writes the change; a lost race is a stale version, never an error. */
    private void save(QuestionnaireEntry entry) {
        try {
            entries.saveAndFlush(entry);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleVersionException(entry.version() + 1, null);
        }
    }

    /**
     * Puts the administrators' changes of one list's codes in a row until the transaction ends, so that two who
     * give the same code at the same moment get the duplicate's message, not a broken unique constraint.
     */
    private void lockList(ItemList list) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)")
                .params(LOCK_SPACE, list.ordinal())
                .query((rs, n) -> 1)
                .list();
    }

    private void changed(AuditAction action, UUID id, List<String> fields) {
        events.publishEvent(DataChanged.of(clock.instant(), current.actor(), action, "ProfilingItem", id, fields));
    }
}
