package it.orienta.profiling;

import it.orienta.intake.IntakeService;
import it.orienta.intake.IntakeView;
import it.orienta.organisation.CurrentActor;
import it.orienta.person.PersonService;
import it.orienta.person.PersonSummary;
import it.orienta.profiling.Commands.CancelReferral;
import it.orienta.profiling.Commands.ConfirmAssessment;
import it.orienta.profiling.Commands.CreateReferral;
import it.orienta.profiling.Commands.RecordStep;
import it.orienta.profiling.Commands.SaveInterview;
import it.orienta.profiling.Commands.SaveItem;
import it.orienta.profiling.Commands.SendReferral;
import it.orienta.profiling.ProfilingEvents.AssessmentConfirmed;
import it.orienta.profiling.ProfilingEvents.InterviewSaved;
import it.orienta.profiling.ProfilingEvents.ReferralCreated;
import it.orienta.profiling.ProfilingEvents.ReferralStepRecorded;
import it.orienta.profiling.ProfilingEvents.ScoreRecorded;
import it.orienta.profiling.ProfilingItem.ItemList;
import it.orienta.profiling.ReferralView.Reason;
import it.orienta.profiling.ReferralView.ReasonSource;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.AuditAction;
import it.orienta.system.CaseAccess;
import it.orienta.system.DataChanged;
import it.orienta.system.DuplicateException;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Qualitative profiling and referrals: the administrators' lists of questions and indicators, each person's
 * interview with the employability score and the deeper assessment, and referrals with their steps. Other modules
 * may ask for the referrals awaiting an answer and the overdue ones of a centre.
 *
 * <p>Every public method about a person asks the record-access policy first ({@link CaseAccess}): reads with what
 * is read ({@code profiling}, {@code referrals}, {@code referral}; the policy writes the one audit entry), changes
 * as writes; a referral is resolved to its person first (404 when unknown). The centre's lists are the centre of
 * the day's ({@link CaseAccess#centre}).
 */
@Service
public class ProfilingService {

    /** Most rows a list answers with, whatever it is asked. */
    static final int MAX_PAGE = 100;

    private static final String REFERRAL_SELECT = "select * from referral";
    private static final String AWAITING = " status in ('SENT', 'ACKNOWLEDGED')";

    /** The first key of the profiling module's advisory locks. */
    private static final int LOCK_SPACE = 0x50524F46; // "PROF"

    private final JdbcClient jdbc;
    private final PersonService persons;
    private final IntakeService intakes;
    private final ReferenceService reference;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;
    private final CaseAccess access;

