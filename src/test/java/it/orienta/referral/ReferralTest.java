package it.orienta.referral;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.referral.ReferralCommands.CreateReferral;
import it.orienta.referral.ReferralCommands.RecordStep;
import it.orienta.referral.ReferralCommands.SendReferral;
import it.orienta.referral.ReferralView.Reason;
import it.orienta.referral.ReferralView.ReasonSource;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every rule a referral guards, at its boundaries (no Spring, no database). */
class ReferralTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    static final UUID INDICATOR = UUID.randomUUID();
    static final String INDICATOR_REF = "INDICATOR:" + INDICATOR;
    static final Map<String, Reason> OFFERED =
            Map.of(INDICATOR_REF, new Reason(ReasonSource.INDICATOR, INDICATOR, "Disagio abitativo"));

    /** The violations of a move, none when it is accepted. */
    static List<Violation> violations(Runnable move) {
        try {
            move.run();
            return List.of();
        } catch (RuleViolationException e) {
            return e.violations();
        }
    }

    static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }

    static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    // ---------------------------------------------------------------- writing

    static CreateReferral create(
            ReferralKind kind, String service, String recipient, List<String> reasons, String text, LocalDate due) {
        return new CreateReferral(
                kind, service, recipient, reasons, text, EnumSet.of(DataCategory.IDENTITY), true, due);
    }

    static CreateReferral create(ReferralKind kind, String service, String recipient, String text, LocalDate due) {
        return create(kind, service, recipient, List.of(), text, due);
    }

    static Referral write(CreateReferral command, boolean assessmentConfirmed) {
        return Referral.write(
                UUID.randomUUID(),
                command,
                OFFERED,
                assessmentConfirmed,
                () -> "Servizio sociale del Comune di Firenze (FI)",
                "CPI-FI",
                "Giulia Bianchi",
                TODAY,
                NOW);
    }

    static List<Violation> checkCreate(CreateReferral command, boolean assessmentConfirmed) {
        return violations(() -> write(command, assessmentConfirmed));
    }

    @Test
    void aReferralWithoutReasonsIsRefusedAtTheReasons() {
        var command = create(ReferralKind.OTHER_SERVICE, "SerD", "SerD Firenze", "  ", null);
        var violations = checkCreate(command, false);
        assertThat(codes(violations)).containsExactly("referral.reasons.required");
        assertThat(fields(violations)).containsExactly("reasons");
    }

    @Test
    void reasonsMayComeFromTheInterviewOrTheOperatorsWords() {
        var fromInterview =
                create(ReferralKind.OTHER_SERVICE, "SerD", "SerD Firenze", List.of(INDICATOR_REF), null, null);
        assertThat(checkCreate(fromInterview, false)).isEmpty();
        var ownWords = create(ReferralKind.OTHER_SERVICE, "SerD", "SerD Firenze", "Dipendenza segnalata", null);
        assertThat(checkCreate(ownWords, false)).isEmpty();
        var both = write(
                create(ReferralKind.OTHER_SERVICE, "SerD", "SerD Firenze", List.of(INDICATOR_REF), " Altro ", null),
                false);
        assertThat(both.reasons())
                .containsExactly(OFFERED.get(INDICATOR_REF), new Reason(ReasonSource.TEXT, null, "Altro"));
    }

    @Test
    void aReasonNotOfferedByTheInterviewIsRefused() {
        var unknown = create(ReferralKind.OTHER_SERVICE, "SerD", "SerD", List.of("ANSWER:x"), "x", null);
        var violations = checkCreate(unknown, false);
        assertThat(codes(violations)).containsExactly("referral.reason.unknown");
        assertThat(violations.getFirst().args()).containsExactly("ANSWER:x");
    }

    @Test
    void aSocialServicesReferralNeedsAConfirmedDeeperAssessment() {
        var command = create(ReferralKind.SOCIAL_SERVICES, null, "Servizio sociale del Comune di Firenze", "x", null);
        assertThat(codes(checkCreate(command, false))).containsExactly("referral.assessment.required");
        assertThat(checkCreate(command, true)).isEmpty();
    }

    @Test
    void anotherServiceMustBeNamedAndEveryReferralHasARecipientAndAKind() {
        var unnamed = create(ReferralKind.OTHER_SERVICE, " ", "Centro", "x", null);
        assertThat(codes(checkCreate(unnamed, false))).containsExactly("referral.service.required");
        var noKind = create(null, null, "Centro", "x", null);
        assertThat(codes(checkCreate(noKind, true))).containsExactly("referral.kind.required");
        var noRecipient = violations(() -> Referral.write(
                UUID.randomUUID(),
                create(ReferralKind.SOCIAL_SERVICES, null, "", "x", null),
                OFFERED,
                true,
                () -> null, // the residence is unknown
                "CPI-FI",
                "Giulia Bianchi",
                TODAY,
                NOW));
        assertThat(codes(noRecipient)).containsExactly("referral.recipient.required");
    }

    @Test
    void aBlankRecipientIsTheResidencesSocialServiceOrTheNamedService() {
        var social = write(create(ReferralKind.SOCIAL_SERVICES, null, " ", "x", null), true);
        assertThat(social.recipient()).isEqualTo("Servizio sociale del Comune di Firenze (FI)");
        var other = write(create(ReferralKind.OTHER_SERVICE, "SerD Firenze", null, "x", null), false);
        assertThat(other.recipient()).isEqualTo("SerD Firenze");
        var unknownResidence = violations(() -> Referral.write(
                UUID.randomUUID(),
                create(ReferralKind.SOCIAL_SERVICES, null, "", "x", null),
                OFFERED,
                true,
                () -> null,
                "CPI-FI",
                "Giulia Bianchi",
                TODAY,
                NOW));
        assertThat(codes(unknownResidence)).containsExactly("referral.recipient.required");
    }

    @Test
    void theDueDateMayBeTodayButNotPast() {
        var today = create(ReferralKind.OTHER_SERVICE, "SerD", "SerD", "x", TODAY);
        assertThat(checkCreate(today, false)).isEmpty();
        var yesterday = create(ReferralKind.OTHER_SERVICE, "SerD", "SerD", "x", TODAY.minusDays(1));
        assertThat(codes(checkCreate(yesterday, false))).containsExactly("referral.due.past");
    }

    @Test
    void aReferralIsWrittenByAnOperatorOfACentreAsADraft() {
        var command = create(ReferralKind.OTHER_SERVICE, "SerD", "SerD", "x", null);
        var noCentre = violations(
                () -> Referral.write(UUID.randomUUID(), command, OFFERED, false, () -> null, null, "G", TODAY, NOW));
        assertThat(codes(noCentre)).containsExactly("profiling.centre.required");
        assertThat(write(command, false).status()).isEqualTo(ReferralStatus.DRAFT);
    }

    // ---------------------------------------------------------------- steps

    static Referral draft(boolean consent, Set<DataCategory> shared) {
        return Referral.write(
                UUID.randomUUID(),
                new CreateReferral(
                        ReferralKind.SOCIAL_SERVICES,
                        null,
                        "Servizio sociale del Comune di Firenze",
                        List.of(INDICATOR_REF),
                        null,
                        shared,
                        consent,
                        null),
                OFFERED,
                true,
                () -> null,
                "CPI-FI",
                "Giulia Bianchi",
                TODAY.minusDays(10),
                NOW);
    }

    static Referral sent(LocalDate on) {
        var referral = draft(true, Set.of(DataCategory.IDENTITY));
        referral.send(new SendReferral(on, on.plusDays(30), true), TODAY);
        return referral;
    }

    static Referral acknowledged(LocalDate sent, LocalDate on) {
        var referral = sent(sent);
        referral.acknowledge(new RecordStep(on, null), TODAY);
        return referral;
    }

    static Referral answered(LocalDate sent, LocalDate on) {
        var referral = sent(sent);
        referral.answer(new RecordStep(on, "Presa in carico congiunta"), TODAY);
        return referral;
    }

    static List<Violation> checkSend(Referral referral, SendReferral command) {
        return violations(() -> referral.send(command, TODAY));
    }

    @Test
    void sendingNeedsConsentSharedDataAndADueDateNotBeforeTheSending() {
        var ok = draft(false, Set.of(DataCategory.IDENTITY));
        assertThat(checkSend(ok, new SendReferral(TODAY, TODAY, true))).isEmpty();
        assertThat(ok.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(ok.dueDate()).isEqualTo(TODAY);
        var noConsent = checkSend(draft(false, Set.of(DataCategory.IDENTITY)), new SendReferral(TODAY, TODAY, false));
        assertThat(codes(noConsent)).containsExactly("referral.consent.required");
        assertThat(fields(noConsent)).containsExactly("consentGiven");
        var consentRecordedAtCreation =
                checkSend(draft(true, Set.of(DataCategory.IDENTITY)), new SendReferral(TODAY, TODAY, null));
        assertThat(consentRecordedAtCreation).isEmpty();
        var nothingShared = checkSend(draft(true, Set.of()), new SendReferral(TODAY, TODAY, true));
        assertThat(codes(nothingShared)).containsExactly("referral.shared-data.required");
        var noDue = checkSend(draft(true, Set.of(DataCategory.IDENTITY)), new SendReferral(TODAY, null, true));
        assertThat(codes(noDue)).containsExactly("referral.due.required");
        var dueBefore = checkSend(
                draft(true, Set.of(DataCategory.IDENTITY)), new SendReferral(TODAY, TODAY.minusDays(1), true));
        assertThat(codes(dueBefore)).containsExactly("referral.due.before-sent");
    }

    @Test
    void aRefusedStepChangesNothing() {
        var draft = draft(false, Set.of(DataCategory.IDENTITY));
        assertThat(checkSend(draft, new SendReferral(TODAY, TODAY, false))).isNotEmpty();
        assertThat(draft.status()).isEqualTo(ReferralStatus.DRAFT);
        var sent = sent(TODAY);
        assertThat(violations(() -> sent.answer(new RecordStep(TODAY, ""), TODAY)))
                .isNotEmpty();
        assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void aStepIsDatedNotInTheFutureAndNotBeforeThePreviousOne() {
        assertThat(codes(checkSend(draft(true, Set.of(DataCategory.IDENTITY)), new SendReferral(null, TODAY, true))))
                .containsExactly("referral.step.date-required");
        assertThat(codes(checkSend(
                        draft(true, Set.of(DataCategory.IDENTITY)),
                        new SendReferral(TODAY.plusDays(1), TODAY.plusDays(2), true))))
                .containsExactly("referral.step.date-future");
        // a referral sent on paper may be recorded afterwards
        var recordedAfterwards = checkSend(
                draft(true, Set.of(DataCategory.IDENTITY)), new SendReferral(TODAY.minusDays(11), TODAY, true));
        assertThat(recordedAfterwards).isEmpty();

        var sent = sent(TODAY.minusDays(5));
        assertThat(violations(() -> sent.acknowledge(new RecordStep(TODAY.minusDays(5), null), TODAY)))
                .isEmpty();
        assertThat(sent.status()).isEqualTo(ReferralStatus.ACKNOWLEDGED);
        var beforeSent =
                violations(() -> sent(TODAY.minusDays(5)).acknowledge(new RecordStep(TODAY.minusDays(6), null), TODAY));
        assertThat(codes(beforeSent)).containsExactly("referral.step.date-order");
        assertThat(beforeSent.getFirst().args()).containsExactly("15/11/2026");
    }

    @Test
    void stepsComeInOrder() {
        var draft = draft(true, Set.of(DataCategory.IDENTITY));
        assertThat(codes(violations(() -> draft.acknowledge(new RecordStep(TODAY, null), TODAY))))
                .containsExactly("referral.step.not-allowed");
        assertThat(codes(violations(() -> draft.answer(new RecordStep(TODAY, "ok"), TODAY))))
                .containsExactly("referral.step.not-allowed");
        assertThat(codes(violations(() -> sent(TODAY).recordOutcome(new RecordStep(TODAY, "ok"), TODAY))))
                .containsExactly("referral.step.not-allowed");
        assertThat(codes(checkSend(sent(TODAY), new SendReferral(TODAY, TODAY, true))))
                .containsExactly("referral.step.not-allowed");
    }

    @Test
    void theAnswerMayFollowTheSendingOrTheAcknowledgementAndNeedsItsText() {
        var sent = sent(TODAY.minusDays(5));
        assertThat(violations(() ->
                        sent(TODAY.minusDays(5)).answer(new RecordStep(TODAY, "Presa in carico congiunta"), TODAY)))
                .isEmpty();
        assertThat(codes(violations(() -> sent.answer(new RecordStep(TODAY, " "), TODAY))))
                .containsExactly("referral.answer.required");
        var acknowledged = acknowledged(TODAY.minusDays(5), TODAY.minusDays(2));
        assertThat(codes(violations(() -> acknowledged.answer(new RecordStep(TODAY.minusDays(3), "x"), TODAY))))
                .containsExactly("referral.step.date-order");
        var answered = answered(TODAY.minusDays(5), TODAY.minusDays(1));
        assertThat(codes(violations(() -> answered.recordOutcome(new RecordStep(TODAY, null), TODAY))))
                .containsExactly("referral.outcome.required");
        assertThat(violations(() -> answered.recordOutcome(new RecordStep(TODAY, "Percorso congiunto avviato"), TODAY)))
                .isEmpty();
        assertThat(answered.status()).isEqualTo(ReferralStatus.CLOSED);
    }

    @Test
    void cancellingNeedsAReasonAndAReferralStillOpen() {
        assertThat(codes(violations(() -> sent(TODAY).cancel("", TODAY))))
                .containsExactly("referral.cancel.reason-required");
        var sent = sent(TODAY);
        assertThat(violations(() -> sent.cancel("La persona ha trovato lavoro", TODAY)))
                .isEmpty();
        assertThat(sent.status()).isEqualTo(ReferralStatus.CANCELLED);
        var closed = answered(TODAY, TODAY);
        closed.recordOutcome(new RecordStep(TODAY, "Chiuso"), TODAY);
        assertThat(codes(violations(() -> closed.cancel("x", TODAY)))).containsExactly("referral.step.not-allowed");
        assertThat(codes(violations(() -> sent.cancel("di nuovo", TODAY))))
                .containsExactly("referral.step.not-allowed");
    }

    @Test
    void overdueMeansAwaitingAnAnswerPastTheDueDate() {
        assertThat(Referral.overdue(ReferralStatus.SENT, TODAY.minusDays(1), TODAY))
                .isTrue();
        assertThat(Referral.overdue(ReferralStatus.ACKNOWLEDGED, TODAY.minusDays(1), TODAY))
                .isTrue();
        assertThat(Referral.overdue(ReferralStatus.SENT, TODAY, TODAY)).isFalse();
        assertThat(Referral.overdue(ReferralStatus.ANSWERED, TODAY.minusDays(1), TODAY))
                .isFalse();
        assertThat(Referral.overdue(ReferralStatus.DRAFT, TODAY.minusDays(1), TODAY))
                .isFalse();
    }

    @Test
    void sharedDataCategoriesSurviveTheirTextForm() {
        var categories = EnumSet.of(DataCategory.INDICATORS, DataCategory.IDENTITY);
        assertThat(Referral.categories(categories)).isEqualTo("IDENTITY,INDICATORS");
        assertThat(Referral.parseCategories("IDENTITY,INDICATORS")).isEqualTo(categories);
        assertThat(Referral.parseCategories("")).isEmpty();
    }
}
