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
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transfer of a person's CV to the regional portal (R17–R19) and its removal from the CV search system (R21):
 * the conditions, the request an operator confirms, the retry by hand, and the reactions to a withdrawn consent
 * and a deleted CV. Every step is a state of a row in the outbox (V24), recorded on the worker file and reported
 * to the CV module; the worker ({@link PortalJobs}) delivers.
 */
@Service
class TransferService {

    private final TransferStore store;
    private final TransferRepository transfers;
    private final RetryPolicy retries;
    private final CvFiles cvs;
    private final IntakeService intakes;
    private final PersonService persons;
    private final ActorSupplier current;
    private final ApplicationEventPublisher events;
    private final CaseAccess access;
    private final Clock clock;

    TransferService(
            TransferStore store,
            TransferRepository transfers,
            PortalProperties properties,
            CvFiles cvs,
            IntakeService intakes,
            PersonService persons,
            ActorSupplier current,
            ApplicationEventPublisher events,
            CaseAccess access,
            Clock clock) {
        this.store = store;
        this.transfers = transfers;
        this.retries = RetryPolicy.of(properties);
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
        var upload = Transfer.upload(personId, cvId, store.uploadsOf(cvId), centre(actor), actor.displayName(), now);
        try {
            transfers.saveAndFlush(upload);
        } catch (DataIntegrityViolationException e) {
            throw already(personId);
        }
        step(actor, now, upload, null);
        return upload.view();
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
        var transfer = transfers
                .findForUpdate(transferId)
                .orElseThrow(() -> new NotFoundException("PortalTransfer", transferId));
        access.write(transfer.personId());
        if (!transfer.personId().equals(personId)) {
            throw new NotFoundException("PortalTransfer", transferId);
        }
        if (expectedVersion != null && expectedVersion != transfer.version()) {
            throw new StaleVersionException(transfer.version(), transfer.view());
        }
        if (transfer.retryableByHand()
                && transfer.kind() == TransferKind.UPLOAD
                && !intakes.currentMatchingConsent(personId).allowsMatching()) {
            throw new RuleViolationException("portal.transfer.no-consent", null);
        }
        var actor = current.actor();
        Instant now = Instant.now(clock);
        transfer.retryByHand(now);
        transfers.saveAndFlush(transfer);
        step(actor, now, transfer, null);
        return transfer.view();
    }

    /** Withdrawing the matching consent stops the pending transfers and removes the CVs from the search system. */
    @EventListener
    @Transactional
    void on(IntakeEvents.MatchingConsentRecorded event) {
        if (event.state() != ConsentState.WITHDRAWN) {
            return;
        }
        stopAndRemove(event.actor(), transfers.uploadsForUpdate(event.personId()), "portal.reason.consent-withdrawn");
    }

    /** A deleted CV is removed from the CV search system (R21) and its pending transfers stop. */
    @EventListener
    @Transactional
    void on(CvEvents.CvDeleted event) {
        stopAndRemove(
                event.actor(), transfers.uploadsForUpdate(event.personId(), event.cvId()), "portal.reason.cv-deleted");
    }

    private void stopAndRemove(Actor actor, List<Transfer> uploads, String reason) {
        Instant now = Instant.now(clock);
        for (var upload : uploads) {
            boolean onSearch = upload.mayBeOnSearchSystem();
            if (upload.cancellable()) {
                upload.cancel(reason, now);
                step(actor, now, upload, reason);
            }
            if (onSearch) {
                queueRemoval(upload, actor, now, false, reason);
            }
        }
    }

    /**
     * Queues the removal from the CV search system of what {@code upload} (locked by the caller) may have put there,
     * once: a removal already queued is left alone unless {@code again} (a delivery that landed after its removal),
     * which asks it again when it is no longer waiting.
     */
    private void queueRemoval(Transfer upload, Actor actor, Instant now, boolean again, String reason) {
        var existing = transfers.findByKeyForUpdate(Transfer.removalKey(upload.idempotencyKey()));
        if (existing.isEmpty()) {
            var removal = transfers.save(upload.removal(actor.displayName(), now));
            step(actor, now, removal, reason);
        } else if (again && existing.get().requeue(now)) {
            step(actor, now, existing.get(), reason);
        }
    }

    // --- used by the worker and the notices

    /**
     * Records the outcome of the attempt on a claimed transfer; answers false when the transfer had moved meanwhile
     * (a withdrawal, a notice). An upload that landed on the portal after it was cancelled is removed again.
     */
    @Transactional
    boolean recordAttempt(UUID transferId, Transfer.Outcome outcome, Actor actor) {
        Instant now = Instant.now(clock);
        var transfer = transfers.findForUpdate(transferId).orElse(null);
        if (transfer == null) {
            return false;
        }
        if (!transfer.awaitingAttempt()) {
            if (outcome instanceof Transfer.Delivered
                    && transfer.kind() == TransferKind.UPLOAD
                    && transfer.state() == TransferState.CANCELLED) {
                queueRemoval(transfer, actor, now, true, "portal.reason.late-delivery");
            }
            return false;
        }
        transfer.recordAttempt(outcome, retries, now);
        step(actor, now, transfer, transfer.reason());
        return true;
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
        var upload = notice.idempotencyKey() == null
                ? Optional.<Transfer>empty()
                : transfers.findByKeyForUpdate(notice.idempotencyKey());
        if (upload.isEmpty() || upload.get().kind() != TransferKind.UPLOAD) {
            return false;
        }
        var transfer = upload.get();
        if (transfer.applyNotice(notice.type(), notice.reason(), now)) {
            step(portalActor(transfer.centreCode()), now, transfer, notice.reason());
        }
        return true;
    }

    static Actor portalActor(String centreCode) {
        return new Actor(null, "portal", "Portale Toscana Lavoro", centreCode, "SYSTEM");
    }

    static Actor workerActor(String centreCode) {
        return new Actor(null, Actor.SYSTEM.username(), Actor.SYSTEM.displayName(), centreCode, "SYSTEM");
    }

    private void step(Actor actor, Instant now, Transfer transfer, String detail) {
        var kind = transfer.kind();
        var state = transfer.state();
        events.publishEvent(new TransferStepRecorded(
                UUID.randomUUID(),
                actor,
                now,
                transfer.personId(),
                transfer.id(),
                transfer.cvId(),
                kind,
                state,
                detail));
        // the CV shows its upload's state; a removal shows as the CV's state once it is asked for and done
        if (kind == TransferKind.UPLOAD || state == TransferState.REMOVED) {
            cvs.recordTransferState(transfer.cvId(), state.name(), detail);
        }
    }

    private static String centre(Actor actor) {
        return actor.centreCode() == null ? "-" : actor.centreCode();
    }

    /** A notice from the portal (docs/portal-api.yaml, webhook {@code notice}). */
    record PortalNotice(
            String noticeId, String type, String taxCode, String idempotencyKey, String reason, Instant occurredAt) {}
}
