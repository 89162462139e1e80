package it.orienta.questionnaire;

import it.orienta.questionnaire.ProfilingItem.ItemList;
import it.orienta.questionnaire.ProfilingItem.Source;
import it.orienta.system.DuplicateException;
import it.orienta.system.PlainText;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * An entry of the questionnaire: guards its code (well formed; unique within its list is the service's check under
 * the list's lock) and its two labels; retired, never deleted.
 */
@Entity
@Table(name = "profiling_item")
class QuestionnaireEntry {

    static final int LABEL_MAX = 500;

    /** Positions are written in steps of this, so that an entry can be put between two others by hand. */
    static final int STEP = 10;

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "list")
    private ItemList list;

    private String code;
    private String labelIt;
    private String labelEn;

    @Enumerated(EnumType.STRING)
    private Source source;

    private int position;
    private boolean retired;

    @Version
    private Long version;

    protected QuestionnaireEntry() {}

    /**
     * A local entry added at the end of its list (after {@code lastPosition}); {@code codeTaken} says whether
     * another entry of the list has the code.
     */
    static QuestionnaireEntry add(ItemList list, SaveItem command, int lastPosition, Predicate<String> codeTaken) {
        check(command, codeTaken);
        var entry = new QuestionnaireEntry();
        entry.id = UUID.randomUUID();
        entry.list = list;
        entry.source = Source.LOCAL;
        entry.position = lastPosition + STEP;
        entry.apply(command);
        return entry;
    }

    /** Changes the code and the labels; answers keep pointing to the entry. */
    void edit(SaveItem command, Predicate<String> codeTaken) {
        check(command, codeTaken);
        apply(command);
    }

    /** Retires the entry (no longer offered in new interviews) or puts it back. */
    void retire(boolean retired) {
        this.retired = retired;
    }

    private void apply(SaveItem command) {
        this.code = command.code().strip();
        this.labelIt = command.labelIt().strip();
        this.labelEn = command.labelEn().strip();
    }

    /**
     * A code of capitals, digits and hyphens (at most 40) that no other entry of the list has, and both labels (at
     * most 500 characters each).
     */
    static void check(SaveItem item, Predicate<String> codeTaken) {
        var v = new ArrayList<Violation>();
        String code = item.code() == null ? "" : item.code().strip();
        if (code.isEmpty()) {
            v.add(Violation.of("profiling.item.code.required", "code"));
        } else if (!code.matches("[A-Z0-9][A-Z0-9-]{0,39}")) {
            v.add(Violation.of("profiling.item.code.format", "code"));
        }
        label(v, item.labelIt(), "labelIt");
        label(v, item.labelEn(), "labelEn");
        if (!v.isEmpty()) {
            throw RuleViolationException.of(v);
        }
        if (codeTaken.test(code)) {
            throw new DuplicateException("profiling.item.code.duplicate", "code", null, code);
        }
    }

    private static void label(List<Violation> v, String value, String field) {
        if (value == null || value.isBlank()) {
            v.add(Violation.of("profiling.item.label.required", field));
        } else if (value.strip().length() > LABEL_MAX) {
            v.add(Violation.of("profiling.text.too-long", field, LABEL_MAX));
        } else if (!PlainText.Validator.isPlain(value, true)) {
            v.add(Violation.of("text.control-characters", field));
        }
    }

    /**
     * The list after moving entry {@code id} one place up or down; at either end, the same order. Positions are
     * then rewritten as {@code (index + 1) * STEP}.
     */
    static List<UUID> moved(List<UUID> order, UUID id, boolean up) {
        var list = new ArrayList<>(order);
        int at = list.indexOf(id);
        int to = up ? at - 1 : at + 1;
        if (at >= 0 && to >= 0 && to < list.size()) {
            list.add(to, list.remove(at));
        }
        return list;
    }

    UUID id() {
        return id;
    }

    ItemList list() {
        return list;
    }

    long version() {
        return version == null ? 0 : version;
    }

    ProfilingItem view() {
        return new ProfilingItem(id, list, code, labelIt, labelEn, source, position, retired, version());
    }
}
