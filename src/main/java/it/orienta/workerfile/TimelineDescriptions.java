package it.orienta.workerfile;

import it.orienta.access.CaseRead;
import it.orienta.access.ExceptionalAccessGranted;
import it.orienta.agreement.AgreementEvents.AgreementDrafted;
import it.orienta.agreement.AgreementEvents.AgreementSigned;
import it.orienta.agreement.AgreementEvents.InterviewPhaseSaved;
import it.orienta.agreement.AgreementEvents.PlanItemStatusChanged;
import it.orienta.caseload.CaseloadEvents.PersonAssigned;
import it.orienta.charter.Compliance;
import it.orienta.cv.CvEvents.CvDeleted;
import it.orienta.cv.CvEvents.CvSaved;
import it.orienta.guidance.Attendance;
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
import it.orienta.notification.Channel;
import it.orienta.notification.NotificationEvents.MessageQueued;
import it.orienta.notification.NotificationEvents.MessageSent;
import it.orienta.notification.NotificationEvents.MessageUndeliverable;
import it.orienta.occupation.OccupationEvents.AvailabilityChanged;
import it.orienta.occupation.OccupationEvents.OccupationAdded;
import it.orienta.occupation.OccupationEvents.OccupationChanged;
import it.orienta.occupation.OccupationEvents.OccupationRemoved;
import it.orienta.pathway.PathwayClosed;
import it.orienta.person.PersonEvents.PersonChanged;
import it.orienta.person.PersonEvents.PersonRegistered;
import it.orienta.portal.PortalEvents.RegistrationRecorded;
import it.orienta.portal.PortalEvents.TransferStepRecorded;
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
import it.orienta.skillsaudit.SkillsAuditEvents.DocumentCompleted;
import it.orienta.skillsaudit.SkillsAuditEvents.DocumentSaved;
import it.orienta.system.CaseEvent;
import it.orienta.system.Rome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How each case event reads on the person's timeline (ADR 0020): one line per event type, in one place. Times are
 * written in Rome as {@code dd/MM/yyyy HH:mm}, days as {@code dd/MM/yyyy}; activities by their label as it was.
 * Summaries never carry special-category data nor the indicators of the profiling interview. A case event that is
 * not on the timeline says so ({@code Optional.empty()}); an event type without a line here gets a generic one
 * (kind {@code other}), and {@code TimelineDescriptionsTest} fails the build for any event type that would.
 */
