package it.orienta.referral;

import it.orienta.referral.ReferralCommands.CreateReferral;
import it.orienta.referral.ReferralCommands.RecordStep;
import it.orienta.referral.ReferralCommands.SendReferral;
import it.orienta.referral.ReferralView.Reason;
import it.orienta.referral.ReferralView.ReasonSource;
import it.orienta.system.PlainText;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hibernate.annotations.ListIndexBase;

/**
 * A referral to the municipal social services (R5) or to another service (R26), and its steps. Guards every rule of
 * it: written with its kind, recipient and reasons (drawn from the interview, or the operator's words), to the social
 * services only after a confirmed deeper assessment; sent with the person's consent, data to share and a due date;
 * steps in order (sent → acknowledged → answered → closed, the acknowledgement may be skipped), each dated not in the
 * future and not before the previous one; cancelled with a reason while not closed. A refusal changes nothing.
 */
@Entity
@Table(name = "referral")
class Referral {

    static final int LONG_TEXT = 4000;
    static final int SHORT_TEXT = 300;
    static final int SERVICE_NAME = 200;
    static final int CANCEL_REASON = 2000;

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Id
    private UUID id;

    private UUID personId;
    private String centreCode;

    @Enumerated(EnumType.STRING)
    private ReferralKind kind;

    private String serviceName;
    private String recipient;

    /** The categories shared, as their names separated by commas. */
    private String sharedData;

    private boolean consentGiven;
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private ReferralStatus status;

    private Instant createdAt;
    private LocalDate createdOn;
    private String createdBy;
    private LocalDate sentOn;
    private LocalDate acknowledgedOn;
    private LocalDate answeredOn;
    private String answer;
    private LocalDate outcomeOn;
    private String outcome;
    private LocalDate cancelledOn;
    private String cancelReason;

    @Version
    private Long version;

