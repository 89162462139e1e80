package it.orienta.profiling;

import it.orienta.profiling.Commands.CreateReferral;
import it.orienta.profiling.Commands.RecordStep;
import it.orienta.profiling.Commands.SaveInterview;
import it.orienta.profiling.Commands.SendReferral;
import it.orienta.system.PlainText;
import it.orienta.system.RuleViolationException.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The rules of the interview and of referrals, without the database: each returns the violations it finds. */
final class ProfilingRules {

    static final int MIN_SCORE = 1;
    static final int MAX_SCORE = 5;
    static final int LONG_TEXT = 4000;
    static final int SHORT_TEXT = 300;

    static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ProfilingRules() {}

    // ---------------------------------------------------------------- lists

    static List<Violation> checkItem(Commands.SaveItem item) {
        var v = new ArrayList<Violation>();
        String code = item.code() == null ? "" : item.code().strip();
        if (code.isEmpty()) {
            v.add(Violation.of("profiling.item.code.required", "code"));
        } else if (!code.matches("[A-Z0-9][A-Z0-9-]{0,39}")) {
            v.add(Violation.of("profiling.item.code.format", "code"));
        }
        text(v, item.labelIt(), "labelIt", 500, true, "profiling.item.label.required");
        text(v, item.labelEn(), "labelEn", 500, true, "profiling.item.label.required");
        return v;
    }

    // ---------------------------------------------------------------- interview

    /** The operator's employability score: 1 to 5 when given (R4). */
    static List<Violation> checkScore(Integer score) {
        if (score != null && (score < MIN_SCORE || score > MAX_SCORE)) {
            return List.of(Violation.of("profiling.score.range", "score", MIN_SCORE, MAX_SCORE));
        }
        return List.of();
    }

    static List<Violation> checkInterview(
            SaveInterview command, LocalDate today, Set<UUID> questions, Set<UUID> indicators) {
        var v = new ArrayList<Violation>();
        if (command.interviewDate() == null) {
            v.add(Violation.of("profiling.date.required", "interviewDate"));
        } else if (command.interviewDate().isAfter(today)) {
            v.add(Violation.of("profiling.date.future", "interviewDate"));
        }
        v.addAll(checkScore(command.score()));
        if (command.answers() != null) {
            command.answers().forEach((question, answer) -> {
                if (!questions.contains(question)) {
                    v.add(Violation.of("profiling.question.unknown", "answers", question));
                } else {
                    text(v, answer, "answers[" + question + "]", LONG_TEXT, false, null);
                }
            });
        }
        if (command.indicators() != null) {
            for (UUID indicator : command.indicators()) {
                if (!indicators.contains(indicator)) {
                    v.add(Violation.of("profiling.indicator.unknown", "indicators", indicator));
                }
            }
        }
        text(v, command.notes(), "notes", LONG_TEXT, false, null);
        return v;
    }

    /** The deeper assessment is proposed only when an indicator is marked, and confirmed once. */
    static List<Violation> checkAssessment(InterviewView interview, String notes) {
        var v = new ArrayList<Violation>();
        if (!interview.assessmentProposed()) {
            v.add(Violation.of("profiling.assessment.no-indicator", "indicators"));
        } else if (interview.assessmentConfirmed()) {
            v.add(Violation.of("profiling.assessment.already-confirmed", null));
        }
        text(v, notes, "assessmentNotes", 2000, false, null);
        return v;
    }

    // ---------------------------------------------------------------- referrals

    /**
     * A referral needs its kind, the service named when it is not the social services, a recipient, at least one
     * reason (R5: drawn from the interviews), and, to the social services, a confirmed deeper assessment. A due
     * date, when given, is not in the past.
     */
    static List<Violation> checkCreate(
            CreateReferral command, int reasonsFromInterview, boolean assessmentConfirmed, LocalDate today) {
        var v = new ArrayList<Violation>();
        if (command.kind() == null) {
            v.add(Violation.of("referral.kind.required", "kind"));
        } else if (command.kind() == ReferralKind.SOCIAL_SERVICES && !assessmentConfirmed) {
            v.add(Violation.of("referral.assessment.required", "kind"));
        }
        if (command.kind() == ReferralKind.OTHER_SERVICE) {
            text(v, command.serviceName(), "serviceName", 200, true, "referral.service.required");
        } else {
            text(v, command.serviceName(), "serviceName", 200, false, null);
        }
        text(v, command.recipient(), "recipient", SHORT_TEXT, true, "referral.recipient.required");
        boolean ownWords = command.reasonText() != null && !command.reasonText().isBlank();
        if (reasonsFromInterview == 0 && !ownWords) {
            v.add(Violation.of("referral.reasons.required", "reasons"));
        }
        text(v, command.reasonText(), "reasonText", LONG_TEXT, false, null);
        if (command.dueDate() != null && command.dueDate().isBefore(today)) {
            v.add(Violation.of("referral.due.past", "dueDate"));
        }
        return v;
    }

