package it.orienta.agreement;

import it.orienta.agreement.AgreementEvents.AgreementDrafted;
import it.orienta.agreement.AgreementEvents.AgreementSigned;
import it.orienta.agreement.AgreementEvents.InterviewPhaseSaved;
import it.orienta.agreement.AgreementEvents.PlanItemStatusChanged;
import it.orienta.agreement.AgreementView.PlanItem;
import it.orienta.agreement.Commands.ChangeStatus;
import it.orienta.agreement.Commands.EndInterview;
import it.orienta.agreement.Commands.PlanItemCommand;
import it.orienta.agreement.Commands.SavePhase1;
import it.orienta.agreement.Commands.SavePhase2;
import it.orienta.agreement.Commands.SavePhase3;
import it.orienta.agreement.Commands.Scan;
import it.orienta.agreement.Commands.Sign;
import it.orienta.charter.CharterService;
import it.orienta.guidance.Commands.CloseMeeting;
import it.orienta.guidance.GuidanceService;
import it.orienta.guidance.MeetingView;
import it.orienta.guidance.PathwayView;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.system.Actor;
import it.orienta.system.CaseAccess;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interview and the PSP: drafts written in three phases (each saved on its own, with an optimistic version),
 * the interview's basic-guidance meetings (started and closed through guidance, so their time is judged against
 * the charter), signature, updates as new versions and the plan's follow-up (the PDF, the scan and the differences
 * between versions are {@link AgreementDocuments}'). It holds no rule of its own: it checks the access, loads the {@link Agreement} aggregate, calls it, saves
 * it and publishes the events (a signed version never changes: the aggregate refuses, the triggers hold it too).
 *
 * <p>Every public method asks the record-access policy first ({@link CaseAccess}): reads with what is read
 * ({@code agreements}, {@code agreement}, {@code agreement-pdf}, {@code agreement-scan}, {@code agreement-diff}),
 * changes as writes; records keyed by their own id are resolved to their person first (404 when unknown). Every
 * change of a person's agreements takes a lock of that person for its transaction, so that two operators who draft,
 * sign, start the interview or follow the plan at the same moment are put in a row: the second one meets the state
 * the first one left and gets its conflict (409), never a broken constraint.
 */
@Service
public class AgreementService {

    /** The charter activity of the interview: basic guidance (A05, R2). */
    public static final String INTERVIEW_ACTIVITY = "A05-BASE";

    /** The first key of the agreement's advisory locks (the second is the person's). */
    private static final int LOCK_SPACE = 0x50535031; // "PSP1"

    private final AgreementRepository agreements;
    private final AgreementScanRepository scans;
    private final AgreementReads reads;
    private final JdbcClient jdbc;
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
            JdbcClient jdbc,
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
        this.jdbc = jdbc;
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

    // ---------------------------------------------------------------- drafts and the interview

