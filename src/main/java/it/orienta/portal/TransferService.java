package it.orienta.portal;

import it.orienta.cv.CvEvents;
import it.orienta.cv.CvFileView;
import it.orienta.cv.CvFiles;
import it.orienta.intake.ConsentState;
import it.orienta.intake.IntakeEvents;
import it.orienta.intake.IntakeService;
import it.orienta.person.PersonService;
import it.orienta.portal.PortalEvents.RegistrationRecorded;
import it.orienta.portal.PortalEvents.TransferStepRecorded;
import it.orienta.system.Actor;
import it.orienta.system.ActorSupplier;
import it.orienta.system.CaseAccess;
import it.orienta.system.DuplicateException;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transfer of a person's CV to the regional portal (R17–R19) and its removal from the CV search system (R21):
 * the conditions, the request an operator confirms, the retry by hand, and the reactions to a withdrawn consent
 * and a deleted CV. Every step is a state of a row in the outbox (V24), recorded on the worker file and reported
 * to the CV module; the worker ({@link PortalJobs}) delivers.
 */
@Service
public class TransferService {

    private final TransferStore store;
    private final CvFiles cvs;
    private final IntakeService intakes;
    private final PersonService persons;
    private final ActorSupplier current;
    private final ApplicationEventPublisher events;
    private final CaseAccess access;
    private final Clock clock;