final class TimelineDescriptions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TimelineDescriptions() {}

    static Optional<TimelineLine> describe(CaseEvent event) {
        return switch (event) {
            case CaseRead e -> Optional.empty(); // reads are in the audit log, not on the file
            case PersonRegistered e -> line("person", "timeline.person.registered", e.fullName(), e.taxCode());
            case PersonChanged e ->
                line(
                        "person",
                        "timeline.person." + e.what() + "." + lower(e.action()),
                        "details".equals(e.what()) ? List.of(String.join(", ", e.fields())) : e.labels());
            case PersonTakenInCharge e ->
                line(
                        "intake",
                        "timeline.intake.taken-in-charge",
                        e.centreCode(),
                        String.valueOf(e.privacyNoticeNumber()));
            case PersonAssigned e ->
                e.fromOperatorName() == null
                        ? line("intake", "timeline.caseload.assigned", e.toOperatorName(), e.reason())
                        : line(
                                "intake",
                                "timeline.caseload.reassigned",
                                e.fromOperatorName(),
                                e.toOperatorName(),
                                e.reason());
            case PersonChargeTransferred e ->
                line("intake", "timeline.intake.transferred", e.fromCentre(), e.toCentre(), e.reason());
            case MatchingConsentRecorded e -> line("consent", "timeline.consent." + lower(e.state()));
            case ProfilingIndexRecorded e -> line("intake", "timeline.intake.profiling-index", e.index());
            case ExceptionalAccessGranted e ->
                line(
                        "access",
                        "timeline.access.exceptional." + e.reason().name(),
                        e.actor().centreCode() == null ? "" : e.actor().centreCode());
            case AppointmentScheduled e ->
                line(
                        "appointment",
                        "timeline.appointment.scheduled",
                        e.activityLabel(),
                        local(e.startsAt()),
                        e.operatorName());
            case AppointmentRescheduled e ->
                line(
                        "appointment",
                        "timeline.appointment.rescheduled",
                        e.activityLabel(),
                        local(e.from()),
                        local(e.to()),
                        e.reason());
            case AppointmentCancelled e ->
                line(
                        "appointment",
                        "timeline.appointment.cancelled",
                        e.activityLabel(),
                        local(e.startsAt()),
                        e.reason());
            case MeetingStarted e ->
                line("meeting", "timeline.meeting.started", e.activityLabel(), local(e.startedAt()));
            case MeetingClosed e ->
                line(
                        "meeting",
                        e.sessionId() != null
                                ? "timeline.session.attendance." + e.attendance()
                                : e.attendance() != Attendance.PRESENT
                                        ? "timeline.meeting.absent." + e.attendance()
                                        : "timeline.meeting.closed."
                                                + (e.compliance() == null ? Compliance.NO_STANDARD : e.compliance()),
                        e.activityLabel(),
                        local(e.startedAt()),
                        e.minutes() == null ? "" : String.valueOf(e.minutes()));
            case EngagementClosed e ->
                line(
                        "meeting",
                        "timeline.engagement.closed." + e.compliance(),
                        e.activityLabel(),
                        hoursDown(e.totalMinutes()));
            case ParticipantEnrolled e ->
                line(
                        "session",
                        e.promoted()
                                ? "timeline.session.promoted"
                                : e.waiting() ? "timeline.session.waiting" : "timeline.session.enrolled",
                        e.title(),
                        local(e.startsAt()));
            case ParticipantWithdrawn e ->
                line("session", "timeline.session.withdrawn", e.title(), local(e.startsAt()));
            case SessionCancelled e ->
                line("session", "timeline.session.cancelled", e.title(), local(e.startsAt()), e.reason());
            case DocumentSaved e -> line("skills-audit", "timeline.skills-audit.saved");
            case DocumentCompleted e -> line("skills-audit", "timeline.skills-audit.completed");
            case PathwayClosed e ->
                line(
                        "pathway",
                        "timeline.pathway.closed",
                        DAY.format(e.closedOn()),
                        String.valueOf(e.outcomes().size()));
            case AgreementDrafted e ->
                e.fromNumber() == null
                        ? line("agreement", "timeline.agreement.drafted", String.valueOf(e.number()))
                        : line(
                                "agreement",
                                "timeline.agreement.updated",
                                String.valueOf(e.number()),
                                String.valueOf(e.fromNumber()));
            case InterviewPhaseSaved e ->
                line(
                        "agreement",
                        "timeline.agreement.phase-saved",
                        String.valueOf(e.phase()),
                        String.valueOf(e.number()));
            case AgreementSigned e ->
                line(
                        "agreement",
                        e.scan() ? "timeline.agreement.signed-scan" : "timeline.agreement.signed",
                        String.valueOf(e.number()),
                        DAY.format(e.signedOn()));
            case PlanItemStatusChanged e ->
                line(
                        "agreement",
                        "timeline.agreement.item-status." + e.to().name(),
                        e.description().length() > 80 ? e.description().substring(0, 79) + "…" : e.description());
            case InterviewSaved e ->
                line("profiling", "timeline.profiling.saved", day(e.interviewDate()), String.valueOf(e.answers()));
            case ScoreRecorded e ->
                line(
                        "profiling",
                        e.score() == null ? "timeline.profiling.score-removed" : "timeline.profiling.score",
                        e.score() == null ? "" : String.valueOf(e.score()));
            case AssessmentConfirmed e -> line("profiling", "timeline.profiling.assessment");
            case ReferralCreated e -> line("referral", "timeline.referral.created." + lower(e.kind()), e.recipient());
            case ReferralStepRecorded e ->
                line("referral", "timeline.referral." + lower(e.step()), e.recipient(), day(e.on()));
            case OccupationAdded e ->
                line("occupation", "timeline.occupation.added", e.professionTitle(), e.professionCode());
            case OccupationChanged e ->
                line("occupation", "timeline.occupation.changed", e.professionTitle(), e.professionCode());
            case OccupationRemoved e ->
                line("occupation", "timeline.occupation.removed", e.professionTitle(), e.professionCode());
            case AvailabilityChanged e -> line("occupation", "timeline.availability.changed");
            case CvSaved e ->
                line(
                        "cv",
                        "GENERATED".equals(e.origin()) ? "timeline.cv.generated" : "timeline.cv.uploaded",
                        e.fileName());
            case CvDeleted e -> line("cv", "timeline.cv.deleted");
            case TransferStepRecorded e ->
                line(
                        "portal",
                        "timeline.portal." + lower(e.kind()) + "." + lower(e.state()),
                        e.detail() == null ? "" : e.detail());
            case RegistrationRecorded e ->
                line(
                        "portal",
                        "timeline.portal.registration." + lower(e.state()),
                        e.channel() == null ? "" : e.channel());
            case MessageQueued e ->
                line(
                        "message",
                        "timeline.message.queued",
                        e.subject(),
                        String.join(
                                ", ",
                                e.channels().stream()
                                        .map(TimelineDescriptions::channel)
                                        .toList()));
            case MessageSent e -> line("message", "timeline.message.sent", e.subject(), channel(e.channel()));
            case MessageUndeliverable e ->
                line("message", "timeline.message.undeliverable." + e.reason(), e.subject(), channel(e.channel()));
            case WorkerFileExported e -> line("file", "timeline.file.exported");
            case SelfPromotionSupported e ->
                line("proposal", "timeline.selfpromotion.supported", String.join(", ", e.employerNames()));
            case ProposalMade e ->
                line("proposal", "timeline.proposal.made", e.vacancyTitle(), e.employerName(), day(e.proposedOn()));
            case ProposalAnswered e ->
                line(
                        "proposal",
                        "timeline.proposal." + lower(e.answer()) + (e.reason() == null ? "" : "." + lower(e.reason())),
                        e.vacancyTitle(),
                        day(e.on()));
            case CandidatureSent e ->
                line("proposal", "timeline.proposal.candidature." + lower(e.to()), e.vacancyTitle(), day(e.on()));
            case ProposalOutcomeRecorded e ->
                line(
                        "proposal",
                        "timeline.proposal.outcome." + lower(e.outcome()),
                        e.vacancyTitle(),
                        day(e.on()),
                        e.startDate() == null ? "" : day(e.startDate()));
            case ProposalRequested e ->
                line(
                        "proposal",
                        "timeline.proposal.requested",
                        e.vacancyTitle(),
                        e.fromCentre() == null ? "" : e.fromCentre());
            case ProposalRequestAnswered e ->
                line(
                        "proposal",
                        e.accepted() ? "timeline.proposal.request.accepted" : "timeline.proposal.request.declined",
                        e.vacancyTitle(),
                        e.reason() == null ? "" : e.reason());
            default -> undescribed(event);
        };
    }

    /** The generic line of a case event not described above; the test makes sure no event type gets it. */
    static Optional<TimelineLine> undescribed(CaseEvent event) {
        return line("other", "timeline.undescribed", event.getClass().getSimpleName());
    }

    /** A time in Rome, dd/MM/yyyy HH:mm (blank for none). */
    static String local(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(Rome.ZONE));
    }

    /** {@code minutes} as hours with at most two decimals, rounded down, Italian style: 479 → "7,98", 90 → "1,5". */
    static String hoursDown(Integer minutes) {
        if (minutes == null) {
            return "";
        }
        return BigDecimal.valueOf(minutes)
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.DOWN)
                .stripTrailingZeros()
                .toPlainString()
                .replace('.', ',');
    }

    private static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    private static String channel(Channel channel) {
        return channel == null ? "" : channel == Channel.EMAIL ? "e-mail" : "SMS";
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static Optional<TimelineLine> line(String kind, String summaryKey, String... args) {
        return line(kind, summaryKey, List.of(args));
    }

    private static Optional<TimelineLine> line(String kind, String summaryKey, List<String> args) {
        return Optional.of(new TimelineLine(kind, summaryKey, args));
    }
}
