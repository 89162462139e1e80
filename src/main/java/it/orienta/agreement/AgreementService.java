package it.orienta.agreement;

import it.orienta.agreement.AgreementChecks.Conflict;
import it.orienta.agreement.AgreementEvents.AgreementDrafted;
import it.orienta.agreement.AgreementEvents.AgreementSigned;
import it.orienta.agreement.AgreementEvents.InterviewPhaseSaved;
import it.orienta.agreement.AgreementEvents.PlanItemStatusChanged;
import it.orienta.agreement.AgreementView.PlanItem;
import it.orienta.agreement.Commands.ChangeStatus;
import it.orienta.agreement.Commands.PlanItemCommand;
import it.orienta.agreement.Commands.SavePhase1;
import it.orienta.agreement.Commands.SavePhase2;
import it.orienta.agreement.Commands.SavePhase3;
import it.orienta.agreement.Commands.Scan;
import it.orienta.agreement.Commands.Sign;
import it.orienta.charter.CharterService;
import it.orienta.guidance.GuidanceService;
import it.orienta.guidance.MeetingView;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.OrganisationService;
import it.orienta.pathway.PathwayView;
import it.orienta.person.PersonService;
import it.orienta.system.Actor;
import it.orienta.system.CaseAccess;
import it.orienta.system.NotFoundException;
import it.orienta.system.StaleVersionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PSP's versions, the aggregate's one service: drafts written in three phases (each saved on its own, with an
 * optimistic version), signature, updates as new versions and the plan's follow-up. It holds no rule of its own: it
 * checks the access, loads the {@link Agreement} aggregate, calls it, saves it and publishes the events (a signed
 * version never changes: the aggregate refuses, the triggers hold it too). The interview's basic-guidance meetings
 * are started and closed by the interview module through guidance; this service links them to the draft.
 *
 * <p>Every public method asks the record-access policy first ({@link CaseAccess}): reads with what is read
 * ({@code agreements}, {@code agreement}, {@code agreement-scan}), changes as writes; records keyed by their own id
 * are resolved to their person first (404 when unknown). Every change of a person's agreements takes a lock of that
 * person for its transaction, so that two operators who draft, sign, start the interview or follow the plan at the
 * same moment are put in a row: the second one meets the state the first one left and gets its conflict (409), never
 * a broken constraint.
 */
@Service
public class AgreementService {

    private final AgreementRepository agreements;
    private final AgreementScanRepository scans;
    private final AgreementReads reads;
    private final GuidanceService guidance;
    private final CharterService charter;
    private final PersonService persons;
    private final IntakeService intakes;
    private final OrganisationService organisation;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseAccess access;

    AgreementService(
            AgreementRepository agreements,
            AgreementScanRepository scans,
            AgreementReads reads,
            GuidanceService guidance,
            CharterService charter,
            PersonService persons,
            IntakeService intakes,
            OrganisationService organisation,
            CurrentActor current,
            ApplicationEventPublisher events,
            Clock clock,
            CaseAccess access) {
        this.agreements = agreements;
        this.scans = scans;
        this.reads = reads;
        this.guidance = guidance;
        this.charter = charter;
        this.persons = persons;
        this.intakes = intakes;
        this.organisation = organisation;
        this.current = current;
        this.events = events;
        this.clock = clock;
        this.access = access;
    }

    // ---------------------------------------------------------------- drafts and the interview's meetings

    /**
     * Drafts the person's next PSP version: the first one empty, later ones copying the version in force (an
     * update). Refused with a conflict when a draft exists already.
     */
    @Transactional
    public AgreementView draft(UUID personId) {
        return draft(personId, null);
    }

