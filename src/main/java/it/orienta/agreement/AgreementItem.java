package it.orienta.agreement;

import static it.orienta.agreement.AgreementChecks.SHORT_TEXT;
import static it.orienta.agreement.AgreementChecks.TEXT;
import static it.orienta.agreement.AgreementChecks.blank;
import static it.orienta.agreement.AgreementChecks.clean;
import static it.orienta.agreement.AgreementChecks.throwIfAny;
import static it.orienta.agreement.AgreementChecks.tooLong;

import it.orienta.agreement.AgreementView.PlanItem;
import it.orienta.agreement.AgreementView.PlanItem.ActorKind;
import it.orienta.agreement.AgreementView.PlanItem.Kind;
import it.orienta.agreement.AgreementView.PlanItem.Status;
import it.orienta.agreement.Commands.ChangeStatus;
import it.orienta.agreement.Commands.PlanItemCommand;
import it.orienta.system.Actor;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;

/**
 * A plan item of a PSP version (R9), part of the {@link Agreement} aggregate: a charter service of the centre, a
 * service of another actor of the network, or the person's own action, with a due date or a frequency, and every
 * status it had. Copies of one item across versions share its lineage. Its own version is the follow-up's optimistic
 * version (a status change carries it).
 */
@Entity
@Table(name = "agreement_item")
class AgreementItem {

    @Id
    private UUID id;

    private UUID lineageId;
    private int position;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String activityId;
    private String actorName;

    @Enumerated(EnumType.STRING)
    private ActorKind actorKind;

    private String description;
    private LocalDate dueDate;
    private String frequency;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Version
    private Long version;

    /** Every status change also changes {@code status}, which moves the version; the history itself does not. */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    @OptimisticLock(excluded = true)
    @OrderBy("changedAt asc, id asc")
    @BatchSize(size = 64)
    private List<StatusChange> history = new ArrayList<>();

    protected AgreementItem() {}

    /** A new item: planned, and its history starts there. */
    AgreementItem(UUID lineageId, int position, PlanItemCommand c, Actor actor, Instant now) {
        this.id = UUID.randomUUID();
        this.lineageId = lineageId;
        this.position = position;
        this.status = Status.PLANNED;
        change(c);
        history.add(new StatusChange(Status.PLANNED, now, actor.displayName(), ""));
    }

    /** What a plan item needs: its kind and who does it, a description, and when: a due date or a frequency. */
    static List<Violation> check(PlanItemCommand c) {
        var v = new ArrayList<Violation>();
        if (c.kind() == null) {
            v.add(Violation.of("agreement.item.kind.required", "kind"));
        } else if (c.kind() == Kind.CENTRE && blank(c.activityId())) {
            v.add(Violation.of("agreement.item.activity.required", "activityId"));
        } else if (c.kind() == Kind.NETWORK) {
            if (blank(c.actorName())) {
                v.add(Violation.of("agreement.item.actor-name.required", "actorName"));
            }
            if (c.actorKind() == null) {
                v.add(Violation.of("agreement.item.actor-kind.required", "actorKind"));
            }
        }
        if (blank(c.description())) {
            v.add(Violation.of("agreement.item.description.required", "description"));
        }
        tooLong(v, c.description(), TEXT, "description");
        tooLong(v, c.actorName(), SHORT_TEXT, "actorName");
        tooLong(v, c.frequency(), SHORT_TEXT, "frequency");
        if (c.dueDate() == null && blank(c.frequency())) {
            v.add(Violation.of("agreement.item.when.required", "dueDate"));
        }
        return v;
    }

