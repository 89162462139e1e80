package it.orienta.intake;

import it.orienta.intake.IntakeEvents.MatchingConsentRecorded;
import it.orienta.intake.IntakeEvents.PersonChargeTransferred;
import it.orienta.intake.IntakeEvents.PersonTakenInCharge;
import it.orienta.intake.IntakeEvents.ProfilingIndexRecorded;
import it.orienta.organisation.CurrentActor;
import it.orienta.person.PersonService;
import it.orienta.system.AuditAction;
import it.orienta.system.DataChanged;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Intakes, privacy notices, matching consents and the quantitative profiling index. */
@Service
public class IntakeService {

    private final IntakeRepository intakes;
    private final MatchingConsentRepository consents;
    private final PrivacyNoticeRepository notices;
    private final PersonService persons;
    private final CurrentActor current;
    private final it.orienta.system.CaseAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final IntakeReads reads;

    IntakeService(
            IntakeRepository intakes,
            IntakeReads reads,
            MatchingConsentRepository consents,
            PrivacyNoticeRepository notices,
            PersonService persons,
            CurrentActor current,
            it.orienta.system.CaseAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.intakes = intakes;
        this.reads = reads;
        this.consents = consents;
        this.notices = notices;
        this.persons = persons;
        this.current = current;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Takes a person in charge at the operator's current centre. The privacy notice must have been shown and
     * acknowledged and the matching consent given or refused; an earlier current intake ends.
     *
     * <p>A person in charge at another centre is taken over (transfer of charge) only with a reason: their intake
     * there ends, the new one records the reason and the centre it came from, and the case — keyed by the person —
     * now belongs to this centre. Nothing is copied. Taking over is the one change a centre may make to a case it
     * does not own, so the case-access policy is not asked here; the role is.
     */
    @Transactional
    public IntakeView takeInCharge(UUID personId, IntakeCommand command) {
        requirePerson(personId);
        access.caseWorker();
        var actor = current.actor();
        var violations = new ArrayList<Violation>();
        if (actor.centreCode() == null) {
            violations.add(Violation.of("intake.centre.required", null));
        }
        // the lock keeps two centres from taking the person over at once; a first intake is kept unique by the index
        var previous = intakes.findCurrentForUpdate(personId);
        String fromCentre = previous.map(Intake::centreCode)
                .filter(c -> actor.centreCode() != null && !c.equals(actor.centreCode()))
                .orElse(null);
        String transferReason = null;
        if (fromCentre != null) {
            transferReason = it.orienta.system.TypedText.normalise(command.transferReason());
            it.orienta.system.TypedText.check(
                    transferReason, "transferReason", "intake.transfer.reason-required", 1, 1000, violations);
        }
        if (command.intakeDate() == null) {
            violations.add(Violation.of("field.required-rule", "intakeDate"));
        }
        checkDate(command.intakeDate(), "intakeDate", violations);
        var notice = command.privacyNoticeId() == null
                ? Optional.<PrivacyNotice>empty()
                : notices.findById(command.privacyNoticeId());
        if (notice.isEmpty()) {
            violations.add(Violation.of("intake.notice.unknown", "privacyNoticeId"));
        }
        if (!command.privacyAcknowledged()) {
            violations.add(Violation.of("intake.notice.not-acknowledged", "privacyAcknowledged"));
        }
        if (command.matchingConsent() != ConsentState.GIVEN && command.matchingConsent() != ConsentState.REFUSED) {
            violations.add(Violation.of("intake.consent.given-or-refused", "matchingConsent"));
        }
        checkProfiling(command.profilingIndex(), command.profilingDate(), violations);
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        Instant now = Instant.now(clock);
        previous.ifPresent(ending -> {
            ending.end(now);
            intakes.saveAndFlush(ending);
        });
        var intake = new Intake(
                personId,
                actor.centreCode(),
                actor.operatorId(),
                actor.displayName(),
                command.intakeDate(),
                command.privacyNoticeId(),
                now);
        if (command.profilingIndex() != null) {
            intake.recordProfilingIndex(command.profilingIndex(), command.profilingDate());
        }
        if (fromCentre != null) {
            intake.transferFrom(fromCentre, transferReason);
        }
        try {
            intakes.saveAndFlush(intake);
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // another operator took the person in charge at the same moment: theirs stands, nothing of ours is kept
            throw new it.orienta.system.DuplicateException("intake.concurrent", null, "/persons/" + personId);
        }
        int noticeNumber = notice.get().view().number();
        events.publishEvent(new PersonTakenInCharge(
                UUID.randomUUID(),
                actor,
                now,
                personId,
                intake.id(),
                actor.centreCode(),
                command.intakeDate(),
                noticeNumber));
        if (fromCentre != null) {
            // the policy follows the latest intake: what this request decided about the person no longer holds
            access.chargeChanged(personId);
            events.publishEvent(new PersonChargeTransferred(
                    UUID.randomUUID(),
                    actor,
                    now,
                    personId,
                    intake.id(),
                    fromCentre,
                    actor.centreCode(),
                    transferReason));
        }
        saveConsent(personId, intake.id(), command.matchingConsent(), now);
        if (command.profilingIndex() != null) {
            events.publishEvent(new ProfilingIndexRecorded(
                    UUID.randomUUID(),
                    actor,
                    now,
                    personId,
                    intake.id(),
                    command.profilingIndex().toPlainString(),
                    command.profilingDate()));
        }
        return intake.view(noticeNumber);
    }

    /**
     * Gives or withdraws the matching consent after intake. Giving needs a current intake and a consent not
     * already given; withdrawing needs a consent given.
     */
    @Transactional
    public ConsentView recordConsent(UUID personId, ConsentState state) {
        requirePerson(personId);
        access.write(personId);
        var intake = intakes.findCurrentForUpdate(personId)
                .orElseThrow(() -> new RuleViolationException("consent.no-intake", "state"));
        var now = consents.currentState(personId).map(ConsentState::valueOf).orElse(ConsentState.NONE);
        switch (state) {
            case GIVEN -> {
                if (now == ConsentState.GIVEN) throw new RuleViolationException("consent.already-given", "state");
            }
            case WITHDRAWN -> {
                if (now != ConsentState.GIVEN) throw new RuleViolationException("consent.not-given", "state");
            }
            default -> throw new RuleViolationException("consent.change-invalid", "state");
        }
        return saveConsent(personId, intake.id(), state, Instant.now(clock));
    }

    @Transactional
    public IntakeView recordProfilingIndex(UUID personId, BigDecimal index, LocalDate date) {
        requirePerson(personId);
        access.write(personId);
        var violations = new ArrayList<Violation>();
        if (index == null) {
            violations.add(Violation.of("intake.profiling.required", "profilingIndex"));
        }
        if (date == null) {
            violations.add(Violation.of("intake.profiling.date-required", "profilingDate"));
        }
        checkProfiling(index, date, violations);
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        var intake = intakes.findCurrentForUpdate(personId)
                .orElseThrow(() -> new RuleViolationException("consent.no-intake", "profilingIndex"));
        intake.recordProfilingIndex(index, date);
        intakes.saveAndFlush(intake);
        events.publishEvent(new ProfilingIndexRecorded(
                UUID.randomUUID(),
                current.actor(),
                Instant.now(clock),
                personId,
                intake.id(),
                index.toPlainString(),
                date));
        return intake.view(noticeNumber(intake.privacyNoticeId()));
    }

    /** The person's matching consent now: one query, for every module that needs it. */
    @Transactional(readOnly = true)
    public ConsentState currentMatchingConsent(UUID personId) {
        access.read(personId, "consents");
        return reads.currentConsent(personId).orElse(ConsentState.NONE);
    }

    /**
     * The current matching consent of many persons in one query; persons never asked are {@code NONE}. For the
     * centre's lists, which show only the centre's own persons; not audited per person.
     */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, ConsentState> currentMatchingConsents(java.util.Collection<UUID> personIds) {
        var result = new HashMap<UUID, ConsentState>();
        personIds.forEach(id -> result.put(id, ConsentState.NONE));
        if (!personIds.isEmpty()) {
            for (Object[] row : consents.currentStates(personIds)) {
                result.put((UUID) row[0], ConsentState.valueOf((String) row[1]));
            }
        }
        return result;
    }

    @Transactional(readOnly = true)
    public List<ConsentView> consentHistory(UUID personId) {
        access.read(personId, "consent-history");
        return reads.consentHistory(personId);
    }

    @Transactional(readOnly = true)
    public Optional<IntakeView> currentIntake(UUID personId) {
        access.read(personId, "intakes");
        return reads.current(personId);
    }

    @Transactional(readOnly = true)
    public List<IntakeView> intakes(UUID personId) {
        access.read(personId, "intakes");
        return reads.all(personId);
    }

    /**
     * The persons currently in charge at a centre, most recent intake first; {@code size} rows from {@code page},
     * one more read to tell whether more follow.
     */
    @Transactional(readOnly = true)
    public List<IntakeView> currentAt(String centreCode, int page, int size) {
        access.centre(centreCode);
        // one more than asked, to tell whether more follow: the page itself, then the first row of the next page
        int first = Math.max(page, 0);
        var rows = new java.util.ArrayList<>(
                intakes.findCurrentAt(centreCode, org.springframework.data.domain.PageRequest.of(first, size)));
        rows.addAll(intakes.findCurrentAt(
                centreCode, org.springframework.data.domain.PageRequest.of((first + 1) * size, 1)));
        return rows.stream().map(i -> i.view(0)).toList();
    }

    /**
     * The centre that has the person in charge now, if any: part of the regional registry every operator may see
     * (it tells them where to send the person, or that a transfer of charge is needed), not of the case.
     */
    @Transactional(readOnly = true)
    public Optional<String> chargeCentre(UUID personId) {
        return reads.current(personId).map(IntakeView::centreCode);
    }

    @Transactional(readOnly = true)
    public Optional<PrivacyNoticeView> currentNotice() {
        return notices.findFirstByOrderByNumberDesc().map(PrivacyNotice::view);
    }

    @Transactional(readOnly = true)
    public List<PrivacyNoticeView> notices() {
        return notices.findAllByOrderByNumberDesc().stream()
                .map(PrivacyNotice::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public PrivacyNoticeView notice(UUID id) {
        return notices.findById(id)
                .map(PrivacyNotice::view)
                .orElseThrow(() -> new NotFoundException("PrivacyNotice", id));
    }

    /** Publishes a new version of the privacy notice; earlier versions stay as they were. */
    @Transactional
    public PrivacyNoticeView publishNotice(String title, String body) {
        var violations = new ArrayList<Violation>();
        if (title == null || title.isBlank()) violations.add(Violation.of("field.required-rule", "title"));
        if (body == null || body.isBlank()) violations.add(Violation.of("field.required-rule", "body"));
        if (title != null && title.length() > 200) violations.add(Violation.of("field.too-long-rule", "title", 200));
        if (body != null && body.length() > 20000) violations.add(Violation.of("field.too-long-rule", "body", 20000));
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        int next = notices.findFirstByOrderByNumberDesc()
                .map(n -> n.view().number() + 1)
                .orElse(1);
        var notice = notices.saveAndFlush(new PrivacyNotice(
                next,
                title.strip(),
                body.strip(),
                Instant.now(clock),
                current.actor().username()));
        events.publishEvent(DataChanged.of(
                clock.instant(),
                current.actor(),
                AuditAction.CREATE,
                "PrivacyNotice",
                notice.id(),
                List.of("title", "body")));
        return notice.view();
    }

    private ConsentView saveConsent(UUID personId, UUID intakeId, ConsentState state, Instant now) {
        var actor = current.actor();
        var consent = consents.saveAndFlush(new MatchingConsent(
                personId, intakeId, state, now, actor.operatorId(), actor.displayName(), actor.centreCode()));
        events.publishEvent(new MatchingConsentRecorded(
                UUID.randomUUID(), actor, now, personId, consent.view().id(), state));
        return consent.view();
    }

    /**
     * The person exists in the regional registry (404 otherwise). Looked up through the registry, not the case,
     * so that the case-access policy decides separately and a transfer can reach a person of another centre.
     */
    private void requirePerson(UUID personId) {
        if (persons.summaries(List.of(personId)).isEmpty()) {
            throw new NotFoundException("Person", personId);
        }
    }

    private int noticeNumber(UUID noticeId) {
        return notices.findById(noticeId).map(n -> n.view().number()).orElse(0);
    }

    private void checkDate(LocalDate date, String field, List<Violation> violations) {
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            violations.add(Violation.of("date.in-future", field));
        } else if (date != null && date.isBefore(LocalDate.of(1900, 1, 1))) {
            violations.add(Violation.of("date.before-1900", field));
        }
    }

    private void checkProfiling(BigDecimal index, LocalDate date, List<Violation> violations) {
        if (index != null && (index.signum() < 0 || index.compareTo(BigDecimal.ONE) > 0)) {
            violations.add(Violation.of("intake.profiling.range", "profilingIndex"));
        }
        if (index != null && date == null) {
            violations.add(Violation.of("intake.profiling.date-required", "profilingDate"));
        }
        checkDate(date, "profilingDate", violations);
    }
}