    /**
     * The same, with the interview's basic-guidance meeting started now in the same transaction when {@code
     * interviewMeeting} is given (as in {@link #linkMeeting}): a refusal of guidance saves nothing.
     */
    @Transactional
    public AgreementView draft(UUID personId, Function<UUID, MeetingView> interviewMeeting) {
        access.write(personId);
        persons.identity(personId);
        var actor = AgreementChecks.inACentre(current.actor());
        reads.lockPerson(personId);
        agreements.findOne(personId, AgreementView.Status.DRAFT).ifPresent(d -> {
            throw new Conflict("agreement.draft.exists", d.number());
        });
        var signed = agreements.findOne(personId, AgreementView.Status.SIGNED);
        int number = agreements.nextNumber(personId);
        var created = signed.map(s -> s.draftUpdate(number, actor, now())).orElseGet(() -> {
            var suggested = intakes.currentIntake(personId)
                    .map(i -> ProfilingClass.suggested(i.profilingIndex()))
                    .orElse(null);
            return Agreement.first(personId, number, suggested, actor, now());
        });
        try {
            agreements.saveAndFlush(created);
        } catch (DataIntegrityViolationException e) {
            // another writer that did not take the person's lock drafted meanwhile: one draft per person
            throw new Conflict("agreement.draft.exists", number);
        }
        events.publishEvent(new AgreementDrafted(
                UUID.randomUUID(),
                actor,
                now(),
                personId,
                created.id(),
                created.number(),
                signed.map(Agreement::number).orElse(null)));
        if (interviewMeeting != null) {
            linkMeeting(created.id(), interviewMeeting);
        }
        return view(created);
    }

    /** An update of a signed version: a new draft copying it (only of the version in force). */
    @Transactional
    public AgreementView update(UUID signedId) {
        var personId = reads.personOf(signedId);
        access.write(personId);
        reads.lockPerson(personId);
        load(signedId).requireInForce();
        return draft(personId);
    }

    /**
     * Links a basic-guidance meeting to the draft's interview. Once the write access is checked, the person's changes
     * are in a row, and the version is known to be a draft of an operator in a centre, {@code meeting} is given the
     * person and starts the meeting (or finds the one running): a refusal of guidance saves nothing.
     */
    @Transactional
    public MeetingView linkMeeting(UUID agreementId, Function<UUID, MeetingView> meeting) {
        var personId = reads.personOf(agreementId);
        access.write(personId);
        reads.lockPerson(personId);
        var agreement = load(agreementId);
        agreement.requireDraft();
        AgreementChecks.inACentre(current.actor());
        var linked = meeting.apply(personId);
        agreement.linkMeeting(linked.id());
        save(agreement);
        return linked;
    }

    /** The basic-guidance meetings a version's interview was held in (their ids). */
    @Transactional(readOnly = true)
    public Set<UUID> meetingIds(UUID agreementId) {
        access.read(reads.personOf(agreementId), "agreement");
        return load(agreementId).meetingIds();
    }

    /** The same, to change one of them: the write access checked, the person's changes put in a row. */
    @Transactional
    public Set<UUID> meetingIdsToChange(UUID agreementId) {
        var personId = reads.personOf(agreementId);
        access.write(personId);
        reads.lockPerson(personId);
        return load(agreementId).meetingIds();
    }

    // ---------------------------------------------------------------- phases

    /** Phase 1 (R6). {@code version} is the one the operator saw. */
    @Transactional
    public AgreementView savePhase1(UUID id, SavePhase1 c, long version) {
        var agreement = editable(id, version);
        var actor = current.actor();
        agreement.savePhase1(c, actor, now());
        return saved(agreement, actor, 1, List.of("explainedProcess", "explainedRights", "expectations", "motivation"));
    }

    /** Phase 2 (R7, R8): the ten areas, the portal registration and the CV status. */
    @Transactional
    public AgreementView savePhase2(UUID id, SavePhase2 c, long version) {
        var agreement = editable(id, version);
        var actor = current.actor();
        agreement.savePhase2(c, actor, now());
        return saved(agreement, actor, 2, List.of("areas", "portalRegistration", "cvStatus"));
    }

    /** Phase 3 apart from the plan items: the goal, the content of art. 20 (R10) and the measures (R25). */
    @Transactional
    public AgreementView savePhase3(UUID id, SavePhase3 c, long version) {
        var agreement = editable(id, version);
        var actor = current.actor();
        var responsible = new LegalContent.Responsible(actor.operatorId(), actor.displayName(), true);
        if (c.operatorId() != null) {
            try {
                var operator = organisation.operator(c.operatorId());
                responsible = new LegalContent.Responsible(c.operatorId(), operator.fullName(), operator.active());
            } catch (NotFoundException e) {
                responsible = new LegalContent.Responsible(c.operatorId(), actor.displayName(), false);
            }
        }
        agreement.savePhase3(c, responsible, actor, now());
        return saved(agreement, actor, 3, List.of("goal", "art20", "measures"));
    }

