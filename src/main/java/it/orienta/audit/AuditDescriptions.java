package it.orienta.audit;

import static it.orienta.system.AuditAction.CREATE;
import static it.orienta.system.AuditAction.DELETE;
import static it.orienta.system.AuditAction.EXPORT;
import static it.orienta.system.AuditAction.READ;
import static it.orienta.system.AuditAction.UPDATE;

import it.orienta.access.CaseRead;
import it.orienta.access.ExceptionalAccessGranted;
import it.orienta.agreement.AgreementEvents.AgreementDrafted;
import it.orienta.agreement.AgreementEvents.AgreementSigned;
import it.orienta.agreement.AgreementEvents.InterviewPhaseSaved;
import it.orienta.agreement.AgreementEvents.PlanItemStatusChanged;
import it.orienta.audit.AuditSearch.AuditExported;
import it.orienta.caseload.CaseloadEvents.PersonAssigned;
import it.orienta.cv.CvEvents.CvDeleted;
import it.orienta.cv.CvEvents.CvSaved;
import it.orienta.extraction.ExtractionEvents.ExtractionRun;
import it.orienta.guidance.GuidanceEvents.AppointmentCancelled;
import it.orienta.guidance.GuidanceEvents.AppointmentRescheduled;
import it.orienta.guidance.GuidanceEvents.AppointmentScheduled;
import it.orienta.guidance.GuidanceEvents.EngagementClosed;
import it.orienta.guidance.GuidanceEvents.MeetingClosed;
import it.orienta.guidance.GuidanceEvents.MeetingStarted;
import it.orienta.intake.IntakeEvents.MatchingConsentRecorded;
import it.orienta.intake.IntakeEvents.PersonChargeTransferred;
import it.orienta.intake.IntakeEvents.PersonTakenInCharge;
import it.orienta.intake.IntakeEvents.ProfilingIndexRecorded;
import it.orienta.notification.NotificationEvents.MessageQueued;
import it.orienta.notification.NotificationEvents.MessageSent;
import it.orienta.notification.NotificationEvents.MessageUndeliverable;
import it.orienta.occupation.OccupationEvents.AvailabilityChanged;
import it.orienta.occupation.OccupationEvents.OccupationAdded;
import it.orienta.occupation.OccupationEvents.OccupationChanged;
import it.orienta.occupation.OccupationEvents.OccupationRemoved;
import it.orienta.organisation.AccountLocked;
import it.orienta.pathway.PathwayClosed;
import it.orienta.person.PersonEvents.PersonChanged;
import it.orienta.person.PersonEvents.PersonRegistered;
import it.orienta.portal.PortalEvents.RegistrationRecorded;
import it.orienta.portal.PortalEvents.TransferStepRecorded;
import it.orienta.portal.TransferState;
import it.orienta.profiling.ProfilingEvents.AssessmentConfirmed;
import it.orienta.profiling.ProfilingEvents.InterviewSaved;
import it.orienta.profiling.ProfilingEvents.ScoreRecorded;
import it.orienta.proposal.ProposalEvents.CandidatureSent;
import it.orienta.proposal.ProposalEvents.ProposalAnswered;
import it.orienta.proposal.ProposalEvents.ProposalMade;
import it.orienta.proposal.ProposalEvents.ProposalOutcomeRecorded;
import it.orienta.proposal.ProposalEvents.ProposalRequestAnswered;
import it.orienta.proposal.ProposalEvents.ProposalRequested;
import it.orienta.referral.ReferralEvents.ReferralCreated;
import it.orienta.referral.ReferralEvents.ReferralStepRecorded;
import it.orienta.scouting.SelfPromotionSupported;
import it.orienta.session.SessionEvents.ParticipantEnrolled;
import it.orienta.session.SessionEvents.ParticipantWithdrawn;
import it.orienta.session.SessionEvents.SessionCancelled;
import it.orienta.session.SessionEvents.SessionHeld;
import it.orienta.session.SessionEvents.SessionPlanned;
import it.orienta.skillsaudit.SkillsAuditEvents.DocumentCompleted;
import it.orienta.skillsaudit.SkillsAuditEvents.DocumentSaved;
import it.orienta.system.AuditAction;
import it.orienta.system.CaseEvent;
import it.orienta.system.DataChanged;
import it.orienta.system.DomainEvent;
import it.orienta.vacancy.VacancyEvents.EmployerChanged;
import it.orienta.vacancy.VacancyEvents.EmployerRegistered;
import it.orienta.vacancy.VacancyEvents.VacancyChanged;
import it.orienta.vacancy.VacancyEvents.VacancyPublished;
import it.orienta.vacancy.VacancyEvents.VacancyStatusChanged;
import it.orienta.workerfile.WorkerFileExported;
import java.util.List;