    /** What the charter says of a centre item's activity: unknown, or retired (reported with the item's own). */
    static List<Violation> charterViolations(
            PlanItemCommand c, Function<String, Optional<it.orienta.charter.ActivityView>> charter) {
        if (c.kind() != Kind.CENTRE || blank(c.activityId())) {
            return List.of();
        }
        var activity = charter.apply(c.activityId()).orElse(null);
        if (activity == null) {
            return List.of(Violation.of("agreement.item.activity.unknown", "activityId"));
        }
        return activity.retired()
                ? List.of(Violation.of("agreement.item.activity.retired", "activityId", activity.labelIt()))
                : List.of();
    }

    /** A status change: to another status; giving up or cancelling says why. */
    static List<Violation> checkStatusChange(Status current, ChangeStatus c) {
        var v = new ArrayList<Violation>();
        if (c.status() == null) {
            v.add(Violation.of("agreement.item.status.required", "status"));
        } else if (c.status() == current) {
            v.add(Violation.of("agreement.item.status.same", "status"));
        } else if (c.status().needsNote() && blank(c.note())) {
            v.add(Violation.of("agreement.item.status.note-required", "note"));
        }
        tooLong(v, c.note(), 1000, "note");
        return v;
    }

    /** The content of the item (checked by the agreement first). */
    void change(PlanItemCommand c) {
        kind = c.kind();
        activityId = kind == Kind.CENTRE ? c.activityId() : null;
        actorName = kind == Kind.NETWORK ? clean(c.actorName()) : null;
        actorKind = kind == Kind.NETWORK ? c.actorKind() : null;
        description = clean(c.description());
        dueDate = c.dueDate();
        frequency = blank(c.frequency()) ? null : c.frequency().strip();
    }

    void requireVersion(long seen) {
        if (version() != seen) {
            throw new StaleVersionException(version(), view());
        }
    }

    /** Moves to another status, checked; returns the status it had. */
    Status changeStatus(ChangeStatus c, Actor actor, Instant now) {
        throwIfAny(checkStatusChange(status, c));
        var from = status;
        record(c.status(), clean(c.note()), actor, now);
        return from;
    }

    /** Takes a status and keeps it in the history. */
    void record(Status to, String note, Actor actor, Instant now) {
        status = to;
        history.add(new StatusChange(to, now, actor.displayName(), note));
    }

    /** The same item in a new version: same lineage, content and status, and a copy of its history. */
    AgreementItem copy() {
        var c = new AgreementItem();
        c.id = UUID.randomUUID();
        c.lineageId = lineageId;
        c.position = position;
        c.kind = kind;
        c.activityId = activityId;
        c.actorName = actorName;
        c.actorKind = actorKind;
        c.description = description;
        c.dueDate = dueDate;
        c.frequency = frequency;
        c.status = status;
        history.forEach(h -> c.history.add(new StatusChange(h.status, h.changedAt, h.changedBy, h.note)));
        return c;
    }

    UUID id() {
        return id;
    }

    UUID lineageId() {
        return lineageId;
    }

    int position() {
        return position;
    }

    Status status() {
        return status;
    }

    String description() {
        return description;
    }

    long version() {
        return version == null ? 0 : version;
    }

    PlanItem view() {
        return new PlanItem(
                id,
                lineageId,
                position,
                kind,
                activityId,
                actorName,
                actorKind,
                description,
                dueDate,
                frequency,
                status,
                history.stream()
                        .map(h -> new AgreementView.StatusChange(h.status, h.changedAt, h.changedBy, h.note))
                        .toList(),
                version());
    }

    /** One status the item had: who set it, when, and why. */
    @Entity(name = "AgreementItemStatus")
    @Table(name = "agreement_item_status")
    static class StatusChange {

        @Id
        private UUID id;

        @Enumerated(EnumType.STRING)
        private Status status;

        private Instant changedAt;
        private String changedBy;
        private String note;

        protected StatusChange() {}

        StatusChange(Status status, Instant changedAt, String changedBy, String note) {
            this.id = UUID.randomUUID();
            this.status = status;
            this.changedAt = changedAt;
            this.changedBy = changedBy;
            this.note = note;
        }
    }
}
