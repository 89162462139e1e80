package it.orienta.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.profiling.Commands.CreateReferral;
import it.orienta.profiling.Commands.RecordStep;
import it.orienta.profiling.Commands.SaveInterview;
import it.orienta.profiling.Commands.SaveItem;
import it.orienta.profiling.Commands.SendReferral;
import it.orienta.system.RuleViolationException.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of the interview and of referrals, at its boundaries. */
class ProfilingRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final UUID QUESTION = UUID.randomUUID();
    static final UUID INDICATOR = UUID.randomUUID();

    static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }

    static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    static SaveInterview interview(Integer score) {
        return new SaveInterview(TODAY, Map.of(QUESTION, "Un lavoro stabile"), score, Set.of(INDICATOR), "");
    }

    static List<Violation> checkInterview(SaveInterview command) {
        return ProfilingRules.checkInterview(command, TODAY, Set.of(QUESTION), Set.of(INDICATOR));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void aScoreFromOneToFiveIsAccepted(int score) {
        assertThat(checkInterview(interview(score))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, 10})
    void aScoreOutsideOneToFiveIsRefusedAtItsField(int score) {
        var violations = checkInterview(interview(score));
        assertThat(codes(violations)).containsExactly("profiling.score.range");
        assertThat(fields(violations)).containsExactly("score");
        assertThat(violations.getFirst().args()).containsExactly(1, 5);
    }

    @Test
    void noScoreYetIsAllowed() {
        assertThat(checkInterview(interview(null))).isEmpty();
    }

    @Test
    void theInterviewNeedsADateNotInTheFuture() {
        var noDate = new SaveInterview(null, Map.of(), 3, Set.of(), "");
        assertThat(codes(checkInterview(noDate))).containsExactly("profiling.date.required");
        var tomorrow = new SaveInterview(TODAY.plusDays(1), Map.of(), 3, Set.of(), "");
        assertThat(codes(checkInterview(tomorrow))).containsExactly("profiling.date.future");
        var today = new SaveInterview(TODAY, Map.of(), 3, Set.of(), "");
        assertThat(checkInterview(today)).isEmpty();
    }

    @Test
    void answersAndIndicatorsMustBeInTheLists() {
        var other = UUID.randomUUID();
        var command = new SaveInterview(TODAY, Map.of(other, "x"), 3, Set.of(other), "");
        assertThat(codes(checkInterview(command)))
                .containsExactlyInAnyOrder("profiling.question.unknown", "profiling.indicator.unknown");
    }

    @Test
    void anAnswerTooLongOrWithControlCharactersIsRefused() {
        var tooLong = new SaveInterview(TODAY, Map.of(QUESTION, "a".repeat(4001)), 3, Set.of(), "");
        assertThat(codes(checkInterview(tooLong))).containsExactly("profiling.text.too-long");
        var control = new SaveInterview(TODAY, Map.of(QUESTION, "a\u0007b"), 3, Set.of(), "");
        assertThat(codes(checkInterview(control))).containsExactly("text.control-characters");
        var fourThousand = new SaveInterview(TODAY, Map.of(QUESTION, "a".repeat(4000)), 3, Set.of(), "riga\nriga");
        assertThat(checkInterview(fourThousand)).isEmpty();
    }

    static InterviewView view(Set<UUID> indicators, Instant confirmedAt) {
        return new InterviewView(
                UUID.randomUUID(),
                true,
                TODAY,
                Map.of(),
                3,
                indicators,
                "",
                confirmedAt,
                confirmedAt == null ? null : "Giulia Bianchi",
                null,
                new BigDecimal("0.42"),
                TODAY,
                Instant.now(),
                "Giulia Bianchi",
                1);
    }

    @Test
    void theDeeperAssessmentIsProposedOnlyWhenAnIndicatorIsMarkedAndConfirmedOnce() {
        assertThat(codes(ProfilingRules.checkAssessment(view(Set.of(), null), null)))
                .containsExactly("profiling.assessment.no-indicator");
        assertThat(ProfilingRules.checkAssessment(view(Set.of(INDICATOR), null), "colloquio con la persona"))
                .isEmpty();
        assertThat(codes(ProfilingRules.checkAssessment(view(Set.of(INDICATOR), Instant.now()), null)))
                .containsExactly("profiling.assessment.already-confirmed");
        assertThat(view(Set.of(INDICATOR), null).assessmentProposed()).isTrue();
        assertThat(view(Set.of(), null).assessmentProposed()).isFalse();
    }

    // ---------------------------------------------------------------- referral creation

    static CreateReferral create(ReferralKind kind, String service, String recipient, String text, LocalDate due) {
        return new CreateReferral(
                kind, service, recipient, List.of(), text, EnumSet.of(DataCategory.IDENTITY), true, due);
    }

    @Test
    void aReferralWithoutReasonsIsRefusedAtTheReasons() {
        var command = create(ReferralKind.OTHER_SERVICE, "SerD", "SerD Firenze", "  ", null);
        var violations = ProfilingRules.checkCreate(command, 0, false, TODAY);
        assertThat(codes(violations)).containsExactly("referral.reasons.required");
        assertThat(fields(violations)).containsExactly("reasons");
    }

    @Test
    void reasonsMayComeFromTheInterviewOrTheOperatorsWords() {
        var fromInterview = create(ReferralKind.OTHER_SERVICE, "SerD", "SerD Firenze", null, null);
        assertThat(ProfilingRules.checkCreate(fromInterview, 1, false, TODAY)).isEmpty();
        var ownWords = create(ReferralKind.OTHER_SERVICE, "SerD", "SerD Firenze", "Dipendenza segnalata", null);
        assertThat(ProfilingRules.checkCreate(ownWords, 0, false, TODAY)).isEmpty();
    }

    @Test
    void aSocialServicesReferralNeedsAConfirmedDeeperAssessment() {
        var command = create(ReferralKind.SOCIAL_SERVICES, null, "Servizio sociale del Comune di Firenze", "x", null);
        assertThat(codes(ProfilingRules.checkCreate(command, 0, false, TODAY)))
                .containsExactly("referral.assessment.required");
        assertThat(ProfilingRules.checkCreate(command, 0, true, TODAY)).isEmpty();
    }

    @Test
    void anotherServiceMustBeNamedAndEveryReferralHasARecipientAndAKind() {
        var unnamed = create(ReferralKind.OTHER_SERVICE, " ", "Centro", "x", null);
        assertThat(codes(ProfilingRules.checkCreate(unnamed, 0, false, TODAY)))
                .containsExactly("referral.service.required");
        var noRecipient = create(ReferralKind.SOCIAL_SERVICES, null, "", "x", null);
        assertThat(codes(ProfilingRules.checkCreate(noRecipient, 0, true, TODAY)))
                .containsExactly("referral.recipient.required");
        var noKind = create(null, null, "Centro", "x", null);
        assertThat(codes(ProfilingRules.checkCreate(noKind, 0, true, TODAY))).containsExactly("referral.kind.required");
    }

    @Test
    void theDueDateMayBeTodayButNotPast() {
        var today = create(ReferralKind.OTHER_SERVICE, "SerD", "SerD", "x", TODAY);
        assertThat(ProfilingRules.checkCreate(today, 0, false, TODAY)).isEmpty();
        var yesterday = create(ReferralKind.OTHER_SERVICE, "SerD", "SerD", "x", TODAY.minusDays(1));
        assertThat(codes(ProfilingRules.checkCreate(yesterday, 0, false, TODAY)))
                .containsExactly("referral.due.past");
    }

    // ---------------------------------------------------------------- steps

    static ReferralView referral(
            ReferralStatus status,
            boolean consent,
            Set<DataCategory> shared,
            LocalDate due,
            LocalDate sent,
            LocalDate acknowledged,
            LocalDate answered) {
        return new ReferralView(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Rossi Mario",
                "CPI-FI",
                ReferralKind.SOCIAL_SERVICES,
                null,
                "Servizio sociale del Comune di Firenze",
                List.of(),
                shared,
                consent,
                due,
                status,
                Instant.now(),
                TODAY.minusDays(10),
                "Giulia Bianchi",
                sent,
                acknowledged,
                answered,
                null,
                null,
                null,
                null,
                null,
                false,
                3);
    }

    static ReferralView draft(boolean consent, Set<DataCategory> shared) {
        return referral(ReferralStatus.DRAFT, consent, shared, null, null, null, null);
    }

    static ReferralView sent(LocalDate on) {
        return referral(ReferralStatus.SENT, true, Set.of(DataCategory.IDENTITY), on.plusDays(30), on, null, null);
    }

    @Test
    void sendingNeedsConsentSharedDataAndADueDateNotBeforeTheSending() {
        var ok = ProfilingRules.checkSend(
                draft(false, Set.of(DataCategory.IDENTITY)), new SendReferral(TODAY, TODAY, true), TODAY);
        assertThat(ok).isEmpty();
        var noConsent = ProfilingRules.checkSend(
                draft(false, Set.of(DataCategory.IDENTITY)), new SendReferral(TODAY, TODAY, false), TODAY);
        assertThat(codes(noConsent)).containsExactly("referral.consent.required");
        assertThat(fields(noConsent)).containsExactly("consentGiven");
        var consentRecordedAtCreation = ProfilingRules.checkSend(
                draft(true, Set.of(DataCategory.IDENTITY)), new SendReferral(TODAY, TODAY, null), TODAY);
        assertThat(consentRecordedAtCreation).isEmpty();
        var nothingShared =
                ProfilingRules.checkSend(draft(true, Set.of()), new SendReferral(TODAY, TODAY, true), TODAY);
        assertThat(codes(nothingShared)).containsExactly("referral.shared-data.required");
        var noDue = ProfilingRules.checkSend(
                draft(true, Set.of(DataCategory.IDENTITY)), new SendReferral(TODAY, null, true), TODAY);
        assertThat(codes(noDue)).containsExactly("referral.due.required");
        var dueBefore = ProfilingRules.checkSend(
                draft(true, Set.of(DataCategory.IDENTITY)), new SendReferral(TODAY, TODAY.minusDays(1), true), TODAY);
        assertThat(codes(dueBefore)).containsExactly("referral.due.before-sent");
    }

    @Test
    void aStepIsDatedNotInTheFutureAndNotBeforeThePreviousOne() {
        var draft = draft(true, Set.of(DataCategory.IDENTITY));
        assertThat(codes(ProfilingRules.checkSend(draft, new SendReferral(null, TODAY, true), TODAY)))
                .containsExactly("referral.step.date-required");
        assertThat(codes(ProfilingRules.checkSend(
                        draft, new SendReferral(TODAY.plusDays(1), TODAY.plusDays(2), true), TODAY)))
                .containsExactly("referral.step.date-future");
        // a referral sent on paper may be recorded afterwards
        var recordedAfterwards =
                ProfilingRules.checkSend(draft, new SendReferral(TODAY.minusDays(11), TODAY, true), TODAY);
        assertThat(recordedAfterwards).isEmpty();

        var sent = sent(TODAY.minusDays(5));
        assertThat(ProfilingRules.checkAcknowledge(sent, new RecordStep(TODAY.minusDays(5), null), TODAY))
                .isEmpty();
        var beforeSent = ProfilingRules.checkAcknowledge(sent, new RecordStep(TODAY.minusDays(6), null), TODAY);
        assertThat(codes(beforeSent)).containsExactly("referral.step.date-order");
        assertThat(beforeSent.getFirst().args()).containsExactly("15/11/2026");
    }

    @Test
    void stepsComeInOrder() {
        var draft = draft(true, Set.of(DataCategory.IDENTITY));
        assertThat(codes(ProfilingRules.checkAcknowledge(draft, new RecordStep(TODAY, null), TODAY)))
                .containsExactly("referral.step.not-allowed");
        assertThat(codes(ProfilingRules.checkAnswer(draft, new RecordStep(TODAY, "ok"), TODAY)))
                .containsExactly("referral.step.not-allowed");
        assertThat(codes(ProfilingRules.checkOutcome(sent(TODAY), new RecordStep(TODAY, "ok"), TODAY)))
                .containsExactly("referral.step.not-allowed");
        assertThat(codes(ProfilingRules.checkSend(sent(TODAY), new SendReferral(TODAY, TODAY, true), TODAY)))
                .containsExactly("referral.step.not-allowed");
    }

    @Test
    void theAnswerMayFollowTheSendingOrTheAcknowledgementAndNeedsItsText() {
        var sent = sent(TODAY.minusDays(5));
        assertThat(ProfilingRules.checkAnswer(sent, new RecordStep(TODAY, "Presa in carico congiunta"), TODAY))
                .isEmpty();
        assertThat(codes(ProfilingRules.checkAnswer(sent, new RecordStep(TODAY, " "), TODAY)))
                .containsExactly("referral.answer.required");
        var acknowledged = referral(
                ReferralStatus.ACKNOWLEDGED,
                true,
                Set.of(DataCategory.IDENTITY),
                TODAY,
                TODAY.minusDays(5),
                TODAY.minusDays(2),
                null);
        assertThat(codes(ProfilingRules.checkAnswer(acknowledged, new RecordStep(TODAY.minusDays(3), "x"), TODAY)))
                .containsExactly("referral.step.date-order");
        var answered = referral(
                ReferralStatus.ANSWERED,
                true,
                Set.of(DataCategory.IDENTITY),
                TODAY,
                TODAY.minusDays(5),
                null,
                TODAY.minusDays(1));
        assertThat(ProfilingRules.checkOutcome(answered, new RecordStep(TODAY, "Percorso congiunto avviato"), TODAY))
                .isEmpty();
        assertThat(codes(ProfilingRules.checkOutcome(answered, new RecordStep(TODAY, null), TODAY)))
                .containsExactly("referral.outcome.required");
    }

    @Test
    void cancellingNeedsAReasonAndAReferralStillOpen() {
        assertThat(ProfilingRules.checkCancel(sent(TODAY), "La persona ha trovato lavoro"))
                .isEmpty();
        assertThat(codes(ProfilingRules.checkCancel(sent(TODAY), "")))
                .containsExactly("referral.cancel.reason-required");
        var closed = referral(ReferralStatus.CLOSED, true, Set.of(), TODAY, TODAY, null, TODAY);
        assertThat(codes(ProfilingRules.checkCancel(closed, "x"))).containsExactly("referral.step.not-allowed");
    }

    @Test
    void overdueMeansAwaitingAnAnswerPastTheDueDate() {
        assertThat(ProfilingRules.overdue(ReferralStatus.SENT, TODAY.minusDays(1), TODAY))
                .isTrue();
        assertThat(ProfilingRules.overdue(ReferralStatus.ACKNOWLEDGED, TODAY.minusDays(1), TODAY))
                .isTrue();
        assertThat(ProfilingRules.overdue(ReferralStatus.SENT, TODAY, TODAY)).isFalse();
        assertThat(ProfilingRules.overdue(ReferralStatus.ANSWERED, TODAY.minusDays(1), TODAY))
                .isFalse();
        assertThat(ProfilingRules.overdue(ReferralStatus.DRAFT, TODAY.minusDays(1), TODAY))
                .isFalse();
    }

    @Test
    void listEntriesNeedAWellFormedCodeAndBothLabels() {
        assertThat(ProfilingRules.checkItem(new SaveItem("AREA-LINGUA", "Lingua", "Language")))
                .isEmpty();
        assertThat(codes(ProfilingRules.checkItem(new SaveItem("", "Lingua", "Language"))))
                .containsExactly("profiling.item.code.required");
        assertThat(codes(ProfilingRules.checkItem(new SaveItem("area lingua", "Lingua", "Language"))))
                .containsExactly("profiling.item.code.format");
        assertThat(codes(ProfilingRules.checkItem(new SaveItem("AREA", " ", null))))
                .containsExactly("profiling.item.label.required", "profiling.item.label.required");
    }

    @Test
    void sharedDataCategoriesSurviveTheirTextForm() {
        var categories = EnumSet.of(DataCategory.INDICATORS, DataCategory.IDENTITY);
        assertThat(ProfilingService.categories(categories)).isEqualTo("IDENTITY,INDICATORS");
        assertThat(ProfilingService.parseCategories("IDENTITY,INDICATORS")).isEqualTo(categories);
        assertThat(ProfilingService.parseCategories("")).isEmpty();
    }
}