/**
 * What the audit log writes for each event (ADR 0020): one line per event type, in one place. The events are facts;
 * the action, the kind of record, its id and the fields are the audit's reading of them. A case event's line names
 * its person. An event without a line here is still written, generically (action {@code UPDATE}, its class's simple
 * name as entity type, its event id as entity id) so that it never blocks the registry; {@code
 * AuditDescriptionsTest} fails the build for any event type that would get it.
 */
final class AuditDescriptions {

    private AuditDescriptions() {}

    static AuditRecord describe(DomainEvent event) {
        var line = switch (event) {
            case DataChanged e ->
                new AuditRecord(e.action(), e.entityType(), e.entityId(), e.personId(), e.fields(), null);
            case AuditExported e -> entry(EXPORT, "AuditLog", "csv", e.fields());
            case AccountLocked e -> entry(UPDATE, "Operator", e.operatorId(), "lockedUntil");
            case CaseRead e ->
                new AuditRecord(
                        READ, e.what(), e.personId().toString(), e.personId(), List.of(), e.exceptionalReason());
            case ExceptionalAccessGranted e ->
                entry(CREATE, "ExceptionalAccess", e.grantId(), "reason", "text", "expiresAt");
            case PersonRegistered e -> entry(CREATE, "Person", e.personId(), e.fields());
            case PersonChanged e -> entry(e.action(), e.entityType(), e.entityId(), e.fields());
            case PersonTakenInCharge e ->
                entry(CREATE, "Intake", e.intakeId(), "intakeDate", "centre", "privacyNotice");
            case PersonAssigned e -> entry(UPDATE, "CaseloadAssignment", e.personId(), "operator", "reason");
            case PersonChargeTransferred e ->
                entry(UPDATE, "Intake", e.intakeId(), "centre", "transferredFrom", "transferReason");
            case MatchingConsentRecorded e -> entry(CREATE, "MatchingConsent", e.consentId(), "state");
            case ProfilingIndexRecorded e -> entry(UPDATE, "Intake", e.intakeId(), "profilingIndex", "profilingDate");
            case AppointmentScheduled e ->
                entry(CREATE, "Appointment", e.appointmentId(), "activity", "startsAt", "place", "operator");
            case AppointmentRescheduled e -> entry(UPDATE, "Appointment", e.appointmentId(), "startsAt", "reason");
            case AppointmentCancelled e -> entry(UPDATE, "Appointment", e.appointmentId(), "status", "reason");
            case MeetingStarted e -> entry(CREATE, "Meeting", e.meetingId(), "activity", "startedAt");
            case MeetingClosed e ->
                entry(UPDATE, "Meeting", e.meetingId(), "endedAt", "attendance", "notes", "compliance");
            case EngagementClosed e ->
                entry(UPDATE, "Engagement", e.engagementId(), "status", "totalMinutes", "compliance");
            case SessionPlanned e ->
                entry(CREATE, "GroupSession", e.sessionId(), "activity", "title", "startsAt", "place", "capacity");
            case SessionHeld e ->
                entry(
                        UPDATE,
                        "GroupSession",
                        e.sessionId(),
                        "heldStartedAt",
                        "heldEndedAt",
                        "attendance",
                        "notes",
                        "compliance");
            case ParticipantEnrolled e ->
                entry(e.promoted() ? UPDATE : CREATE, "SessionParticipant", e.sessionId(), "status");
            case ParticipantWithdrawn e ->
                entry(UPDATE, "SessionParticipant", e.sessionId(), "status", "withdrawReason");
            case SessionCancelled e -> entry(UPDATE, "GroupSession", e.sessionId(), "status", "cancelReason");
            case DocumentSaved e ->
                entry(e.created() ? CREATE : UPDATE, "SkillsAuditDocument", e.documentId(), e.fields());
            case DocumentCompleted e -> entry(UPDATE, "SkillsAuditDocument", e.documentId(), "status");
            case PathwayClosed e ->
                entry(CREATE, "PathwayOutcome", e.outcomeId(), "closedOn", "outcomes", "referredTo", "notes");
            case AgreementDrafted e -> entry(CREATE, "Agreement", e.agreementId(), "number", "status");
            case InterviewPhaseSaved e -> entry(UPDATE, "Agreement", e.agreementId(), e.fields());
            case AgreementSigned e ->
                e.scan()
                        ? entry(UPDATE, "Agreement", e.agreementId(), "status", "signedOn", "scan")
                        : entry(UPDATE, "Agreement", e.agreementId(), "status", "signedOn");
            case PlanItemStatusChanged e -> entry(UPDATE, "AgreementItem", e.itemId(), "status");
            case InterviewSaved e -> entry(e.first() ? CREATE : UPDATE, "ProfilingInterview", e.personId(), e.fields());
            case ScoreRecorded e -> entry(UPDATE, "ProfilingInterview", e.personId(), "score");
            case AssessmentConfirmed e -> entry(UPDATE, "ProfilingInterview", e.personId(), "assessment");
            case ReferralCreated e ->
                entry(
                        CREATE,
                        "Referral",
                        e.referralId(),
                        "kind",
                        "recipient",
                        "reasons",
                        "sharedData",
                        "consentGiven",
                        "dueDate");
            case ReferralStepRecorded e ->
                entry(
                        UPDATE,
                        "Referral",
                        e.referralId(),
                        switch (e.step()) {
                            case SENT -> List.of("sentOn", "dueDate", "consentGiven");
                            case ACKNOWLEDGED -> List.of("acknowledgedOn");
                            case ANSWERED -> List.of("answeredOn", "answer");
                            case CLOSED -> List.of("outcomeOn", "outcome");
                            case CANCELLED -> List.of("cancelledOn", "cancelReason");
                            case DRAFT -> List.<String>of();
                        });
            case OccupationAdded e ->
                entry(
                        CREATE,
                        "DesiredOccupation",
                        e.occupationId(),
                        "professionCode",
                        "sources",
                        "interviewDate",
                        "notes");
            case OccupationChanged e -> entry(UPDATE, "DesiredOccupation", e.occupationId(), e.fields());
            case OccupationRemoved e -> entry(DELETE, "DesiredOccupation", e.occupationId());
            case AvailabilityChanged e -> entry(UPDATE, "PersonAvailability", e.personId(), e.fields());
            case ExtractionRun e ->
                entry(
                        EXPORT,
                        "OccupationExtraction",
                        e.extractionId(),
                        "filter=" + e.filter(),
                        "format=" + e.format(),
                        "rows=" + e.rows());
            case CvSaved e -> entry(CREATE, "Cv", e.cvId(), "origin", "fileName");
            case CvDeleted e -> entry(DELETE, "Cv", e.cvId());
            case TransferStepRecorded e ->
                entry(
                        e.state() == TransferState.REQUESTED ? CREATE : UPDATE,
                        "PortalTransfer",
                        e.transferId(),
                        "state");
            case RegistrationRecorded e -> entry(UPDATE, "PortalRegistration", e.personId(), "state");
            case MessageQueued e -> entry(CREATE, "Message", e.messageId(), "subject", "body", "channels");
            case MessageSent e -> entry(UPDATE, "Message", e.messageId(), "status", "sentAt");
            case MessageUndeliverable e -> entry(UPDATE, "Message", e.messageId(), "status", "reason");
            case WorkerFileExported e -> entry(EXPORT, "WorkerFile", e.personId());
            case EmployerRegistered e -> entry(CREATE, "Employer", e.employerId(), "taxCode", "name", "source");
            case EmployerChanged e -> entry(UPDATE, "Employer", e.employerId(), e.fields());
            case VacancyPublished e ->
                entry(CREATE, "Vacancy", e.vacancyId(), "employer", "professionCode", "title", "status", "source");
            case VacancyChanged e -> entry(UPDATE, "Vacancy", e.vacancyId(), e.fields());
            case VacancyStatusChanged e -> entry(UPDATE, "Vacancy", e.vacancyId(), "status", "reason");
            case ProposalMade e ->
                entry(CREATE, "Proposal", e.proposalId(), "vacancy", "channel", "proposedOn", "matchExplanation");
            case ProposalAnswered e ->
                entry(UPDATE, "Proposal", e.proposalId(), "answer", "refusalReason", "answeredOn");
            case CandidatureSent e -> entry(UPDATE, "Proposal", e.proposalId(), "candidatureTo", "candidatureOn");
            case ProposalOutcomeRecorded e -> entry(UPDATE, "Proposal", e.proposalId(), "outcome", "outcomeOn");
            case ProposalRequested e -> entry(CREATE, "ProposalRequest", e.requestId(), "vacancy", "toCentre", "note");
            case ProposalRequestAnswered e ->
                entry(UPDATE, "ProposalRequest", e.requestId(), "status", e.accepted() ? "proposal" : "declineReason");
            case SelfPromotionSupported e -> entry(EXPORT, "SelfPromotion", e.personId(), "employers");
            default -> undescribed(event);
        };
        return event instanceof CaseEvent c ? line.about(c.personId()) : line;
    }

    /** The generic line of an event not described above; the test makes sure no event type gets it. */
    static AuditRecord undescribed(DomainEvent event) {
        var line = entry(UPDATE, event.getClass().getSimpleName(), event.eventId());
        return event instanceof CaseEvent c ? line.about(c.personId()) : line;
    }

    private static AuditRecord entry(AuditAction action, String entityType, Object entityId, String... fields) {
        return entry(action, entityType, entityId, List.of(fields));
    }

    private static AuditRecord entry(AuditAction action, String entityType, Object entityId, List<String> fields) {
        return new AuditRecord(action, entityType, String.valueOf(entityId), null, fields, null);
    }
}