    // ---------------------------------------------------------------- plan items

    /** Adds a plan item (R9) to a draft; it starts planned, and its history starts there. */
    @Transactional
    public AgreementView addItem(UUID id, PlanItemCommand c, long version) {
        var agreement = editable(id, version);
        var actor = current.actor();
        agreement.addItem(c, AgreementItem.charterViolations(c, charter::find), actor, now());
        return saved(agreement, actor, 3, List.of("items"));
    }

    /** Changes a draft's plan item (its status changes through {@link #changeItemStatus}). */
    @Transactional
    public AgreementView updateItem(UUID id, UUID itemId, PlanItemCommand c, long version) {
        var agreement = editable(id, version);
        agreement.item(itemId);
        var actor = current.actor();
        agreement.updateItem(itemId, c, AgreementItem.charterViolations(c, charter::find), actor, now());
        return saved(agreement, actor, 3, List.of("items"));
    }

    /** Removes a plan item from a draft. */
    @Transactional
    public AgreementView removeItem(UUID id, UUID itemId, long version) {
        var agreement = editable(id, version);
        var actor = current.actor();
        agreement.removeItem(itemId, actor, now());
        return saved(agreement, actor, 3, List.of("items"));
    }

    /**
     * A plan item moves to another status, with its history kept. Allowed on a draft and on the version in force
     * (the plan's follow-up, which is not an edit of the agreement); refused on superseded versions. A follow-up
     * change of the version in force is carried to the same item of a draft update still at the old status.
     * {@code version} is the item's.
     */
    @Transactional
    public PlanItem changeItemStatus(UUID itemId, ChangeStatus c, long version) {
        var personId = reads.personOfItem(itemId);
        access.write(personId);
        reads.lockPerson(personId);
        var agreement = agreements.findByItem(itemId).orElseThrow(() -> new NotFoundException("AgreementItem", itemId));
        var actor = current.actor();
        var from = agreement.changeItemStatus(itemId, c, version, actor, now());
        var item = agreement.item(itemId);
        if (agreement.status() == AgreementView.Status.SIGNED) {
            agreements
                    .findOne(personId, AgreementView.Status.DRAFT)
                    .ifPresent(draft -> draft.carryStatus(item.lineageId(), from, c.status(), c.note(), actor, now()));
        }
        save(agreement);
        events.publishEvent(new PlanItemStatusChanged(
                UUID.randomUUID(),
                actor,
                now(),
                personId,
                agreement.id(),
                itemId,
                agreement.number(),
                item.description(),
                from,
                c.status()));
        return item.view();
    }

    // ---------------------------------------------------------------- signature

    /**
     * The person signed: the draft becomes the version in force and the one before is superseded. Refused without
     * a plan, without the content of art. 20, with a date in the future or before the interview, with a scan that
     * is not a PDF, while the interview's meeting is running.
     */
    @Transactional
    public AgreementView sign(UUID id, Sign c, long version) {
        var personId = reads.personOf(id);
        access.write(personId);
        reads.lockPerson(personId);
        var agreement = load(id);
        agreement.requireSignable();
        agreement.requireVersion(version);
        boolean running = agreement.meetingIds().stream().map(guidance::meeting).anyMatch(MeetingView::running);
        var actor = current.actor();
        Instant now = now();
        Scan scan = c.scan();
        // the version in force steps down first (one per person); a refused signature rolls it back
        agreements.findOne(personId, AgreementView.Status.SIGNED).ifPresent(previous -> {
            previous.supersede();
            save(previous);
        });
        var kept = agreement.sign(c.signedOn(), scan, running, LocalDate.now(clock), actor, now);
        save(agreement);
        if (kept != null) {
            scans.saveAndFlush(kept);
        }
        events.publishEvent(new AgreementSigned(
                UUID.randomUUID(), actor, now, personId, id, agreement.number(), c.signedOn(), scan != null));
        return agreement.view(kept == null ? null : kept.info());
    }

    // ---------------------------------------------------------------- reading

    /** One version with its whole content: a read of the person's agreement. */
    @Transactional(readOnly = true)
    public AgreementView view(UUID id) {
        access.read(reads.personOf(id), "agreement");
        return view(load(id));
    }