    /**
     * Drafts the person's next PSP version: the first one empty, later ones copying the version in force (an
     * update). With {@code startInterview} the interview's basic-guidance meeting starts now, in the same
     * transaction (a refusal of guidance, e.g. another meeting running, saves nothing). Refused with a conflict
     * when a draft exists already.
     */
    @Transactional
    public AgreementView draft(UUID personId, boolean startInterview) {
        access.write(personId);
        persons.identity(personId);
        var actor = Agreement.inACentre(current.actor());
        lockPerson(personId);
        agreements.findOne(personId, Agreement.Status.DRAFT).ifPresent(d -> {
            throw new Agreement.Conflict("agreement.draft.exists", d.number());
        });
        var signed = agreements.findOne(personId, Agreement.Status.SIGNED);
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
            throw new Agreement.Conflict("agreement.draft.exists", number);
        }
        events.publishEvent(new AgreementDrafted(
                UUID.randomUUID(),
                actor,
                now(),
                personId,
                created.id(),
                created.number(),
                signed.map(Agreement::number).orElse(null)));
        if (startInterview) {
            startInterview(created.id());
        }
        return view(created);
    }

    /** An update of a signed version: a new draft copying it (only of the version in force). */
    @Transactional
    public AgreementView update(UUID signedId) {
        var personId = reads.personOf(signedId);
        access.write(personId);
        lockPerson(personId);
        load(signedId).requireInForce();
        return draft(personId, false);
    }

    /**
     * Starts the interview's basic-guidance meeting (A05) now, or links the one the operator is already holding
     * with this person. Guidance's rules apply (one running meeting per operator).
     */
    @Transactional
    public MeetingView startInterview(UUID agreementId) {
        var personId = reads.personOf(agreementId);
        access.write(personId);
        lockPerson(personId);
        var agreement = load(agreementId);
        agreement.requireDraft();
        var actor = Agreement.inACentre(current.actor());
        var meeting = guidance.running(actor.operatorId())
                .filter(m -> m.personId().equals(personId) && INTERVIEW_ACTIVITY.equals(m.activityId()))
                .orElseGet(() -> guidance.startMeeting(personId, INTERVIEW_ACTIVITY, null));
        agreement.linkMeeting(meeting.id());
        save(agreement);
        return meeting;
    }

    /**
     * Ends the interview's running meeting through guidance: its duration is judged against the charter's
     * standard, and outside it the reason is required (guidance's rule, message on {@code deviationReason}).
     */
    @Transactional
    public MeetingView endInterview(UUID agreementId, EndInterview command) {
        var personId = reads.personOf(agreementId);
        access.write(personId);
        lockPerson(personId);
        var meeting = meetingsOf(load(agreementId)).stream()
                .filter(MeetingView::running)
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("agreement.interview.not-running", null));
        return guidance.closeMeeting(
                meeting.id(), new CloseMeeting(command.end(), null, command.deviationReason()), meeting.version());
    }

    /** The basic-guidance meetings the interview was held in, oldest first. */
    @Transactional(readOnly = true)
    public List<MeetingView> interviewMeetings(UUID agreementId) {
        access.read(reads.personOf(agreementId), "agreement");
        return meetingsOf(load(agreementId));
    }

    private List<MeetingView> meetingsOf(Agreement agreement) {
        return agreement.meetingIds().stream()
                .map(guidance::meeting)
                .sorted(Comparator.comparing(MeetingView::startedAt))
                .toList();
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
        var responsible = new Agreement.Responsible(actor.operatorId(), actor.displayName(), true);
        if (c.operatorId() != null) {
            try {
                var operator = organisation.operator(c.operatorId());
                responsible = new Agreement.Responsible(c.operatorId(), operator.fullName(), operator.active());
            } catch (NotFoundException e) {
                responsible = new Agreement.Responsible(c.operatorId(), actor.displayName(), false);
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
        lockPerson(personId);
        var agreement = agreements.findByItem(itemId).orElseThrow(() -> new NotFoundException("AgreementItem", itemId));
        var actor = current.actor();
        var from = agreement.changeItemStatus(itemId, c, version, actor, now());
        var item = agreement.item(itemId);
        if (agreement.status() == Agreement.Status.SIGNED) {
            agreements
                    .findOne(personId, Agreement.Status.DRAFT)
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
        lockPerson(personId);
        var agreement = load(id);
        agreement.requireSignable();
        agreement.requireVersion(version);
        boolean running = meetingsOf(agreement).stream().anyMatch(MeetingView::running);
        var actor = current.actor();
        Instant now = now();
        Scan scan = c.scan();
        // the version in force steps down first (one per person); a refused signature rolls it back
        agreements.findOne(personId, Agreement.Status.SIGNED).ifPresent(previous -> {
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
        return agreements.findOne(personId, Agreement.Status.DRAFT).map(this::view);
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
        return reads.byStatus(personId, Agreement.Status.DRAFT);
    }

    /** The version in force (signed), if any. */
    @Transactional(readOnly = true)
    public Optional<AgreementSummary> signedOf(UUID personId) {
        access.read(personId, "agreements");
        return reads.byStatus(personId, Agreement.Status.SIGNED);
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
                versions.stream().anyMatch(v -> v.status() != Agreement.Status.DRAFT)
                        ? PathwayView.StageState.DONE
                        : PathwayView.StageState.IN_PROGRESS);
    }

    /**
     * The person a version belongs to, for the access check and the way back to their pages; 404 when unknown.
     * Says nothing of the content.
     */
    UUID personOf(UUID agreementId) {
        return reads.personOf(agreementId);
    }

    // ---------------------------------------------------------------- internals

    private Agreement load(UUID id) {
        return agreements.findById(id).orElseThrow(() -> new NotFoundException("Agreement", id));
    }

    private AgreementView view(Agreement agreement) {
        return agreement.view(reads.scanInfo(agreement.id()).orElse(null));
    }

    /**
     * Puts the changes of one person's agreements in a row until the transaction ends: a transaction-scoped
     * advisory lock on a key derived from the person's id (this module's own key space), taken before any row lock,
     * so it cannot deadlock with them and locks no other module's rows; what is read after it is what the change
     * before left.
     */
    private void lockPerson(UUID personId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)")
                .params(LOCK_SPACE, personId.hashCode())
                .query((rs, n) -> 1)
                .list();
    }

    private Instant now() {
        return Instant.now(clock);
    }

    /** A draft about to change: the access checked, the person's changes in a row, the version the operator saw. */
    private Agreement editable(UUID id, long version) {
        var personId = reads.personOf(id);
        access.write(personId);
        lockPerson(personId);
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
