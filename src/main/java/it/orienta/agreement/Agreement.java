package it.orienta.agreement;

import static it.orienta.agreement.AgreementChecks.LONG_TEXT;
import static it.orienta.agreement.AgreementChecks.clean;
import static it.orienta.agreement.AgreementChecks.throwIfAny;
import static it.orienta.agreement.AgreementChecks.tooLong;

import it.orienta.agreement.AgreementChecks.Conflict;
import it.orienta.agreement.AgreementView.AgreedMeasure;
import it.orienta.agreement.AgreementView.Status;
import it.orienta.agreement.Commands.ChangeStatus;
import it.orienta.agreement.Commands.PlanItemCommand;
import it.orienta.agreement.Commands.SavePhase1;
import it.orienta.agreement.Commands.SavePhase2;
import it.orienta.agreement.Commands.SavePhase3;
import it.orienta.agreement.Commands.Scan;
import it.orienta.system.Actor;
import it.orienta.system.NotFoundException;
import it.orienta.system.Rome;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.annotations.MapKeyJdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;

/**
 * One version of a person's PSP (R6–R10, R25), the aggregate that guards it: the three phases of the interview, the
 * ten assessment areas, the measures agreed, the action plan with each item's status history, the interview's
 * meetings and the signature. <b>A signed version never changes</b>: every change goes through a method here that
 * refuses it with {@code agreement.signed.immutable} (409) unless the version is a draft; signing freezes it, and an
 * update is a new version copying it ({@link #draftUpdate}, R10). The only change a version in force accepts is the
 * follow-up of its plan (an item's status, with its history). The database triggers of {@code V15__agreement.sql}
 * hold the same rule for any other writer, as the second line.
 *
 * <p>The portal registration, the CV state and the profiling class are the PSP's own content, not copies of other
 * modules' states: they record what the operator found or did in the interview (R8: the registration promoted or
 * refused, the CV written, updated or still to do) and the employability profile the law puts in the agreement
 * (R10), confirmed by the operator from the intake's profiling index. The signed version keeps them as they were at
 * signing even when the portal, the CV or the profiling change later.
 */
@Entity
@Table(name = "agreement")
class Agreement {

    @Id
    private UUID id;

    private UUID personId;
    private int number;

    @Enumerated(EnumType.STRING)
    private Status status;

    private UUID previousId;
    private String centreCode;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    private Instant phase1SavedAt;
    private boolean explainedProcess;
    private boolean explainedRights;
    private String expectations = "";
    private String motivation = "";

    private Instant phase2SavedAt;

    @Enumerated(EnumType.STRING)
    private PortalRegistration portalRegistration;

    @Enumerated(EnumType.STRING)
    private CvStatus cvStatus;

    private Instant phase3SavedAt;
    private String goal = "";
    /** The content of art. 20 (R10): responsible operator, profiling class, contacts, proof, availability. */
    @Embedded
    private LegalContent art20;

    /** Empty while a draft. */
    @Embedded
    private SignatureRecord signature;

    @ElementCollection
    @CollectionTable(name = "agreement_area", joinColumns = @JoinColumn(name = "agreement_id"))
    @MapKeyColumn(name = "area")
    private Map<Short, AreaAssessment> areas = new HashMap<>();