    /** A user opens a version of a person's PSP: shown, and recorded in the audit log (by the policy). */
    @Transactional(readOnly = true)
    public AgreementView open(UUID id) {
        return view(id);
    }

    /**
     * A draft to edit again (a form came back with errors): its content, or the aggregate's refusal when the version
     * is signed meanwhile ({@code agreement.signed.immutable}).
     */
    @Transactional(readOnly = true)
    public AgreementView editableView(UUID id) {
        access.read(reads.personOf(id), "agreement");
        var agreement = load(id);
        agreement.requireDraft();
        return view(agreement);
    }

    /** The draft being written with its whole content, if any: what the interview's page shows. */
    @Transactional(readOnly = true)
    public Optional<AgreementView> draftView(UUID personId) {
        access.read(personId, "agreement");
        return agreements.findOne(personId, AgreementView.Status.DRAFT).map(this::view);
    }

    /** A person's versions, newest first (one indexed query; no content). */
    @Transactional(readOnly = true)
    public List<AgreementSummary> versions(UUID personId) {
        access.read(personId, "agreements");
        return reads.versions(personId);
    }

    @Transactional(readOnly = true)
    public AgreementSummary summary(UUID id) {
        access.read(reads.personOf(id), "agreement");
        return reads.summary(id);
    }

    /** The draft being written, if any. */
    @Transactional(readOnly = true)
    public Optional<AgreementSummary> draftOf(UUID personId) {
        access.read(personId, "agreements");
        return reads.byStatus(personId, AgreementView.Status.DRAFT);
    }

    /** The version in force (signed), if any. */
    @Transactional(readOnly = true)
    public Optional<AgreementSummary> signedOf(UUID personId) {
        access.read(personId, "agreements");
        return reads.byStatus(personId, AgreementView.Status.SIGNED);
    }

    /**
     * The state of the pathway's agreement stage (R1, R10): in progress while a draft is written, done once a
     * version is signed; empty when the person has no PSP (the pathway keeps what guidance derived).
     */
    @Transactional(readOnly = true)
    public Optional<PathwayView.StageState> stageState(UUID personId) {
        var versions = versions(personId);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                versions.stream().anyMatch(v -> v.status() != AgreementView.Status.DRAFT)
                        ? PathwayView.StageState.DONE
                        : PathwayView.StageState.IN_PROGRESS);
    }

    /** The signed scan of a version, if one was uploaded. */
    @Transactional(readOnly = true)
    public Optional<Scan> scan(UUID id) {
        access.read(reads.personOf(id), "agreement-scan");
        return scans.findById(id).map(AgreementScan::scan);
    }

    /**
     * The person a version belongs to, for the access check and the way back to their pages; 404 when unknown.
     * Says nothing of the content.
     */
    public UUID personOf(UUID agreementId) {
        return reads.personOf(agreementId);
    }

    // ---------------------------------------------------------------- internals

    private Agreement load(UUID id) {
        return agreements.findById(id).orElseThrow(() -> new NotFoundException("Agreement", id));
    }

    private AgreementView view(Agreement agreement) {
        return agreement.view(reads.scanInfo(agreement.id()).orElse(null));
    }

    private Instant now() {
        return Instant.now(clock);
    }

    /** A draft about to change: the access checked, the person's changes in a row, the version the operator saw. */
    private Agreement editable(UUID id, long version) {
        var personId = reads.personOf(id);
        access.write(personId);
        reads.lockPerson(personId);
        var agreement = load(id);
        agreement.requireDraft();
        agreement.requireVersion(version);
        return agreement;
    }

    /** Writes the aggregate now; a lost race the person's lock did not prevent is a stale version, never an error. */
    private void save(Agreement agreement) {
        try {
            agreements.saveAndFlush(agreement);
        } catch (OptimisticLockingFailureException e) {
            long fresh = reads.summary(agreement.id()).version();
            throw new StaleVersionException(fresh, null);
        }
    }

    private AgreementView saved(Agreement agreement, Actor actor, int phase, List<String> fields) {
        save(agreement);
        events.publishEvent(new InterviewPhaseSaved(
                UUID.randomUUID(),
                actor,
                now(),
                agreement.personId(),
                agreement.id(),
                agreement.number(),
                phase,
                fields));
        return view(agreement);
    }
}