    ProfilingService(
            JdbcClient jdbc,
            PersonService persons,
            IntakeService intakes,
            ReferenceService reference,
            CurrentActor current,
            ApplicationEventPublisher events,
            MessageSource messages,
            Clock clock,
            CaseAccess access) {
        this.jdbc = jdbc;
        this.persons = persons;
        this.intakes = intakes;
        this.reference = reference;
        this.current = current;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.access = access;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- the administrators' lists

    /** A list in its order, retired entries included. */
    @Transactional(readOnly = true)
    public List<ProfilingItem> items(ItemList list) {
        return jdbc.sql("select * from profiling_item where list = ? order by position, code")
                .param(list.name())
                .query((rs, i) -> itemRow(rs))
                .list();
    }

    /** The entries offered in interviews now. */
    @Transactional(readOnly = true)
    public List<ProfilingItem> activeItems(ItemList list) {
        return items(list).stream().filter(i -> !i.retired()).toList();
    }

    @Transactional(readOnly = true)
    public ProfilingItem item(UUID id) {
        return jdbc.sql("select * from profiling_item where id = ?")
                .param(id)
                .query((rs, i) -> itemRow(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("ProfilingItem", id));
    }

    /** Adds an entry at the end of its list; codes are unique within a list. */
    @Transactional
    public ProfilingItem addItem(ItemList list, SaveItem command) {
        var violations = ProfilingRules.checkItem(command);
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        String code = command.code().strip();
        lockList(list);
        requireUniqueCode(list, code, null);
        UUID id = UUID.randomUUID();
        Integer last = jdbc.sql("select coalesce(max(position), 0) from profiling_item where list = ?")
                .param(list.name())
                .query(Integer.class)
                .single();
        jdbc.sql("insert into profiling_item (id, list, code, label_it, label_en, source, position)"
                        + " values (?, ?, ?, ?, ?, 'LOCAL', ?)")
                .params(
                        id,
                        list.name(),
                        code,
                        command.labelIt().strip(),
                        command.labelEn().strip(),
                        last + 10)
                .update();
        events.publishEvent(DataChanged.of(
                current.actor(), AuditAction.CREATE, "ProfilingItem", id, List.of("code", "labelIt", "labelEn")));
        return item(id);
    }

    /** Edits an entry's code and labels; answers keep pointing to it. */
    @Transactional
    public ProfilingItem updateItem(UUID id, SaveItem command, long version) {
        var item = item(id);
        if (item.version() != version) {
            throw new StaleVersionException(item.version(), item);
        }
        var violations = ProfilingRules.checkItem(command);
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        String code = command.code().strip();
        lockList(item.list());
        requireUniqueCode(item.list(), code, id);
        int updated = jdbc.sql("update profiling_item set code = ?, label_it = ?, label_en = ?, version = version + 1"
                        + " where id = ? and version = ?")
                .params(code, command.labelIt().strip(), command.labelEn().strip(), id, version)
                .update();
        if (updated == 0) {
            var now = item(id);
            throw new StaleVersionException(now.version(), now);
        }
        events.publishEvent(DataChanged.of(
                current.actor(), AuditAction.UPDATE, "ProfilingItem", id, List.of("code", "labelIt", "labelEn")));
        return item(id);
    }

    /** Retires an entry (no longer offered) or puts it back; entries are never deleted. */
    @Transactional
    public ProfilingItem retireItem(UUID id, boolean retired) {
        item(id);
        jdbc.sql("update profiling_item set retired = ?, version = version + 1 where id = ?")
                .params(retired, id)
                .update();
        events.publishEvent(
                DataChanged.of(current.actor(), AuditAction.UPDATE, "ProfilingItem", id, List.of("retired")));
        return item(id);
    }

    /** Moves an entry one place up ({@code up}) or down in its list; at either end nothing changes. */
    @Transactional
    public List<ProfilingItem> moveItem(UUID id, boolean up) {
        var item = item(id);
        var list = new ArrayList<>(items(item.list()));
        int at = list.stream().map(ProfilingItem::id).toList().indexOf(id);
        int to = up ? at - 1 : at + 1;
        if (to >= 0 && to < list.size()) {
            list.add(to, list.remove(at));
            for (int i = 0; i < list.size(); i++) {
                jdbc.sql("update profiling_item set position = ? where id = ? and position <> ?")
                        .params((i + 1) * 10, list.get(i).id(), (i + 1) * 10)
                        .update();
            }
            events.publishEvent(
                    DataChanged.of(current.actor(), AuditAction.UPDATE, "ProfilingItem", id, List.of("position")));
        }
        return items(item.list());
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

    private void requireUniqueCode(ItemList list, String code, UUID except) {
        boolean taken = jdbc.sql("select count(*) from profiling_item where list = ? and code = ? and id <> ?")
                        .params(list.name(), code, except == null ? new UUID(0, 0) : except)
                        .query(Integer.class)
                        .single()
                > 0;
        if (taken) {
            throw new DuplicateException("profiling.item.code.duplicate", "code", null, code);
        }
    }

    // ---------------------------------------------------------------- the interview

    /** A person's interview (a read of their profiling); version 0 and empty when never recorded. */
    @Transactional(readOnly = true)
    public InterviewView interview(UUID personId) {
        access.read(personId, "profiling");
        return loadInterview(personId);
    }

    private InterviewView loadInterview(UUID personId) {
        var intake = quantitative(personId);
        var answers = new LinkedHashMap<UUID, String>();
        jdbc.sql("select question_id, answer from profiling_answer where person_id = ?")
                .param(personId)
                .query(rs -> {
                    answers.put(rs.getObject("question_id", UUID.class), rs.getString("answer"));
                });
        var indicators = new LinkedHashSet<UUID>(
                jdbc.sql("select indicator_id from profiling_marked_indicator where person_id = ?")
                        .param(personId)
                        .query((rs, i) -> rs.getObject(1, UUID.class))
                        .list());
        return jdbc.sql("select * from profiling_interview where person_id = ?")
                .param(personId)
                .query((rs, i) -> new InterviewView(
                        personId,
                        true,
                        rs.getObject("interview_date", LocalDate.class),
                        Map.copyOf(answers),
                        (Integer) rs.getObject("score", Integer.class),
                        Set.copyOf(indicators),
                        rs.getString("notes"),
                        instant(rs, "assessment_at"),
                        rs.getString("assessment_by"),
                        rs.getString("assessment_notes"),
                        intake.map(IntakeView::profilingIndex).orElse(null),
                        intake.map(IntakeView::profilingDate).orElse(null),
                        instant(rs, "updated_at"),
                        rs.getString("updated_by"),
                        rs.getLong("version")))
                .optional()
                .orElseGet(() -> new InterviewView(
                        personId,
                        false,
                        null,
                        Map.of(),
                        null,
                        Set.of(),
                        "",
                        null,
                        null,
                        null,
                        intake.map(IntakeView::profilingIndex).orElse(null),
                        intake.map(IntakeView::profilingDate).orElse(null),
                        null,
                        null,
                        0));
    }

    /** A user opens a person's interview: shown, and recorded in the audit log (by the policy); 404 when unknown. */
    @Transactional(readOnly = true)
    public InterviewView openInterview(UUID personId) {
        access.read(personId, "profiling");
        persons.identity(personId);
        return loadInterview(personId);
    }

    /**
     * Saves the interview as the operator left it ({@code version} is the one they saw; 0 for the first). The
     * score is 1–5 or none (R4); answers go to questions in the list (retired ones keep their answers), indicators
     * to indicators in the list. A refusal saves nothing.
     */
    @Transactional
    public InterviewView saveInterview(UUID personId, SaveInterview command, long version) {
        access.write(personId);
        persons.identity(personId);
        var before = loadInterview(personId);
        if (before.version() != version) {
            throw new StaleVersionException(before.version(), before);
        }
        var questions = ids(ItemList.QUESTION, before.answers().keySet());
        var indicators = ids(ItemList.INDICATOR, before.indicators());
        var violations = ProfilingRules.checkInterview(command, today(), questions, indicators);
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        var answers = new LinkedHashMap<UUID, String>();
        if (command.answers() != null) {
            command.answers().forEach((q, a) -> {
                if (a != null && !a.isBlank()) {
                    answers.put(q, a.strip());
                }
            });
        }
        Set<UUID> marked = command.indicators() == null ? Set.of() : Set.copyOf(command.indicators());
        String notes = command.notes() == null ? "" : command.notes().strip();
        var actor = current.actor();
        Instant now = Instant.now(clock);
        int written;
        if (!before.recorded()) {
            written = jdbc.sql("insert into profiling_interview (person_id, centre_code, interview_date, score, notes,"
                            + " updated_at, updated_by, version) values (?, ?, ?, ?, ?, ?, ?, 1)"
                            + " on conflict (person_id) do nothing")
                    .params(
                            personId,
                            actor.centreCode(),
                            command.interviewDate(),
                            command.score(),
                            notes,
                            Timestamp.from(now),
                            actor.displayName())
                    .update();
        } else {
            written = jdbc.sql("update profiling_interview set interview_date = ?, score = ?, notes = ?,"
                            + " centre_code = coalesce(?, centre_code), updated_at = ?, updated_by = ?,"
                            + " version = version + 1 where person_id = ? and version = ?")
                    .params(
                            command.interviewDate(),
                            command.score(),
                            notes,
                            actor.centreCode(),
                            Timestamp.from(now),
                            actor.displayName(),
                            personId,
                            version)
                    .update();
        }
        if (written == 0) {
            var now2 = loadInterview(personId);
            throw new StaleVersionException(now2.version(), now2);
        }
        jdbc.sql("delete from profiling_answer where person_id = ?")
                .param(personId)
                .update();
        answers.forEach(
                (q, a) -> jdbc.sql("insert into profiling_answer (person_id, question_id, answer) values (?, ?, ?)")
                        .params(personId, q, a)
                        .update());
        jdbc.sql("delete from profiling_marked_indicator where person_id = ?")
                .param(personId)
                .update();
        marked.forEach(i -> jdbc.sql("insert into profiling_marked_indicator (person_id, indicator_id) values (?, ?)")
                .params(personId, i)
                .update());
        var fields = new ArrayList<String>();
        if (!Objects.equals(before.interviewDate(), command.interviewDate())) fields.add("interviewDate");
        if (!before.answers().equals(answers)) fields.add("answers");
        if (!before.indicators().equals(marked)) fields.add("indicators");
        if (!Objects.equals(before.notes(), notes)) fields.add("notes");
        events.publishEvent(new InterviewSaved(
                UUID.randomUUID(),
                actor,
                now,
                personId,
                !before.recorded(),
                command.interviewDate(),
                answers.size(),
                List.copyOf(fields)));
        if (!Objects.equals(before.score(), command.score())) {
            events.publishEvent(
                    new ScoreRecorded(UUID.randomUUID(), actor, now, personId, command.score(), before.score()));
        }
        return loadInterview(personId);
    }

    /** Confirms the deeper assessment the marked indicators propose (R5); needed for a social-services referral. */
    @Transactional
    public InterviewView confirmAssessment(UUID personId, ConfirmAssessment command, long version) {
        access.write(personId);
        var interview = loadInterview(personId);
        if (interview.version() != version) {
            throw new StaleVersionException(interview.version(), interview);
        }
        var violations = ProfilingRules.checkAssessment(interview, command.notes());
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        var actor = current.actor();
        Instant now = Instant.now(clock);
        int updated = jdbc.sql("update profiling_interview set assessment_at = ?, assessment_by = ?,"
                        + " assessment_notes = ?, version = version + 1 where person_id = ? and version = ?")
                .params(
                        Timestamp.from(now),
                        actor.displayName(),
                        command.notes() == null ? null : command.notes().strip(),
                        personId,
                        version)
                .update();
        if (updated == 0) {
            var again = loadInterview(personId);
            throw new StaleVersionException(again.version(), again);
        }
        events.publishEvent(new AssessmentConfirmed(UUID.randomUUID(), actor, now, personId));
        return loadInterview(personId);
    }

    /**
     * The reasons a referral may draw from the interview: each marked indicator and each answer, with the
     * reference to give in {@link CreateReferral#reasons()} and the text the referral will keep.
     */
    @Transactional(readOnly = true)
    public List<ReasonOption> reasonOptions(UUID personId) {
        access.read(personId, "profiling");
        return reasonsOf(loadInterview(personId));
    }

    private List<ReasonOption> reasonsOf(InterviewView interview) {
        var result = new ArrayList<ReasonOption>();
        for (var indicator : items(ItemList.INDICATOR)) {
            if (interview.indicators().contains(indicator.id())) {
                result.add(new ReasonOption(
                        ReasonSource.INDICATOR + ":" + indicator.id(),
                        ReasonSource.INDICATOR,
                        indicator.id(),
                        indicator.labelIt()));
            }
        }
        for (var question : items(ItemList.QUESTION)) {
            String answer = interview.answers().get(question.id());
            if (answer != null) {
                result.add(new ReasonOption(
                        ReasonSource.ANSWER + ":" + question.id(),
                        ReasonSource.ANSWER,
                        question.id(),
                        question.labelIt() + " — " + answer));
            }
        }
        return result;
    }

    /** A reason offered from the interview: {@code ref} to choose it, {@code text} as the referral keeps it. */
    public record ReasonOption(String ref, ReasonSource source, UUID sourceId, String text) {}

    // ---------------------------------------------------------------- referrals

    /**
     * The recipient a social-services referral goes to unless the operator says otherwise: the municipal social
     * service of the person's residence (R5), or empty when the residence is unknown.
     */
    @Transactional(readOnly = true)
    public Optional<String> defaultRecipient(UUID personId) {
        access.read(personId, "referrals");
        return recipientOf(personId);
    }

    private Optional<String> recipientOf(UUID personId) {
        String code = persons.identity(personId).residenceMunicipalityCode();
        if (code == null) {
            return Optional.empty();
        }
        String name = reference.labels(CodeSystem.MUNICIPALITY, List.of(code)).getOrDefault(code, code);
        return Optional.of(messages.getMessage("referral.recipient.default", new Object[] {name}, Locale.ITALIAN));
    }

    /**
     * Writes a referral (a draft until sent). Reasons are required (R5: drawn from the interviews); to the social
     * services only after a confirmed deeper assessment. A refusal saves nothing.
     */
    @Transactional
    public ReferralView createReferral(UUID personId, CreateReferral command) {
        access.write(personId);
        persons.identity(personId);
        var actor = current.actor();
        var interview = loadInterview(personId);
        var options = new HashMap<String, ReasonOption>();
        reasonsOf(interview).forEach(o -> options.put(o.ref(), o));
        var violations = new ArrayList<Violation>();
        var reasons = new ArrayList<Reason>();
        List<String> refs = command.reasons() == null ? List.of() : command.reasons();
        for (String ref : new LinkedHashSet<>(refs)) {
            var option = options.get(ref);
            if (option == null) {
                violations.add(Violation.of("referral.reason.unknown", "reasons", ref));
            } else {
                reasons.add(new Reason(option.source(), option.sourceId(), option.text()));
            }
        }
        String recipient = command.recipient();
        if (recipient == null || recipient.isBlank()) {
            recipient = command.kind() == ReferralKind.OTHER_SERVICE
                    ? command.serviceName()
                    : recipientOf(personId).orElse(null);
        }
        var effective = new CreateReferral(
                command.kind(),
                command.serviceName(),
                recipient,
                refs,
                command.reasonText(),
                command.sharedData(),
                command.consentGiven(),
                command.dueDate());
        violations.addAll(
                ProfilingRules.checkCreate(effective, reasons.size(), interview.assessmentConfirmed(), today()));
        if (actor.centreCode() == null) {
            violations.add(Violation.of("profiling.centre.required", null));
        }
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        if (command.reasonText() != null && !command.reasonText().isBlank()) {
            reasons.add(new Reason(ReasonSource.TEXT, null, command.reasonText().strip()));
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now(clock);
        Set<DataCategory> shared = command.sharedData() == null ? Set.of() : command.sharedData();
        jdbc.sql("insert into referral (id, person_id, centre_code, kind, service_name, recipient, shared_data,"
                        + " consent_given, due_date, status, created_at, created_on, created_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?)")
                .params(
                        id,
                        personId,
                        actor.centreCode(),
                        command.kind().name(),
                        blankToNull(command.serviceName()),
                        recipient.strip(),
                        categories(shared),
                        Boolean.TRUE.equals(command.consentGiven()),
                        command.dueDate(),
                        Timestamp.from(now),
                        today(),
                        actor.displayName())
                .update();
        for (int i = 0; i < reasons.size(); i++) {
            var r = reasons.get(i);
            jdbc.sql("insert into referral_reason (referral_id, position, source, source_id, text)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(id, i + 1, r.source().name(), r.sourceId(), r.text())
                    .update();
        }
        events.publishEvent(
                new ReferralCreated(UUID.randomUUID(), actor, now, personId, id, command.kind(), recipient.strip()));
        return loadReferral(id);
    }

    /** A referral with its steps (a read of the person's referral); 404 when unknown. */
    @Transactional(readOnly = true)
    public ReferralView referral(UUID id) {
        access.read(referralPerson(id), "referral");
        return loadReferral(id);
    }

    /** A user opens a referral: shown, and recorded in the audit log (by the policy). */
    @Transactional(readOnly = true)
    public ReferralView openReferral(UUID id) {
        return referral(id);
    }

    private ReferralView loadReferral(UUID id) {
        var found = load(" where id = ?", id);
        if (found.isEmpty()) {
            throw new NotFoundException("Referral", id);
        }
        return found.getFirst();
    }

    /** The person a referral is about, for the access check; 404 when the referral does not exist. */
    private UUID referralPerson(UUID id) {
        return jdbc.sql("select person_id from referral where id = ?")
                .param(id)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Referral", id));
    }

    /** A person's referrals, newest first (a read of the person's referrals); 404 when the person is unknown. */
    @Transactional(readOnly = true)
    public List<ReferralView> referrals(UUID personId) {
        access.read(personId, "referrals");
        persons.identity(personId);
        return load(" where person_id = ? order by created_at desc", personId);
    }

    /** Sends a draft: the day, the person's consent to share, the due date of the answer. */
    @Transactional
    public ReferralView send(UUID id, SendReferral command, long version) {
        var referral = current(id, version);
        throwIfAny(ProfilingRules.checkSend(referral, command, today()));
        LocalDate due = command.dueDate() == null ? referral.dueDate() : command.dueDate();
        update(referral, "status = 'SENT', sent_on = ?, due_date = ?, consent_given = true", command.sentOn(), due);
        return stepped(referral, ReferralStatus.SENT, command.sentOn());
    }

    @Transactional
    public ReferralView acknowledge(UUID id, RecordStep command, long version) {
        var referral = current(id, version);
        throwIfAny(ProfilingRules.checkAcknowledge(referral, command, today()));
        update(referral, "status = 'ACKNOWLEDGED', acknowledged_on = ?", command.on());
        return stepped(referral, ReferralStatus.ACKNOWLEDGED, command.on());
    }

    @Transactional
    public ReferralView answer(UUID id, RecordStep command, long version) {
        var referral = current(id, version);
        throwIfAny(ProfilingRules.checkAnswer(referral, command, today()));
        update(
                referral,
                "status = 'ANSWERED', answered_on = ?, answer = ?",
                command.on(),
                command.text().strip());
        return stepped(referral, ReferralStatus.ANSWERED, command.on());
    }

    /** Records the outcome of the answered referral; it is then closed. */
    @Transactional
    public ReferralView outcome(UUID id, RecordStep command, long version) {
        var referral = current(id, version);
        throwIfAny(ProfilingRules.checkOutcome(referral, command, today()));
        update(
                referral,
                "status = 'CLOSED', outcome_on = ?, outcome = ?",
                command.on(),
                command.text().strip());
        return stepped(referral, ReferralStatus.CLOSED, command.on());
    }

    /** Cancels a referral that is not closed, with the reason. */
    @Transactional
    public ReferralView cancel(UUID id, CancelReferral command, long version) {
        var referral = current(id, version);
        throwIfAny(ProfilingRules.checkCancel(referral, command.reason()));
        update(
                referral,
                "status = 'CANCELLED', cancelled_on = ?, cancel_reason = ?",
                today(),
                command.reason().strip());
        return stepped(referral, ReferralStatus.CANCELLED, today());
    }

    /** The referrals of a centre awaiting an answer whose due date has passed, most overdue first. */
    @Transactional(readOnly = true)
    public List<ReferralView> overdueReferrals(String centreCode) {
        access.centre(centreCode);
        return load(
                " where centre_code = ? and" + AWAITING + " and due_date < ? order by due_date, created_at limit ?",
                centreCode,
                today(),
                MAX_PAGE);
    }

    /** The referrals of a centre awaiting an answer, overdue first then by due date; at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<ReferralView> awaitingAnswer(String centreCode, int limit) {
        access.centre(centreCode);
        return load(
                " where centre_code = ? and" + AWAITING + " order by due_date nulls last, created_at limit ?",
                centreCode,
                Math.min(Math.max(limit, 0), MAX_PAGE));
    }

    /**
     * The centre's referrals for the coordinator, filtered by status and/or overdue, overdue first then by due
     * date and newest; {@code size} rows from {@code page}.
     */
    @Transactional
    public ReferralPage centreReferrals(
            String centreCode, ReferralStatus status, boolean overdueOnly, int page, int size) {
        if (centreCode == null) {
            throw new RuleViolationException("profiling.centre.required", null);
        }
        access.centre(centreCode);
        int rows = Math.min(Math.max(size, 1), MAX_PAGE);
        int from = Math.max(page, 0) * rows;
        var where = new StringBuilder(" where centre_code = ?");
        var args = new ArrayList<Object>(List.of(centreCode));
        if (status != null) {
            where.append(" and status = ?");
            args.add(status.name());
        }
        if (overdueOnly) {
            where.append(" and").append(AWAITING).append(" and due_date < ?");
            args.add(today());
        }
        where.append(" order by (")
                .append(AWAITING)
                .append(" and due_date < ?) desc,")
                .append(" (")
                .append(AWAITING)
                .append(") desc, due_date nulls last, created_at desc")
                .append(" limit ? offset ?");
        args.add(today());
        args.add(rows + 1);
        args.add(from);
        var found = load(where.toString(), args.toArray());
        events.publishEvent(DataChanged.of(
                current.actor(), AuditAction.READ, "CentreReferrals", centreCode, List.of("status", "overdue")));
        return new ReferralPage(
                found.size() > rows ? found.subList(0, rows) : found, Math.max(page, 0), found.size() > rows);
    }

    /** A page of the centre's referrals. */
    public record ReferralPage(List<ReferralView> rows, int page, boolean hasMore) {}

    // ---------------------------------------------------------------- helpers

    private Optional<IntakeView> quantitative(UUID personId) {
        var now = intakes.currentIntake(personId);
        if (now.isPresent() && now.get().profilingIndex() != null) {
            return now;
        }
        return intakes.intakes(personId).stream()
                .filter(i -> i.profilingIndex() != null)
                .findFirst()
                .or(() -> now);
    }

    private Set<UUID> ids(ItemList list, Collection<UUID> alreadyUsed) {
        var ids = new HashSet<UUID>(alreadyUsed);
        activeItems(list).forEach(i -> ids.add(i.id()));
        return ids;
    }

    /** A referral about to change: the access checked (a write), the version the operator saw. */
    private ReferralView current(UUID id, long version) {
        access.write(referralPerson(id));
        var referral = loadReferral(id);
        if (referral.version() != version) {
            throw new StaleVersionException(referral.version(), referral);
        }
        return referral;
    }

    private void update(ReferralView referral, String set, Object... values) {
        var args = new ArrayList<>(Arrays.asList(values));
        args.add(referral.id());
        args.add(referral.version());
        int updated = jdbc.sql("update referral set " + set + ", version = version + 1 where id = ? and version = ?")
                .params(args)
                .update();
        if (updated == 0) {
            var now = loadReferral(referral.id());
            throw new StaleVersionException(now.version(), now);
        }
    }

    private ReferralView stepped(ReferralView referral, ReferralStatus step, LocalDate on) {
        events.publishEvent(new ReferralStepRecorded(
                UUID.randomUUID(),
                current.actor(),
                Instant.now(clock),
                referral.personId(),
                referral.id(),
                step,
                on,
                referral.recipient()));
        return loadReferral(referral.id());
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
    }

    private List<ReferralView> load(String where, Object... args) {
        var rows = jdbc.sql(REFERRAL_SELECT + where)
                .params(args)
                .query((rs, i) -> new Row(rs))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(r -> r.id).toArray(UUID[]::new);
        var reasons = new HashMap<UUID, List<Reason>>();
        jdbc.sql("select * from referral_reason where referral_id = any (?) order by referral_id, position")
                .param(ids)
                .query(rs -> {
                    reasons.computeIfAbsent(rs.getObject("referral_id", UUID.class), k -> new ArrayList<>())
                            .add(new Reason(
                                    ReasonSource.valueOf(rs.getString("source")),
                                    rs.getObject("source_id", UUID.class),
                                    rs.getString("text")));
                });
        Map<UUID, PersonSummary> names =
                persons.summaries(rows.stream().map(r -> r.personId).collect(Collectors.toSet()));
        LocalDate today = today();
        return rows.stream()
                .map(r -> r.view(reasons.getOrDefault(r.id, List.of()), names.get(r.personId), today))
                .toList();
    }

    /** A referral's row before its reasons and the person's name are added. */
    private static final class Row {
        final UUID id;
        final UUID personId;
        final ResultSnapshot data;

        Row(ResultSet rs) throws SQLException {
            id = rs.getObject("id", UUID.class);
            personId = rs.getObject("person_id", UUID.class);
            data = new ResultSnapshot(rs);
        }

        ReferralView view(List<Reason> reasons, PersonSummary person, LocalDate today) {
            var status = ReferralStatus.valueOf(data.status);
            return new ReferralView(
                    id,
                    personId,
                    person == null ? "" : person.lastName() + " " + person.firstName(),
                    data.centreCode,
                    ReferralKind.valueOf(data.kind),
                    data.serviceName,
                    data.recipient,
                    List.copyOf(reasons),
                    parseCategories(data.sharedData),
                    data.consentGiven,
                    data.dueDate,
                    status,
                    data.createdAt,
                    data.createdOn,
                    data.createdBy,
                    data.sentOn,
                    data.acknowledgedOn,
                    data.answeredOn,
                    data.answer,
                    data.outcomeOn,
                    data.outcome,
                    data.cancelledOn,
                    data.cancelReason,
                    ProfilingRules.overdue(status, data.dueDate, today),
                    data.version);
        }
    }

    /** The columns of a referral row, read while the result set is open. */
    private static final class ResultSnapshot {
        final String centreCode, kind, serviceName, recipient, sharedData, status, createdBy, answer, outcome;
        final String cancelReason;
        final boolean consentGiven;
        final LocalDate dueDate, createdOn, sentOn, acknowledgedOn, answeredOn, outcomeOn, cancelledOn;
        final Instant createdAt;
        final long version;

        ResultSnapshot(ResultSet rs) throws SQLException {
            centreCode = rs.getString("centre_code");
            kind = rs.getString("kind");
            serviceName = rs.getString("service_name");
            recipient = rs.getString("recipient");
            sharedData = rs.getString("shared_data");
            status = rs.getString("status");
            createdBy = rs.getString("created_by");
            answer = rs.getString("answer");
            outcome = rs.getString("outcome");
            cancelReason = rs.getString("cancel_reason");
            consentGiven = rs.getBoolean("consent_given");
            dueDate = rs.getObject("due_date", LocalDate.class);
            createdOn = rs.getObject("created_on", LocalDate.class);
            sentOn = rs.getObject("sent_on", LocalDate.class);
            acknowledgedOn = rs.getObject("acknowledged_on", LocalDate.class);
            answeredOn = rs.getObject("answered_on", LocalDate.class);
            outcomeOn = rs.getObject("outcome_on", LocalDate.class);
            cancelledOn = rs.getObject("cancelled_on", LocalDate.class);
            createdAt = instant(rs, "created_at");
            version = rs.getLong("version");
        }
    }

    static String categories(Set<DataCategory> categories) {
        return categories.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<DataCategory> parseCategories(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        var result = EnumSet.noneOf(DataCategory.class);
        for (String name : text.split(",")) {
            result.add(DataCategory.valueOf(name.strip()));
        }
        return result;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static ProfilingItem itemRow(ResultSet rs) throws SQLException {
        return new ProfilingItem(
                rs.getObject("id", UUID.class),
                ItemList.valueOf(rs.getString("list")),
                rs.getString("code"),
                rs.getString("label_it"),
                rs.getString("label_en"),
                rs.getString("source"),
                rs.getInt("position"),
                rs.getBoolean("retired"),
                rs.getLong("version"));
    }
}