    TransferService(
            TransferStore store,
            CvFiles cvs,
            IntakeService intakes,
            PersonService persons,
            ActorSupplier current,
            ApplicationEventPublisher events,
            CaseAccess access,
            Clock clock) {
        this.store = store;
        this.cvs = cvs;
        this.intakes = intakes;
        this.persons = persons;
        this.current = current;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** Whether the person's current CV may be transferred, why not, and the person's transfers. */
    @Transactional(readOnly = true)
    public TransferStatus status(UUID personId) {
        persons.identity(personId);
        access.read(personId, "cv-transfers");
        var consent = intakes.currentMatchingConsent(personId);
        var cv = cvs.current(personId);
        var failing = failing(consent, cv);
        boolean already = cv.isPresent() && store.liveUpload(cv.get().id()).isPresent();
        return new TransferStatus(
                personId,
                consent,
                cv.map(CvFileView::id).orElse(null),
                cv.map(CvFileView::fileName).orElse(null),
                cv.map(CvFileView::obsolete).orElse(false),
                failing,
                already,
                TransferStatus.ALERT,
                store.registration(personId),
                store.ofPerson(personId));
    }

    /** The person's transfers and removals, newest first. */
    @Transactional(readOnly = true)
    public List<TransferView> transfers(UUID personId) {
        persons.identity(personId);
        access.read(personId, "cv-transfers");
        return store.ofPerson(personId);
    }

    /** One transfer of the person: found by its id, its person's case checked; another person's is not found. */
    @Transactional(readOnly = true)
    public TransferView transfer(UUID personId, UUID transferId) {
        var view = store.find(transferId)
                .map(TransferStore.Row::view)
                .orElseThrow(() -> new NotFoundException("PortalTransfer", transferId));
        access.read(view.personId(), "cv-transfers");
        if (!view.personId().equals(personId)) {
            throw new NotFoundException("PortalTransfer", transferId);
        }
        return view;
    }

    static List<String> failing(ConsentState consent, Optional<CvFileView> cv) {
        var failing = new ArrayList<String>();
        if (!consent.allowsMatching()) {
            failing.add("portal.transfer.no-consent");
        }
        if (cv.isEmpty()) {
            failing.add("portal.transfer.no-cv");
        } else if (cv.get().obsolete()) {
            failing.add("portal.transfer.cv-obsolete");
        }
        return failing;
    }

    /**
     * Queues the transfer of the person's current CV, after the operator confirmed the R19 alert. Refused without
     * the matching consent (R18), without a current CV or with an obsolete one (R20), without the confirmation, or
     * when this CV version is already being (or was) transferred.
     */
    @Transactional
    public TransferView request(UUID personId, boolean confirmed) {
        persons.identity(personId);
        access.write(personId);
        var consent = intakes.currentMatchingConsent(personId);
        var cv = cvs.current(personId);
        var failing = failing(consent, cv);
        if (!failing.isEmpty()) {
            throw RuleViolationException.of(failing.stream()
                    .map(code -> RuleViolationException.Violation.of(code, null))
                    .toList());
        }
        if (!confirmed) {
            throw new RuleViolationException("portal.transfer.not-confirmed", "confirmed");
        }
        var cvId = cv.get().id();
        if (store.liveUpload(cvId).isPresent()) {
            throw already(personId);
        }
        var actor = current.actor();
        Instant now = Instant.now(clock);
        int earlier = store.uploadsOf(cvId);
        String key = earlier == 0 ? cvId.toString() : cvId + "." + earlier;
        UUID id = UUID.randomUUID();
        try {
            store.insert(id, personId, cvId, TransferKind.UPLOAD, key, centre(actor), actor.displayName(), now);
        } catch (DuplicateKeyException e) {
            throw already(personId);
        }
        step(actor, now, personId, id, cvId, TransferKind.UPLOAD, TransferState.REQUESTED, null);
        return store.find(id).orElseThrow().view();
    }

    private static DuplicateException already(UUID personId) {
        return new DuplicateException(
                "portal.transfer.already-requested", "confirmed", "/persons/" + personId + "/cv/transfer");
    }

    /**
     * An operator retries a failed transfer or removal by hand, once the cause is fixed: it is due at once. An upload
     * needs the consent still given.
     */
    @Transactional
    public TransferView retry(UUID personId, UUID transferId, Long expectedVersion) {
        var row =
                store.findForUpdate(transferId).orElseThrow(() -> new NotFoundException("PortalTransfer", transferId));
        access.write(row.view().personId());
        if (!row.view().personId().equals(personId)) {
            throw new NotFoundException("PortalTransfer", transferId);
        }
        if (expectedVersion != null && expectedVersion != row.view().version()) {
            throw new StaleVersionException(row.view().version(), row.view());
        }
        if (!TransferRules.retryableByHand(row.state())) {
            throw new DuplicateException("portal.transfer.not-failed", null, "/persons/" + personId + "/cv/transfer");
        }
        if (row.kind() == TransferKind.UPLOAD
                && !intakes.currentMatchingConsent(personId).allowsMatching()) {
            throw new RuleViolationException("portal.transfer.no-consent", null);
        }
        var actor = current.actor();
        Instant now = Instant.now(clock);
        store.move(transferId, List.of(TransferState.FAILED), TransferState.RETRYING, now, null, now, null);
        store.resetAttempts(transferId);
        step(actor, now, personId, transferId, row.view().cvId(), row.kind(), TransferState.RETRYING, null);
        return store.find(transferId).orElseThrow().view();
    }

    /** Withdrawing the matching consent stops the pending transfers and removes the CVs from the search system. */
    @EventListener
    @Transactional
    void on(IntakeEvents.MatchingConsentRecorded event) {
        if (event.state() != ConsentState.WITHDRAWN) {
            return;
        }
        stopAndRemove(event.actor(), event.personId(), null, "portal.reason.consent-withdrawn");
    }

    /** A deleted CV is removed from the CV search system (R21) and its pending transfers stop. */
    @EventListener
    @Transactional
    void on(CvEvents.CvDeleted event) {
        stopAndRemove(event.actor(), event.personId(), event.cvId(), "portal.reason.cv-deleted");
    }

    private void stopAndRemove(Actor actor, UUID personId, UUID cvId, String reason) {
        Instant now = Instant.now(clock);
        for (var row : store.uploadsForUpdate(personId, cvId)) {
            var view = row.view();
            boolean onSearch = TransferRules.mayBeOnSearchSystem(view.state(), view.attempts());
            if (TransferRules.cancelledByWithdrawal(view.state())
                    && store.move(view.id(), List.of(view.state()), TransferState.CANCELLED, null, reason, now, null)) {
                step(
                        actor,
                        now,
                        personId,
                        view.id(),
                        view.cvId(),
                        TransferKind.UPLOAD,
                        TransferState.CANCELLED,
                        reason);
            }
            if (onSearch) {
                store.queueRemoval(
                                personId,
                                view.cvId(),
                                row.idempotencyKey(),
                                row.centreCode(),
                                actor.displayName(),
                                now,
                                false)
                        .ifPresent(id -> step(
                                actor,
                                now,
                                personId,
                                id,
                                view.cvId(),
                                TransferKind.REMOVAL,
                                TransferState.REQUESTED,
                                reason));
            }
        }
    }

    // --- used by the worker and the notices

    /** Records the outcome of an attempt; answers false when the transfer had moved meanwhile. */
    @Transactional
    boolean recordAttempt(TransferStore.Row row, TransferRules.Decision decision, Actor actor) {
        Instant now = Instant.now(clock);
        var view = row.view();
        boolean moved = store.move(
                view.id(),
                List.of(TransferState.REQUESTED, TransferState.RETRYING),
                decision.state(),
                decision.nextAttemptAt(),
                decision.reason(),
                now,
                null);
        if (moved) {
            step(actor, now, view.personId(), view.id(), view.cvId(), view.kind(), decision.state(), decision.reason());
        }
        return moved;
    }

    /** A delivery landed after its transfer was cancelled: the CV search system must lose it again. */
    @Transactional
    void removeLateDelivery(TransferStore.Row row, Actor actor) {
        Instant now = Instant.now(clock);
        var view = row.view();
        store.queueRemoval(
                        view.personId(),
                        view.cvId(),
                        row.idempotencyKey(),
                        row.centreCode(),
                        actor.displayName(),
                        now,
                        true)
                .ifPresent(id -> step(
                        actor,
                        now,
                        view.personId(),
                        id,
                        view.cvId(),
                        TransferKind.REMOVAL,
                        TransferState.REQUESTED,
                        "portal.reason.late-delivery"));
    }

    @Transactional
    void recordRegistration(UUID personId, RegistrationState state, String channel, Actor actor) {
        Instant now = Instant.now(clock);
        if (store.recordRegistration(personId, state, channel, now)) {
            events.publishEvent(new RegistrationRecorded(UUID.randomUUID(), actor, now, personId, state, channel));
        }
    }

    /** Applies a notice of the portal once; answers false for an unknown upload key. */
    @Transactional
    boolean applyNotice(PortalNotice notice) {
        Instant now = Instant.now(clock);
        if (!store.firstNotice(notice.noticeId(), notice.type(), now)) {
            return true;
        }
        if ("PERSON_CONFIRMED".equals(notice.type())) {
            var person = persons.findByTaxCode(notice.taxCode());
            if (person.isEmpty()) {
                return false;
            }
            recordRegistration(person.get().id(), RegistrationState.CONFIRMED, null, portalActor(null));
            return true;
        }
        var row = notice.idempotencyKey() == null
                ? Optional.<TransferStore.Row>empty()
                : store.findByKey(notice.idempotencyKey());
        if (row.isEmpty() || row.get().kind() != TransferKind.UPLOAD) {
            return false;
        }
        var view = row.get().view();
        var next = TransferRules.afterNotice(view.state(), notice.type());
        if (next != null && store.move(view.id(), List.of(view.state()), next, null, notice.reason(), now, null)) {
            step(
                    portalActor(row.get().centreCode()),
                    now,
                    view.personId(),
                    view.id(),
                    view.cvId(),
                    TransferKind.UPLOAD,
                    next,
                    notice.reason());
        }
        return true;
    }

    static Actor portalActor(String centreCode) {
        return new Actor(null, "portal", "Portale Toscana Lavoro", centreCode, "SYSTEM");
    }

    static Actor workerActor(String centreCode) {
        return new Actor(null, Actor.SYSTEM.username(), Actor.SYSTEM.displayName(), centreCode, "SYSTEM");
    }

    private void step(
            Actor actor,
            Instant now,
            UUID personId,
            UUID transferId,
            UUID cvId,
            TransferKind kind,
            TransferState state,
            String detail) {
        events.publishEvent(new TransferStepRecorded(
                UUID.randomUUID(), actor, now, personId, transferId, cvId, kind, state, detail));
        // the CV shows its upload's state; a removal shows as the CV's state once it is asked for and done
        if (kind == TransferKind.UPLOAD || state == TransferState.REMOVED) {
            cvs.recordTransferState(cvId, state.name(), detail);
        }
    }

    private static String centre(Actor actor) {
        return actor.centreCode() == null ? "-" : actor.centreCode();
    }

    /** A notice from the portal (docs/portal-api.yaml, webhook {@code notice}). */
    record PortalNotice(
            String noticeId, String type, String taxCode, String idempotencyKey, String reason, Instant occurredAt) {}
}