    @ElementCollection
    @CollectionTable(name = "referral_reason", joinColumns = @JoinColumn(name = "referral_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<ReasonEntry> reasons = new ArrayList<>();

    protected Referral() {}

    /**
     * Writes a referral, a draft until sent.
     *
     * @param offered the reasons the interview offers, by their reference ({@code INDICATOR:<id>},
     *     {@code ANSWER:<question id>})
     * @param residenceRecipient the municipal social service of the person's residence, for a social-services
     *     referral whose recipient is left blank ({@code null} when the residence is unknown)
     * @param centreCode the centre of the operator who writes it: required
     */
    static Referral write(
            UUID personId,
            CreateReferral command,
            Map<String, Reason> offered,
            boolean assessmentConfirmed,
            Supplier<String> residenceRecipient,
            String centreCode,
            String by,
            LocalDate today,
            Instant now) {
        var v = new ArrayList<Violation>();
        var chosen = new ArrayList<Reason>();
        List<String> refs = command.reasons() == null ? List.of() : command.reasons();
        for (String ref : new LinkedHashSet<>(refs)) {
            var reason = offered.get(ref);
            if (reason == null) {
                v.add(Violation.of("referral.reason.unknown", "reasons", ref));
            } else {
                chosen.add(reason);
            }
        }
        String recipient = command.recipient();
        if (recipient == null || recipient.isBlank()) {
            recipient = command.kind() == ReferralKind.OTHER_SERVICE ? command.serviceName() : residenceRecipient.get();
        }
        if (command.kind() == null) {
            v.add(Violation.of("referral.kind.required", "kind"));
        } else if (command.kind() == ReferralKind.SOCIAL_SERVICES && !assessmentConfirmed) {
            v.add(Violation.of("referral.assessment.required", "kind"));
        }
        boolean otherService = command.kind() == ReferralKind.OTHER_SERVICE;
        text(v, command.serviceName(), "serviceName", SERVICE_NAME, otherService, "referral.service.required");
        text(v, recipient, "recipient", SHORT_TEXT, true, "referral.recipient.required");
        boolean ownWords = command.reasonText() != null && !command.reasonText().isBlank();
        if (chosen.isEmpty() && !ownWords) {
            v.add(Violation.of("referral.reasons.required", "reasons"));
        }
        text(v, command.reasonText(), "reasonText", LONG_TEXT, false, null);
        if (command.dueDate() != null && command.dueDate().isBefore(today)) {
            v.add(Violation.of("referral.due.past", "dueDate"));
        }
        if (centreCode == null) {
            v.add(Violation.of("profiling.centre.required", null));
        }
        refuseIfAny(v);
        if (ownWords) {
            chosen.add(new Reason(ReasonSource.TEXT, null, command.reasonText().strip()));
        }
        var referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.personId = personId;
        referral.centreCode = centreCode;
        referral.kind = command.kind();
        referral.serviceName = blankToNull(command.serviceName());
        referral.recipient = recipient.strip();
        referral.sharedData = categories(command.sharedData() == null ? Set.of() : command.sharedData());
        referral.consentGiven = Boolean.TRUE.equals(command.consentGiven());
        referral.dueDate = command.dueDate();
        referral.status = ReferralStatus.DRAFT;
        referral.createdAt = now;
        referral.createdOn = today;
        referral.createdBy = by;
        chosen.forEach(r -> referral.reasons.add(new ReasonEntry(r)));
        return referral;
    }

    /**
     * Sends the draft: the day (not in the future; it may be before the referral was written in Orienta, when it is
     * recorded afterwards), the person's consent to share the data, at least one category of data shared, and a
     * due date not before the sending.
     */
    void send(SendReferral command, LocalDate today) {
        var v = new ArrayList<Violation>();
        if (status != ReferralStatus.DRAFT) {
            v.add(Violation.of("referral.step.not-allowed", null));
            refuseIfAny(v);
        }
        v.addAll(stepDate(command.sentOn(), null, today));
        boolean consent = command.consentGiven() == null ? consentGiven : command.consentGiven();
        if (!consent) {
            v.add(Violation.of("referral.consent.required", "consentGiven"));
        }
        if (sharedData().isEmpty()) {
            v.add(Violation.of("referral.shared-data.required", "sharedData"));
        }
        LocalDate due = command.dueDate() == null ? dueDate : command.dueDate();
        if (due == null) {
            v.add(Violation.of("referral.due.required", "dueDate"));
        } else if (command.sentOn() != null && due.isBefore(command.sentOn())) {
            v.add(Violation.of("referral.due.before-sent", "dueDate"));
        }
        refuseIfAny(v);
        status = ReferralStatus.SENT;
        sentOn = command.sentOn();
        dueDate = due;
        consentGiven = true;
    }

    /** The recipient acknowledged the sent referral. */
    void acknowledge(RecordStep command, LocalDate today) {
        requireStatus(status == ReferralStatus.SENT);
        refuseIfAny(stepDate(command.on(), sentOn, today));
        status = ReferralStatus.ACKNOWLEDGED;
        acknowledgedOn = command.on();
    }

    /** The recipient answered, with or without an acknowledgement before; the answer's text is required. */
    void answer(RecordStep command, LocalDate today) {
        requireStatus(awaitingAnswer());
        var v = new ArrayList<>(stepDate(command.on(), acknowledgedOn != null ? acknowledgedOn : sentOn, today));
        text(v, command.text(), "text", LONG_TEXT, true, "referral.answer.required");
        refuseIfAny(v);
        status = ReferralStatus.ANSWERED;
        answeredOn = command.on();
        answer = command.text().strip();
    }

    /** Records the outcome of the answered referral, which closes it. */
    void recordOutcome(RecordStep command, LocalDate today) {
        requireStatus(status == ReferralStatus.ANSWERED);
        var v = new ArrayList<>(stepDate(command.on(), answeredOn, today));
        text(v, command.text(), "text", LONG_TEXT, true, "referral.outcome.required");
        refuseIfAny(v);
        status = ReferralStatus.CLOSED;
        outcomeOn = command.on();
        outcome = command.text().strip();
    }

    /** Cancels the referral, today, with the reason; not once closed or cancelled. */
    void cancel(String reason, LocalDate today) {
        var v = new ArrayList<Violation>();
        if (status == ReferralStatus.CLOSED || status == ReferralStatus.CANCELLED) {
            v.add(Violation.of("referral.step.not-allowed", null));
        }
        text(v, reason, "reason", CANCEL_REASON, true, "referral.cancel.reason-required");
        refuseIfAny(v);
        status = ReferralStatus.CANCELLED;
        cancelledOn = today;
        cancelReason = reason.strip();
    }

    /** Waiting for the recipient's answer. */
    boolean awaitingAnswer() {
        return status == ReferralStatus.SENT || status == ReferralStatus.ACKNOWLEDGED;
    }

    /** Sent, not yet answered, and the due date has passed (computed when read, never stored). */
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

    private static void requireStatus(boolean allowed) {
        if (!allowed) {
            throw RuleViolationException.of(List.of(Violation.of("referral.step.not-allowed", null)));
        }
    }

    private static void refuseIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
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

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    UUID id() {
        return id;
    }

    UUID personId() {
        return personId;
    }

    ReferralKind kind() {
        return kind;
    }

    ReferralStatus status() {
        return status;
    }

    String recipient() {
        return recipient;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    Set<DataCategory> sharedData() {
        return parseCategories(sharedData);
    }

    List<Reason> reasons() {
        return reasons.stream().map(ReasonEntry::view).toList();
    }

    long version() {
        return version == null ? 0 : version;
    }
}
