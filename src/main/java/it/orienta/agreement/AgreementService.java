package it.orienta.agreement;

import it.orienta.agreement.AgreementEvents.AgreementDrafted;
import it.orienta.agreement.AgreementEvents.AgreementSigned;
import it.orienta.agreement.AgreementEvents.InterviewPhaseSaved;
import it.orienta.agreement.AgreementEvents.PlanItemStatusChanged;
import it.orienta.agreement.AgreementRules.AgreementConflict;
import it.orienta.agreement.AgreementView.AgreedMeasure;
import it.orienta.agreement.AgreementView.Area;
import it.orienta.agreement.AgreementView.PlanItem;
import it.orienta.agreement.AgreementView.StatusChange;
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
import it.orienta.intake.IntakeService;
import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.OrganisationService;
import it.orienta.pathway.PathwayView;
import it.orienta.person.PersonService;
import it.orienta.system.Actor;
import it.orienta.system.CaseAccess;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interview and the PSP: drafts written in three phases (each saved on its own, with an optimistic version),
 * the interview's basic-guidance meetings (started and closed through guidance, so their time is judged against
 * the charter), signature, updates as new versions, the plan's follow-up, the PDF and the differences between
 * versions. A signed version never changes (the service refuses; database triggers hold the rule too).
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

    static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    /** The first key of the agreement's advisory locks (the second is the person's). */
    private static final int LOCK_SPACE = 0x50535031; // "PSP1"

    private static final String SUMMARY_COLUMNS =
            "id, person_id, number, status, operator_name, created_at, updated_at, signed_on, version";

    private final JdbcClient jdbc;
    private final GuidanceService guidance;
    private final CharterService charter;
    private final PersonService persons;
    private final IntakeService intakes;
    private final OrganisationService organisation;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AgreementPdf pdf;
    private final CaseAccess access;

    AgreementService(
            JdbcClient jdbc,
            GuidanceService guidance,
            CharterService charter,
            PersonService persons,
            IntakeService intakes,
            OrganisationService organisation,
            CurrentActor current,
            ApplicationEventPublisher events,
            Clock clock,
            AgreementPdf pdf,
            CaseAccess access) {
        this.jdbc = jdbc;
        this.guidance = guidance;
        this.charter = charter;
        this.persons = persons;
        this.intakes = intakes;
        this.organisation = organisation;
        this.current = current;
        this.events = events;
        this.clock = clock;
        this.pdf = pdf;
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
        var actor = actorWithCentre();
        lockPerson(personId);
        byStatus(personId, AgreementStatus.DRAFT).ifPresent(d -> {
            throw new AgreementConflict("agreement.draft.exists", null, d.number());
        });
        var signed = byStatus(personId, AgreementStatus.SIGNED);
        UUID id = signed.map(s -> copy(load(s.id()), actor)).orElseGet(() -> insertFirst(personId, actor));
        var created = load(id);
        events.publishEvent(new AgreementDrafted(
                UUID.randomUUID(),
                actor,
                now(),
                personId,
                id,
                created.number(),
                signed.map(AgreementSummary::number).orElse(null)));
        if (startInterview) {
            startInterview(id);
        }
        return load(id);
    }

    /** An update of a signed version: a new draft copying it (only of the version in force). */
    @Transactional
    public AgreementView update(UUID signedId) {
        var personId = personOf(signedId);
        access.write(personId);
        lockPerson(personId);
        var signed = head(signedId);
        if (signed.status() != AgreementStatus.SIGNED) {
            throw new AgreementConflict("agreement.update.not-in-force", null, signed.number());
        }
        return draft(signed.personId(), false);
    }

    /**
     * Starts the interview's basic-guidance meeting (A05) now, or links the one the operator is already holding
     * with this person. Guidance's rules apply (one running meeting per operator).
     */
    @Transactional
    public MeetingView startInterview(UUID agreementId) {
        var personId = personOf(agreementId);
        access.write(personId);
        lockPerson(personId);
        var agreement = head(agreementId);
        AgreementRules.checkEditable(agreement.status(), agreement.number());
        var actor = actorWithCentre();
        var running = guidance.running(actor.operatorId())
                .filter(m -> m.personId().equals(agreement.personId()) && INTERVIEW_ACTIVITY.equals(m.activityId()))
                .orElse(null);
        var meeting = running != null ? running : guidance.startMeeting(agreement.personId(), INTERVIEW_ACTIVITY, null);
        jdbc.sql("insert into agreement_meeting (agreement_id, meeting_id) values (?, ?) on conflict do nothing")
                .params(agreementId, meeting.id())
                .update();
        return meeting;
    }

    /**
     * Ends the interview's running meeting through guidance: its duration is judged against the charter's
     * standard, and outside it the reason is required (guidance's rule, message on {@code deviationReason}).
     */
    @Transactional
    public MeetingView endInterview(UUID agreementId, EndInterview command) {
        var personId = personOf(agreementId);
        access.write(personId);
        lockPerson(personId);
        var meeting = meetingsOf(agreementId).stream()
                .filter(MeetingView::running)
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("agreement.interview.not-running", null));
        return guidance.closeMeeting(
                meeting.id(), new CloseMeeting(command.end(), null, command.deviationReason()), meeting.version());
    }

    /** The basic-guidance meetings the interview was held in, oldest first. */
    @Transactional(readOnly = true)
    public List<MeetingView> interviewMeetings(UUID agreementId) {
        access.read(personOf(agreementId), "agreement");
        return meetingsOf(agreementId);
    }

    private List<MeetingView> meetingsOf(UUID agreementId) {
        return jdbc
                .sql("select meeting_id from agreement_meeting where agreement_id = ?")
                .param(agreementId)
                .query(UUID.class)
                .list()
                .stream()
                .map(guidance::meeting)
                .sorted(java.util.Comparator.comparing(MeetingView::startedAt))
                .toList();
    }

    // ---------------------------------------------------------------- phases

    /** Phase 1 (R6). {@code version} is the one the operator saw. */
    @Transactional
    public AgreementView savePhase1(UUID id, SavePhase1 c, long version) {
        var agreement = editable(id, version);
        AgreementRules.throwIfAny(AgreementRules.checkPhase1(c));
        var actor = current.actor();
        bump(
                agreement,
                actor,
                "phase1_saved_at = ?, explained_process = ?, explained_rights = ?, expectations = ?, motivation = ?",
                Timestamp.from(now()),
                Boolean.TRUE.equals(c.explainedProcess()),
                Boolean.TRUE.equals(c.explainedRights()),
                AgreementRules.clean(c.expectations()),
                AgreementRules.clean(c.motivation()));
        return saved(agreement, actor, 1, List.of("explainedProcess", "explainedRights", "expectations", "motivation"));
    }

    /** Phase 2 (R7, R8): the ten areas, the portal registration and the CV status. */
    @Transactional
    public AgreementView savePhase2(UUID id, SavePhase2 c, long version) {
        var agreement = editable(id, version);
        AgreementRules.throwIfAny(AgreementRules.checkPhase2(c));
        var actor = current.actor();
        bump(
                agreement,
                actor,
                "phase2_saved_at = ?, portal_registration = ?, cv_status = ?",
                Timestamp.from(now()),
                c.portalRegistration() == null ? null : c.portalRegistration().name(),
                c.cvStatus() == null ? null : c.cvStatus().name());
        Map<Integer, Integer> ratings = c.ratings() == null ? Map.of() : c.ratings();
        Map<Integer, String> notes = c.notes() == null ? Map.of() : c.notes();
        for (int area = 1; area <= 10; area++) {
            jdbc.sql("update agreement_area set rating = ?, notes = ? where agreement_id = ? and area = ?")
                    .params(ratings.get(area), AgreementRules.clean(notes.get(area)), id, area)
                    .update();
        }
        return saved(agreement, actor, 2, List.of("areas", "portalRegistration", "cvStatus"));
    }

    /** Phase 3 apart from the plan items: the goal, the content of art. 20 (R10) and the measures (R25). */
    @Transactional
    public AgreementView savePhase3(UUID id, SavePhase3 c, long version) {
        var agreement = editable(id, version);
        var violations = new ArrayList<>(AgreementRules.checkPhase3(c));
        var actor = current.actor();
        UUID operatorId = c.operatorId() == null ? actor.operatorId() : c.operatorId();
        String operatorName = actor.displayName();
        if (c.operatorId() != null) {
            try {
                var operator = organisation.operator(c.operatorId());
                if (!operator.active()) {
                    violations.add(RuleViolationException.Violation.of("agreement.operator.unknown", "operatorId"));
                }
                operatorName = operator.fullName();
            } catch (NotFoundException e) {
                violations.add(RuleViolationException.Violation.of("agreement.operator.unknown", "operatorId"));
            }
        }
        AgreementRules.throwIfAny(violations);
        bump(
                agreement,
                actor,
                "phase3_saved_at = ?, goal = ?, operator_id = ?, operator_name = ?, profiling_class = ?,"
                        + " contact_frequency = ?, proof_of_search = ?, available_workshops = ?,"
                        + " available_training = ?, available_job_offers = ?, availability_notes = ?,"
                        + " next_appointment = ?",
                Timestamp.from(now()),
                AgreementRules.clean(c.goal()),
                operatorId,
                operatorName,
                c.profilingClass() == null ? null : c.profilingClass().name(),
                AgreementRules.clean(c.contactFrequency()),
                AgreementRules.clean(c.proofOfSearch()),
                Boolean.TRUE.equals(c.availableWorkshops()),
                Boolean.TRUE.equals(c.availableTraining()),
                Boolean.TRUE.equals(c.availableJobOffers()),
                AgreementRules.clean(c.availabilityNotes()),
                c.nextAppointment() == null
                        ? null
                        : Timestamp.from(c.nextAppointment().atZone(ZONE).toInstant()));
        jdbc.sql("delete from agreement_measure where agreement_id = ?")
                .param(id)
                .update();
        var notes = c.measureNotes() == null ? Map.<Measure, String>of() : c.measureNotes();
        for (var m : c.measures() == null
                ? List.<Measure>of()
                : c.measures().stream().distinct().toList()) {
            jdbc.sql("insert into agreement_measure (agreement_id, measure, notes) values (?, ?, ?)")
                    .params(id, m.name(), AgreementRules.clean(notes.get(m)))
                    .update();
        }
        return saved(agreement, actor, 3, List.of("goal", "art20", "measures"));
    }

    // ---------------------------------------------------------------- plan items

    /** Adds a plan item (R9) to a draft; it starts planned, and its history starts there. */
    @Transactional
    public AgreementView addItem(UUID id, PlanItemCommand c, long version) {
        var agreement = editable(id, version);
        checkItem(c);
        var actor = current.actor();
        bump(agreement, actor, "phase3_saved_at = coalesce(phase3_saved_at, ?)", Timestamp.from(now()));
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from agreement_item where agreement_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        UUID itemId = UUID.randomUUID();
        jdbc.sql("insert into agreement_item (id, agreement_id, lineage_id, position, kind, activity_id, actor_name,"
                        + " actor_kind, description, due_date, frequency, status) values"
                        + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED')")
                .params(itemParams(itemId, id, UUID.randomUUID(), position, c))
                .update();
        history(itemId, ItemStatus.PLANNED, actor, "");
        return saved(agreement, actor, 3, List.of("items"));
    }

    /** Changes a draft's plan item (its status changes through {@link #changeItemStatus}). */
    @Transactional
    public AgreementView updateItem(UUID id, UUID itemId, PlanItemCommand c, long version) {
        var agreement = editable(id, version);
        item(id, itemId);
        checkItem(c);
        var actor = current.actor();
        bump(agreement, actor, "phase3_saved_at = ?", Timestamp.from(now()));
        jdbc.sql("update agreement_item set kind = ?, activity_id = ?, actor_name = ?, actor_kind = ?,"
                        + " description = ?, due_date = ?, frequency = ?, version = version + 1 where id = ?")
                .params(
                        c.kind().name(),
                        c.kind() == ItemKind.CENTRE ? c.activityId() : null,
                        c.kind() == ItemKind.NETWORK ? AgreementRules.clean(c.actorName()) : null,
                        c.kind() == ItemKind.NETWORK ? c.actorKind().name() : null,
                        AgreementRules.clean(c.description()),
                        c.dueDate(),
                        AgreementRules.blank(c.frequency())
                                ? null
                                : c.frequency().strip(),
                        itemId)
                .update();
        return saved(agreement, actor, 3, List.of("items"));
    }

    /** Removes a plan item from a draft. */
    @Transactional
    public AgreementView removeItem(UUID id, UUID itemId, long version) {
        var agreement = editable(id, version);
        item(id, itemId);
        var actor = current.actor();
        bump(agreement, actor, "phase3_saved_at = ?", Timestamp.from(now()));
        jdbc.sql("delete from agreement_item_status where item_id = ?")
                .param(itemId)
                .update();
        jdbc.sql("delete from agreement_item where id = ?").param(itemId).update();
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
        var personId = jdbc.sql("select a.person_id from agreement_item i join agreement a on a.id = i.agreement_id"
                        + " where i.id = ?")
                .param(itemId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("AgreementItem", itemId));
        access.write(personId);
        lockPerson(personId);
        var row = jdbc.sql("select i.agreement_id, i.lineage_id, i.status, i.description, i.version, a.status,"
                        + " a.person_id, a.number from agreement_item i join agreement a on a.id = i.agreement_id"
                        + " where i.id = ?")
                .param(itemId)
                .query((rs, n) -> new Object[] {
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    ItemStatus.valueOf(rs.getString(3)),
                    rs.getString(4),
                    rs.getLong(5),
                    AgreementStatus.valueOf(rs.getString(6)),
                    rs.getObject(7, UUID.class),
                    rs.getInt(8)
                })
                .optional()
                .orElseThrow(() -> new NotFoundException("AgreementItem", itemId));
        UUID agreementId = (UUID) row[0];
        var from = (ItemStatus) row[2];
        var agreementStatus = (AgreementStatus) row[5];
        if (agreementStatus == AgreementStatus.SUPERSEDED) {
            throw new AgreementConflict("agreement.item.superseded", null, row[7]);
        }
        if ((long) row[4] != version) {
            throw new StaleVersionException((long) row[4], planItem(agreementId, itemId));
        }
        AgreementRules.throwIfAny(AgreementRules.checkStatusChange(from, c));
        var actor = current.actor();
        setStatus(itemId, version, c.status(), actor, AgreementRules.clean(c.note()), agreementId);
        if (agreementStatus == AgreementStatus.SIGNED) {
            jdbc.sql("select i.id, i.version from agreement_item i join agreement a on a.id = i.agreement_id"
                            + " where a.person_id = ? and a.status = 'DRAFT' and i.lineage_id = ? and i.status = ?")
                    .params(row[6], row[1], from.name())
                    .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getLong(2)})
                    .optional()
                    .ifPresent(copy -> carry((UUID) copy[0], (long) copy[1], c.status(), actor, c.note()));
        }
        events.publishEvent(new PlanItemStatusChanged(
                UUID.randomUUID(),
                actor,
                now(),
                (UUID) row[6],
                agreementId,
                itemId,
                (int) row[7],
                (String) row[3],
                from,
                c.status()));
        return planItem(agreementId, itemId);
    }

    // ---------------------------------------------------------------- signature

    /**
     * The person signed: the draft becomes the version in force and the one before is superseded. Refused without
     * a plan, without the content of art. 20, with a date in the future or before the interview, with a scan that
     * is not a PDF, while the interview's meeting is running.
     */
    @Transactional
    public AgreementView sign(UUID id, Sign c, long version) {
        var personId = personOf(id);
        access.write(personId);
        lockPerson(personId);
        var agreement = load(id);
        if (agreement.status() == AgreementStatus.SIGNED) {
            // signed meanwhile (a second click, another operator): one signature per version
            throw new AgreementConflict("agreement.sign.already-signed", null, agreement.number());
        }
        AgreementRules.checkEditable(agreement.status(), agreement.number());
        if (agreement.version() != version) {
            throw new StaleVersionException(agreement.version(), agreement);
        }
        boolean running = meetingsOf(id).stream().anyMatch(MeetingView::running);
        LocalDate interviewDay = LocalDate.ofInstant(agreement.createdAt(), ZONE);
        AgreementRules.throwIfAny(AgreementRules.checkSignature(
                agreement, c.signedOn(), c.scan(), interviewDay, LocalDate.now(clock), running));
        var actor = current.actor();
        Instant now = now();
        jdbc.sql("update agreement set status = 'SUPERSEDED', version = version + 1 where person_id = ?"
                        + " and status = 'SIGNED'")
                .param(agreement.personId())
                .update();
        Scan scan = c.scan();
        int n = jdbc.sql("update agreement set status = 'SIGNED', signed_on = ?, signed_at = ?, signed_by = ?,"
                        + " signature_method = ?, updated_at = ?, updated_by = ?, version = version + 1"
                        + " where id = ? and version = ? and status = 'DRAFT'")
                .params(
                        c.signedOn(),
                        Timestamp.from(now),
                        actor.displayName(),
                        scan == null ? "PAPER" : "SCAN",
                        Timestamp.from(now),
                        actor.displayName(),
                        id,
                        version)
                .update();
        if (n == 0) {
            var fresh = load(id);
            throw new StaleVersionException(fresh.version(), fresh);
        }
        if (scan != null) {
            jdbc.sql("insert into agreement_scan (agreement_id, file_name, size_bytes, content, uploaded_at)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(id, scanName(scan.fileName()), scan.content().length, scan.content(), Timestamp.from(now))
                    .update();
        }
        events.publishEvent(new AgreementSigned(
                UUID.randomUUID(),
                actor,
                now,
                agreement.personId(),
                id,
                agreement.number(),
                c.signedOn(),
                scan != null));
        return load(id);
    }

    /** The signed scan of a version, if one was uploaded. */
    @Transactional(readOnly = true)
    public Optional<Scan> scan(UUID id) {
        access.read(personOf(id), "agreement-scan");
        return jdbc.sql("select file_name, content from agreement_scan where agreement_id = ?")
                .param(id)
                .query((rs, n) -> new Scan(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    // ---------------------------------------------------------------- reading

    /** One version with its whole content: a read of the person's agreement. */
    @Transactional(readOnly = true)
    public AgreementView view(UUID id) {
        access.read(personOf(id), "agreement");
        return load(id);
    }

    /** One version with its whole content, for this service's own use (the caller has checked the access). */
    private AgreementView load(UUID id) {
        var head = jdbc.sql("select * from agreement where id = ?")
                .param(id)
                .query((rs, n) -> headRow(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("Agreement", id));
        var areas = new ArrayList<Area>();
        jdbc.sql("select area, rating, notes from agreement_area where agreement_id = ? order by area")
                .param(id)
                .query((ResultSet rs) -> {
                    areas.add(new Area(rs.getInt(1), (Integer) rs.getObject(2, Integer.class), rs.getString(3)));
                });
        var measures = jdbc.sql("select measure, notes from agreement_measure where agreement_id = ? order by measure")
                .param(id)
                .query((rs, n) -> new AgreedMeasure(Measure.of(rs.getString(1)), rs.getString(2)))
                .list();
        var items = items(id);
        var meetings = jdbc.sql("select meeting_id from agreement_meeting where agreement_id = ?")
                .param(id)
                .query(UUID.class)
                .list();
        var scan = jdbc.sql("select file_name, size_bytes from agreement_scan where agreement_id = ?")
                .param(id)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2)})
                .optional();
        return head.view(
                areas,
                measures,
                items,
                meetings,
                scan.map(r -> (String) r[0]).orElse(null),
                scan.map(r -> (Integer) r[1]).orElse(null));
    }

    /** A user opens a version of a person's PSP: shown, and recorded in the audit log (by the policy). */
    @Transactional(readOnly = true)
    public AgreementView open(UUID id) {
        return view(id);
    }

    /** The draft being written with its whole content, if any: what the interview's page shows. */
    @Transactional(readOnly = true)
    public Optional<AgreementView> draftView(UUID personId) {
        access.read(personId, "agreement");
        return byStatus(personId, AgreementStatus.DRAFT).map(d -> load(d.id()));
    }

    /** A person's versions, newest first (one indexed query; no content). */
    @Transactional(readOnly = true)
    public List<AgreementSummary> versions(UUID personId) {
        access.read(personId, "agreements");
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from agreement where person_id = ? order by number desc")
                .param(personId)
                .query((rs, n) -> summaryRow(rs))
                .list();
    }

    @Transactional(readOnly = true)
    public AgreementSummary summary(UUID id) {
        access.read(personOf(id), "agreement");
        return head(id);
    }

    private AgreementSummary head(UUID id) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from agreement where id = ?")
                .param(id)
                .query((rs, n) -> summaryRow(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("Agreement", id));
    }

    /** The draft being written, if any. */
    @Transactional(readOnly = true)
    public Optional<AgreementSummary> draftOf(UUID personId) {
        access.read(personId, "agreements");
        return byStatus(personId, AgreementStatus.DRAFT);
    }

    /** The version in force (signed), if any. */
    @Transactional(readOnly = true)
    public Optional<AgreementSummary> signedOf(UUID personId) {
        access.read(personId, "agreements");
        return byStatus(personId, AgreementStatus.SIGNED);
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
                versions.stream().anyMatch(v -> v.status() != AgreementStatus.DRAFT)
                        ? PathwayView.StageState.DONE
                        : PathwayView.StageState.IN_PROGRESS);
    }

    /** The differences between two versions of the same person's PSP, older first. */
    @Transactional(readOnly = true)
    public AgreementDiff diff(UUID a, UUID b) {
        access.read(personOf(a), "agreement-diff");
        access.read(personOf(b), "agreement-diff");
        var left = load(a);
        var right = load(b);
        if (!left.personId().equals(right.personId())) {
            throw new RuleViolationException("agreement.diff.other-person", null);
        }
        if (left.number() > right.number()) {
            var t = left;
            left = right;
            right = t;
        }
        return AgreementDiff.between(left, right);
    }

    /** The PSP document (tagged PDF, plain Italian first page). */
    @Transactional(readOnly = true)
    public byte[] pdf(UUID id) {
        access.read(personOf(id), "agreement-pdf");
        var agreement = load(id);
        var person = persons.view(agreement.personId());
        var labels = new HashMap<String, String>();
        charter.activities().forEach(a -> labels.put(a.id(), a.labelIt()));
        return pdf.render(agreement, person, labels);
    }

    // ---------------------------------------------------------------- internals

    /**
     * The person a version belongs to, for the access check and the way back to their pages; 404 when unknown.
     * Says nothing of the content.
     */
    UUID personOf(UUID agreementId) {
        return jdbc.sql("select person_id from agreement where id = ?")
                .param(agreementId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Agreement", agreementId));
    }

    /**
     * Puts the changes of one person's agreements in a row until the transaction ends (a transaction-scoped
     * advisory lock, taken before any row lock, so it cannot deadlock with them); what is read after it is what
     * the change before left.
     */
    private void lockPerson(UUID personId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)")
                .params(LOCK_SPACE, personId.hashCode())
                .query((rs, n) -> 1)
                .list();
    }

    private Optional<AgreementSummary> byStatus(UUID personId, AgreementStatus status) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from agreement where person_id = ? and status = ?")
                .params(personId, status.name())
                .query((rs, n) -> summaryRow(rs))
                .optional();
    }

    private Actor actorWithCentre() {
        var actor = current.actor();
        if (actor.centreCode() == null || actor.operatorId() == null) {
            throw new RuleViolationException("agreement.centre.required", null);
        }
        return actor;
    }

    private Instant now() {
        return Instant.now(clock);
    }

    /** A draft about to change: the access checked, the person's changes in a row, the version the operator saw. */
    private AgreementSummary editable(UUID id, long version) {
        var personId = personOf(id);
        access.write(personId);
        lockPerson(personId);
        var agreement = head(id);
        AgreementRules.checkEditable(agreement.status(), agreement.number());
        if (agreement.version() != version) {
            throw new StaleVersionException(agreement.version(), load(id));
        }
        return agreement;
    }

    /** Updates the draft's row at the version the operator saw; a concurrent change answers with the current state. */
    private void bump(AgreementSummary agreement, Actor actor, String set, Object... values) {
        var params = new ArrayList<>(java.util.Arrays.asList(values));
        params.add(Timestamp.from(now()));
        params.add(actor.displayName());
        params.add(agreement.id());
        params.add(agreement.version());
        int n = jdbc.sql("update agreement set " + set + ", updated_at = ?, updated_by = ?, version = version + 1"
                        + " where id = ? and version = ? and status = 'DRAFT'")
                .params(params)
                .update();
        if (n == 0) {
            var fresh = load(agreement.id());
            AgreementRules.checkEditable(fresh.status(), fresh.number());
            throw new StaleVersionException(fresh.version(), fresh);
        }
    }

    private AgreementView saved(AgreementSummary agreement, Actor actor, int phase, List<String> fields) {
        events.publishEvent(new InterviewPhaseSaved(
                UUID.randomUUID(),
                actor,
                now(),
                agreement.personId(),
                agreement.id(),
                agreement.number(),
                phase,
                fields));
        return load(agreement.id());
    }

    private void checkItem(PlanItemCommand c) {
        var violations = new ArrayList<>(AgreementRules.checkItem(c));
        if (c.kind() == ItemKind.CENTRE && !AgreementRules.blank(c.activityId())) {
            var activity = charter.find(c.activityId()).orElse(null);
            if (activity == null) {
                violations.add(RuleViolationException.Violation.of("agreement.item.activity.unknown", "activityId"));
            } else if (activity.retired()) {
                violations.add(RuleViolationException.Violation.of(
                        "agreement.item.activity.retired", "activityId", activity.labelIt()));
            }
        }
        AgreementRules.throwIfAny(violations);
    }

    private static Object[] itemParams(UUID itemId, UUID agreementId, UUID lineage, int position, PlanItemCommand c) {
        return new Object[] {
            itemId,
            agreementId,
            lineage,
            position,
            c.kind().name(),
            c.kind() == ItemKind.CENTRE ? c.activityId() : null,
            c.kind() == ItemKind.NETWORK ? AgreementRules.clean(c.actorName()) : null,
            c.kind() == ItemKind.NETWORK ? c.actorKind().name() : null,
            AgreementRules.clean(c.description()),
            c.dueDate(),
            AgreementRules.blank(c.frequency()) ? null : c.frequency().strip()
        };
    }

    private void item(UUID agreementId, UUID itemId) {
        boolean exists = jdbc.sql("select count(*) from agreement_item where id = ? and agreement_id = ?")
                        .params(itemId, agreementId)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!exists) {
            throw new NotFoundException("AgreementItem", itemId);
        }
    }

    private void setStatus(UUID itemId, long version, ItemStatus status, Actor actor, String note, UUID agreementId) {
        int n = jdbc.sql("update agreement_item set status = ?, version = version + 1 where id = ? and version = ?")
                .params(status.name(), itemId, version)
                .update();
        if (n == 0) {
            var fresh = planItem(agreementId, itemId);
            throw new StaleVersionException(fresh.version(), fresh);
        }
        history(itemId, status, actor, note);
    }

    /**
     * Carries a follow-up change of the version in force to the same item of the draft update when that item is
     * still where the signed one was; a draft item changed or removed meanwhile keeps its own state.
     */
    private void carry(UUID copyId, long copyVersion, ItemStatus status, Actor actor, String note) {
        int n = jdbc.sql("update agreement_item set status = ?, version = version + 1 where id = ? and version = ?")
                .params(status.name(), copyId, copyVersion)
                .update();
        if (n > 0) {
            history(copyId, status, actor, AgreementRules.clean(note));
        }
    }

    private void history(UUID itemId, ItemStatus status, Actor actor, String note) {
        jdbc.sql("insert into agreement_item_status (id, item_id, status, changed_at, changed_by, note)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), itemId, status.name(), Timestamp.from(now()), actor.displayName(), note)
                .update();
    }

    private PlanItem planItem(UUID agreementId, UUID itemId) {
        return items(agreementId).stream()
                .filter(i -> i.id().equals(itemId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("AgreementItem", itemId));
    }

    private List<PlanItem> items(UUID agreementId) {
        var history = new HashMap<UUID, List<StatusChange>>();
        jdbc.sql("select h.item_id, h.status, h.changed_at, h.changed_by, h.note from agreement_item_status h"
                        + " join agreement_item i on i.id = h.item_id where i.agreement_id = ?"
                        + " order by h.changed_at, h.id")
                .param(agreementId)
                .query((ResultSet rs) -> {
                    history.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new StatusChange(
                                    ItemStatus.valueOf(rs.getString(2)),
                                    rs.getTimestamp(3).toInstant(),
                                    rs.getString(4),
                                    rs.getString(5)));
                });
        return jdbc.sql("select * from agreement_item where agreement_id = ? order by position")
                .param(agreementId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String actorKind = rs.getString("actor_kind");
                    return new PlanItem(
                            id,
                            rs.getObject("lineage_id", UUID.class),
                            rs.getInt("position"),
                            ItemKind.valueOf(rs.getString("kind")),
                            rs.getString("activity_id"),
                            rs.getString("actor_name"),
                            actorKind == null ? null : NetworkActorKind.valueOf(actorKind),
                            rs.getString("description"),
                            rs.getObject("due_date", LocalDate.class),
                            rs.getString("frequency"),
                            ItemStatus.valueOf(rs.getString("status")),
                            List.copyOf(history.getOrDefault(id, List.of())),
                            rs.getLong("version"));
                })
                .list();
    }

    private int nextNumber(UUID personId) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from agreement where person_id = ?")
                .param(personId)
                .query(Integer.class)
                .single();
    }

    private UUID insertFirst(UUID personId, Actor actor) {
        UUID id = UUID.randomUUID();
        var suggested = intakes.currentIntake(personId)
                .map(i -> ProfilingClass.suggested(i.profilingIndex()))
                .orElse(null);
        insertHead(id, personId, nextNumber(personId), null, actor);
        jdbc.sql("update agreement set profiling_class = ? where id = ?")
                .params(suggested == null ? null : suggested.name(), id)
                .update();
        for (int area = 1; area <= 10; area++) {
            jdbc.sql("insert into agreement_area (agreement_id, area) values (?, ?)")
                    .params(id, area)
                    .update();
        }
        return id;
    }

    private void insertHead(UUID id, UUID personId, int number, UUID previousId, Actor actor) {
        Timestamp now = Timestamp.from(now());
        // "on conflict do nothing": another operator drafting at the same moment leaves the transaction usable
        int n = jdbc.sql("insert into agreement (id, person_id, number, status, previous_id, centre_code, created_at,"
                        + " created_by, updated_at, updated_by, operator_id, operator_name) values"
                        + " (?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(
                        id,
                        personId,
                        number,
                        previousId,
                        actor.centreCode(),
                        now,
                        actor.displayName(),
                        now,
                        actor.displayName(),
                        actor.operatorId(),
                        actor.displayName())
                .update();
        if (n == 0) {
            throw new AgreementConflict(
                    "agreement.draft.exists",
                    null,
                    byStatus(personId, AgreementStatus.DRAFT)
                            .map(AgreementSummary::number)
                            .orElse(number));
        }
    }

    /** A new draft copying the version in force: content, measures, plan items with their status and history. */
    private UUID copy(AgreementView from, Actor actor) {
        UUID id = UUID.randomUUID();
        insertHead(id, from.personId(), nextNumber(from.personId()), from.id(), actor);
        jdbc.sql("update agreement a set phase1_saved_at = s.phase1_saved_at, explained_process ="
                        + " s.explained_process, explained_rights = s.explained_rights, expectations = s.expectations,"
                        + " motivation = s.motivation, phase2_saved_at = s.phase2_saved_at, portal_registration ="
                        + " s.portal_registration, cv_status = s.cv_status, phase3_saved_at = s.phase3_saved_at,"
                        + " goal = s.goal, operator_id = s.operator_id, operator_name = s.operator_name,"
                        + " profiling_class = s.profiling_class, contact_frequency = s.contact_frequency,"
                        + " proof_of_search = s.proof_of_search, available_workshops = s.available_workshops,"
                        + " available_training = s.available_training, available_job_offers ="
                        + " s.available_job_offers, availability_notes = s.availability_notes"
                        + " from agreement s where s.id = ? and a.id = ?")
                .params(from.id(), id)
                .update();
        jdbc.sql("insert into agreement_area (agreement_id, area, rating, notes)"
                        + " select ?, area, rating, notes from agreement_area where agreement_id = ?")
                .params(id, from.id())
                .update();
        jdbc.sql("insert into agreement_measure (agreement_id, measure, notes)"
                        + " select ?, measure, notes from agreement_measure where agreement_id = ?")
                .params(id, from.id())
                .update();
        for (var item : from.items()) {
            UUID copyId = UUID.randomUUID();
            jdbc.sql("insert into agreement_item (id, agreement_id, lineage_id, position, kind, activity_id,"
                            + " actor_name, actor_kind, description, due_date, frequency, status)"
                            + " select ?, ?, lineage_id, position, kind, activity_id, actor_name, actor_kind,"
                            + " description, due_date, frequency, status from agreement_item where id = ?")
                    .params(copyId, id, item.id())
                    .update();
            jdbc.sql("insert into agreement_item_status (id, item_id, status, changed_at, changed_by, note)"
                            + " select gen_random_uuid(), ?, status, changed_at, changed_by, note"
                            + " from agreement_item_status where item_id = ?")
                    .params(copyId, item.id())
                    .update();
        }
        return id;
    }

    private static String scanName(String name) {
        String n = name == null || name.isBlank() ? "patto-firmato.pdf" : name.strip();
        n = n.replaceAll("[\\\\/\\p{Cntrl}\"]", "_");
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static AgreementSummary summaryRow(ResultSet rs) throws SQLException {
        return new AgreementSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getInt("number"),
                AgreementStatus.valueOf(rs.getString("status")),
                rs.getString("operator_name"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                rs.getObject("signed_on", LocalDate.class),
                rs.getLong("version"));
    }

    private static ResultSetValues headRow(ResultSet rs) throws SQLException {
        return new ResultSetValues(rs);
    }

    /** The columns of one agreement row, read while the result set is open; it waits for the other rows. */
    private static final class ResultSetValues {
        private final Map<String, Object> values = new HashMap<>();

        ResultSetValues(ResultSet rs) throws SQLException {
            var meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                values.put(meta.getColumnLabel(i), rs.getObject(i));
            }
            values.put("signed_on", rs.getObject("signed_on", LocalDate.class));
        }

        private String s(String c) {
            return (String) values.get(c);
        }

        private boolean b(String c) {
            return Boolean.TRUE.equals(values.get(c));
        }

        private Instant t(String c) {
            var v = values.get(c);
            return v == null ? null : ((Timestamp) v).toInstant();
        }

        AgreementView view(
                List<Area> areas,
                List<AgreedMeasure> measures,
                List<PlanItem> items,
                List<UUID> meetings,
                String scanName,
                Integer scanBytes) {
            String portal = s("portal_registration");
            String cv = s("cv_status");
            String profiling = s("profiling_class");
            String method = s("signature_method");
            var signature = values.get("signed_on") == null
                    ? null
                    : new AgreementView.Signature(
                            (LocalDate) values.get("signed_on"),
                            t("signed_at"),
                            s("signed_by"),
                            method,
                            scanName,
                            scanBytes);
            return new AgreementView(
                    (UUID) values.get("id"),
                    (UUID) values.get("person_id"),
                    (Integer) values.get("number"),
                    AgreementStatus.valueOf(s("status")),
                    (UUID) values.get("previous_id"),
                    s("centre_code"),
                    t("created_at"),
                    s("created_by"),
                    t("updated_at"),
                    s("updated_by"),
                    new AgreementView.Phase1(
                            t("phase1_saved_at"),
                            b("explained_process"),
                            b("explained_rights"),
                            s("expectations"),
                            s("motivation")),
                    new AgreementView.Phase2(
                            t("phase2_saved_at"),
                            List.copyOf(areas),
                            portal == null ? null : PortalRegistration.valueOf(portal),
                            cv == null ? null : CvStatus.valueOf(cv)),
                    new AgreementView.Phase3(
                            t("phase3_saved_at"),
                            s("goal"),
                            (UUID) values.get("operator_id"),
                            s("operator_name"),
                            profiling == null ? null : ProfilingClass.valueOf(profiling),
                            s("contact_frequency"),
                            s("proof_of_search"),
                            b("available_workshops"),
                            b("available_training"),
                            b("available_job_offers"),
                            s("availability_notes"),
                            t("next_appointment"),
                            measures),
                    List.copyOf(items),
                    List.copyOf(meetings),
                    signature,
                    (Long) values.get("version"));
        }
    }
}