    @ElementCollection
    @CollectionTable(name = "agreement_measure", joinColumns = @JoinColumn(name = "agreement_id"))
    @MapKeyColumn(name = "measure")
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyJdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "notes")
    private Map<Measure, String> measures = new HashMap<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<AgreementItem> items = new ArrayList<>();

    /** The basic-guidance meetings the interview was held in; linking one is not an edit of the content. */
    @ElementCollection
    @CollectionTable(name = "agreement_meeting", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "meeting_id")
    @OptimisticLock(excluded = true)
    private Set<UUID> meetingIds = new LinkedHashSet<>();

    @Version
    private Long version;

    protected Agreement() {}

    private Agreement(UUID personId, int number, UUID previousId, Actor actor, Instant now) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.number = number;
        this.status = Status.DRAFT;
        this.previousId = previousId;
        this.centreCode = actor.centreCode();
        this.createdAt = now;
        this.createdBy = actor.displayName();
        this.updatedAt = now;
        this.updatedBy = actor.displayName();
        this.art20 = new LegalContent(actor.operatorId(), actor.displayName(), null);
    }

    /** A person's first PSP: empty, its ten areas not assessed, the profiling class suggested by the intake. */
    static Agreement first(UUID personId, int number, ProfilingClass suggested, Actor actor, Instant now) {
        var a = new Agreement(personId, number, null, actor, now);
        a.art20 = new LegalContent(actor.operatorId(), actor.displayName(), suggested);
        for (short area = 1; area <= AreaAssessment.AREAS; area++) {
            a.areas.put(area, new AreaAssessment(null, ""));
        }
        return a;
    }

    /**
     * An update of the version in force (R10): a new draft copying its content, measures and plan items with their
     * status and history; the signed version stays as it is. Refused unless this version is the one in force.
     */
    Agreement draftUpdate(int newNumber, Actor actor, Instant now) {
        requireInForce();
        var a = new Agreement(personId, newNumber, id, actor, now);
        a.phase1SavedAt = phase1SavedAt;
        a.explainedProcess = explainedProcess;
        a.explainedRights = explainedRights;
        a.expectations = expectations;
        a.motivation = motivation;
        a.phase2SavedAt = phase2SavedAt;
        a.portalRegistration = portalRegistration;
        a.cvStatus = cvStatus;
        a.phase3SavedAt = phase3SavedAt;
        a.goal = goal;
        a.art20 = art20.copy();
        areas.forEach((area, value) -> a.areas.put(area, value.copy()));
        a.measures.putAll(measures);
        items.forEach(item -> a.items.add(item.copy()));
        return a;
    }

    // ---------------------------------------------------------------- the one rule: only a draft changes

    /** A signed or superseded version is never edited: an update is a new version (R10). */
    void requireDraft() {
        if (status != Status.DRAFT) {
            throw new Conflict("agreement.signed.immutable", number);
        }
    }

    /** Only the version in force can be updated. */
    void requireInForce() {
        if (status != Status.SIGNED) {
            throw new Conflict("agreement.update.not-in-force", number);
        }
    }

    /** One signature per version: a second one (another click, another operator) is a conflict. */
    void requireSignable() {
        if (status == Status.SIGNED) {
            throw new Conflict("agreement.sign.already-signed", number);
        }
        requireDraft();
    }

    /** The version the operator saw must be this draft's: otherwise the current state answers (409). */
    void requireVersion(long seen) {
        if (version() != seen) {
            throw new StaleVersionException(version(), view(null));
        }
    }

    // ---------------------------------------------------------------- the interview

    /** Phase 1 (R6): what was explained, expectations and motivation. */
    void savePhase1(SavePhase1 c, Actor actor, Instant now) {
        requireDraft();
        var v = new ArrayList<Violation>();
        tooLong(v, c.expectations(), LONG_TEXT, "expectations");
        tooLong(v, c.motivation(), LONG_TEXT, "motivation");
        throwIfAny(v);
        phase1SavedAt = now;
        explainedProcess = Boolean.TRUE.equals(c.explainedProcess());
        explainedRights = Boolean.TRUE.equals(c.explainedRights());
        expectations = clean(c.expectations());
        motivation = clean(c.motivation());
        touch(actor, now);
    }

    /** Phase 2 (R7, R8): the ten areas rated 1–4 with notes (an area left out keeps nothing), portal, CV. */
    void savePhase2(SavePhase2 c, Actor actor, Instant now) {
        requireDraft();
        Map<Integer, Integer> ratings = c.ratings() == null ? Map.of() : c.ratings();
        Map<Integer, String> notes = c.notes() == null ? Map.of() : c.notes();
        var v = new ArrayList<Violation>();
        AreaAssessment.check(ratings, notes, v);
        throwIfAny(v);
        phase2SavedAt = now;
        portalRegistration = c.portalRegistration();
        cvStatus = c.cvStatus();
        for (short area = 1; area <= AreaAssessment.AREAS; area++) {
            areas.put(area, new AreaAssessment(ratings.get((int) area), clean(notes.get((int) area))));
        }
        touch(actor, now);
    }

    /**
     * Phase 3 apart from the plan items (R10, R25): the goal, the content of art. 20 and the measures.
     * {@code responsible} is the operator named (or the one saving), {@code null} when unknown or inactive.
     */
    void savePhase3(SavePhase3 c, LegalContent.Responsible responsible, Actor actor, Instant now) {
        requireDraft();
        var v = new ArrayList<Violation>();
        tooLong(v, c.goal(), 1000, "goal");
        LegalContent.checkTexts(c, v);
        if (c.measureNotes() != null) {
            c.measureNotes().forEach((m, text) -> tooLong(v, text, 1000, "measureNotes[" + m + "]"));
        }
        if (!responsible.active()) {
            v.add(Violation.of("agreement.operator.unknown", "operatorId"));
        }
        throwIfAny(v);
        phase3SavedAt = now;
        goal = clean(c.goal());
        art20.apply(c, responsible);
        var notes = c.measureNotes() == null ? Map.<Measure, String>of() : c.measureNotes();
        var agreed = new HashMap<Measure, String>();
        if (c.measures() != null) {
            c.measures().stream().distinct().forEach(m -> agreed.put(m, clean(notes.get(m))));
        }
        measures.keySet().retainAll(agreed.keySet());
        measures.putAll(agreed);
        touch(actor, now);
    }

    /** Links a basic-guidance meeting the interview is held in (only while drafting). */
    void linkMeeting(UUID meetingId) {
        requireDraft();
        meetingIds.add(meetingId);
    }

    // ---------------------------------------------------------------- the plan (R9)

    /**
     * Adds a plan item: it starts planned, and its history starts there. {@code outside} are the refusals that need
     * the charter (an unknown or retired activity), reported with the item's own.
     */
    AgreementItem addItem(PlanItemCommand c, List<Violation> outside, Actor actor, Instant now) {
        requireDraft();
        var v = new ArrayList<>(AgreementItem.check(c));
        v.addAll(outside);
        throwIfAny(v);
        int position = items.stream().mapToInt(AgreementItem::position).max().orElse(0) + 1;
        var item = new AgreementItem(UUID.randomUUID(), position, c, actor, now);
        items.add(item);
        if (phase3SavedAt == null) {
            phase3SavedAt = now;
        }
        touch(actor, now);
        return item;
    }

    /** Changes a draft's plan item (its status changes through {@link #changeItemStatus}). */
    void updateItem(UUID itemId, PlanItemCommand c, List<Violation> outside, Actor actor, Instant now) {
        requireDraft();
        var item = item(itemId);
        var v = new ArrayList<>(AgreementItem.check(c));
        v.addAll(outside);
        throwIfAny(v);
        item.change(c);
        phase3SavedAt = now;
        touch(actor, now);
    }

    /** Removes a plan item from a draft, with its history. */
    void removeItem(UUID itemId, Actor actor, Instant now) {
        requireDraft();
        items.remove(item(itemId));
        phase3SavedAt = now;
        touch(actor, now);
    }

    /**
     * A plan item moves to another status, with its history kept: on a draft, and on the version in force (the
     * plan's follow-up, which is not an edit of the agreement); refused on a superseded version. {@code version} is
     * the item's, as the operator saw it. Returns the status it had.
     */
    AgreementView.PlanItem.Status changeItemStatus(
            UUID itemId, ChangeStatus c, long version, Actor actor, Instant now) {
        var item = item(itemId);
        if (status == Status.SUPERSEDED) {
            throw new Conflict("agreement.item.superseded", number);
        }
        item.requireVersion(version);
        return item.changeStatus(c, actor, now);
    }

    /**
     * Carries a follow-up change of the version in force to this draft update: the item of the same lineage takes
     * the new status when it is still at the old one; an item changed or removed meanwhile keeps its own state.
     */
    void carryStatus(
            UUID lineageId,
            AgreementView.PlanItem.Status from,
            AgreementView.PlanItem.Status to,
            String note,
            Actor actor,
            Instant now) {
        requireDraft();
        items.stream()
                .filter(i -> i.lineageId().equals(lineageId) && i.status() == from)
                .findFirst()
                .ifPresent(i -> i.record(to, clean(note), actor, now));
    }

    AgreementItem item(UUID itemId) {
        return items.stream()
                .filter(i -> i.id().equals(itemId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("AgreementItem", itemId));
    }

    // ---------------------------------------------------------------- signature

    /**
     * The person signed (R10): refused without a plan, without the content of art. 20, without rights explained,
     * while a meeting of the interview runs, with a date in the future or before the interview, or with a scan that
     * is not a PDF. Once signed, the version is frozen. Returns the scan to keep, if one was given.
     */
    AgreementScan sign(LocalDate date, Scan scan, boolean interviewRunning, LocalDate today, Actor actor, Instant now) {
        requireSignable();
        var v = new ArrayList<>(art20.missingForSignature(items.isEmpty(), explainedRights, interviewRunning));
        LocalDate interviewDay = LocalDate.ofInstant(createdAt, Rome.ZONE);
        SignatureRecord.checkDate(date, today, interviewDay, v);
        if (scan != null) {
            v.addAll(AgreementScan.check(scan));
        }
        throwIfAny(v);
        status = Status.SIGNED;
        signature = new SignatureRecord(date, scan, actor, now);
        touch(actor, now);
        return scan == null ? null : new AgreementScan(id, scan, now);
    }

    /** A later version was signed: this one is kept, no longer in force. */
    void supersede() {
        if (status != Status.SIGNED) {
            throw new IllegalStateException("only the version in force is superseded");
        }
        status = Status.SUPERSEDED;
    }

    // ---------------------------------------------------------------- reading

    UUID id() {
        return id;
    }

    UUID personId() {
        return personId;
    }

    int number() {
        return number;
    }

    Status status() {
        return status;
    }

    long version() {
        return version == null ? 0 : version;
    }

    Set<UUID> meetingIds() {
        return Set.copyOf(meetingIds);
    }

    /** The whole content as the pages, the API, the PDF and the diff read it. */
    AgreementView view(AgreementScan.Info scan) {
        var areaViews = new TreeMap<>(areas)
                .entrySet().stream().map(e -> e.getValue().view(e.getKey())).toList();
        var measureViews = new TreeMap<>(measures)
                .entrySet().stream()
                        .map(e -> new AgreedMeasure(e.getKey(), e.getValue()))
                        .toList();
        return new AgreementView(
                id,
                personId,
                number,
                status,
                previousId,
                centreCode,
                createdAt,
                createdBy,
                updatedAt,
                updatedBy,
                new AgreementView.Phase1(phase1SavedAt, explainedProcess, explainedRights, expectations, motivation),
                new AgreementView.Phase2(phase2SavedAt, areaViews, portalRegistration, cvStatus),
                art20.view(phase3SavedAt, goal, measureViews),
                items.stream().map(AgreementItem::view).toList(),
                List.copyOf(meetingIds),
                signature == null ? null : signature.view(scan),
                version());
    }

    // ---------------------------------------------------------------- internals

    private void touch(Actor actor, Instant now) {
        updatedAt = now;
        updatedBy = actor.displayName();
    }
}