    /**
     * Sending needs a draft, the day (not in the future; it may be before the referral was written in Orienta, when
     * it is recorded afterwards), the person's
     * consent to share the data, at least one category of data shared, and a due date not before the sending.
     */
    static List<Violation> checkSend(ReferralView referral, SendReferral command, LocalDate today) {
        var v = new ArrayList<Violation>();
        if (referral.status() != ReferralStatus.DRAFT) {
            v.add(Violation.of("referral.step.not-allowed", null));
            return v;
        }
        v.addAll(stepDate(command.sentOn(), null, today));
        boolean consent = command.consentGiven() == null ? referral.consentGiven() : command.consentGiven();
        if (!consent) {
            v.add(Violation.of("referral.consent.required", "consentGiven"));
        }
        if (referral.sharedData().isEmpty()) {
            v.add(Violation.of("referral.shared-data.required", "sharedData"));
        }
        LocalDate due = command.dueDate() == null ? referral.dueDate() : command.dueDate();
        if (due == null) {
            v.add(Violation.of("referral.due.required", "dueDate"));
        } else if (command.sentOn() != null && due.isBefore(command.sentOn())) {
            v.add(Violation.of("referral.due.before-sent", "dueDate"));
        }
        return v;
    }

    static List<Violation> checkAcknowledge(ReferralView referral, RecordStep command, LocalDate today) {
        if (referral.status() != ReferralStatus.SENT) {
            return List.of(Violation.of("referral.step.not-allowed", null));
        }
        return stepDate(command.on(), referral.sentOn(), today);
    }

    /** The answer may come with or without an acknowledgement before it. */
    static List<Violation> checkAnswer(ReferralView referral, RecordStep command, LocalDate today) {
        if (!referral.awaitingAnswer()) {
            return List.of(Violation.of("referral.step.not-allowed", null));
        }
        var v = new ArrayList<>(stepDate(
                command.on(),
                referral.acknowledgedOn() != null ? referral.acknowledgedOn() : referral.sentOn(),
                today));
        text(v, command.text(), "text", LONG_TEXT, true, "referral.answer.required");
        return v;
    }

    static List<Violation> checkOutcome(ReferralView referral, RecordStep command, LocalDate today) {
        if (referral.status() != ReferralStatus.ANSWERED) {
            return List.of(Violation.of("referral.step.not-allowed", null));
        }
        var v = new ArrayList<>(stepDate(command.on(), referral.answeredOn(), today));
        text(v, command.text(), "text", LONG_TEXT, true, "referral.outcome.required");
        return v;
    }

    static List<Violation> checkCancel(ReferralView referral, String reason) {
        var v = new ArrayList<Violation>();
        if (referral.status() == ReferralStatus.CLOSED || referral.status() == ReferralStatus.CANCELLED) {
            v.add(Violation.of("referral.step.not-allowed", null));
        }
        text(v, reason, "reason", 2000, true, "referral.cancel.reason-required");
        return v;
    }

    /** Sent, not yet answered, and the due date has passed. */
    static boolean overdue(ReferralStatus status, LocalDate dueDate, LocalDate today) {
        return (status == ReferralStatus.SENT || status == ReferralStatus.ACKNOWLEDGED)
                && dueDate != null
                && dueDate.isBefore(today);
    }

    /** A step's day: given, not in the future, not before the previous step's. */
    static List<Violation> stepDate(LocalDate on, LocalDate previous, LocalDate today) {
        if (on == null) {
            return List.of(Violation.of("referral.step.date-required", "on"));
        }
        if (on.isAfter(today)) {
            return List.of(Violation.of("referral.step.date-future", "on"));
        }
        if (previous != null && on.isBefore(previous)) {
            return List.of(Violation.of("referral.step.date-order", "on", DAY.format(previous)));
        }
        return List.of();
    }

    private static void text(
            List<Violation> v, String value, String field, int max, boolean required, String requiredCode) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(Violation.of(requiredCode, field));
            }
            return;
        }
        if (value.strip().length() > max) {
            v.add(Violation.of("profiling.text.too-long", field, max));
        } else if (!PlainText.Validator.isPlain(value, true)) {
            v.add(Violation.of("text.control-characters", field));
        }
    }
}
