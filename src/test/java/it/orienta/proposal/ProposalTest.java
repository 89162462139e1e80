package it.orienta.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.proposal.ProposalCommands.RecordAnswer;
import it.orienta.proposal.ProposalCommands.RecordOutcome;
import it.orienta.proposal.ProposalCommands.SendCandidature;
import it.orienta.proposal.ProposalTerms.Answer;
import it.orienta.proposal.ProposalTerms.CandidatureTo;
import it.orienta.proposal.ProposalTerms.Channel;
import it.orienta.proposal.ProposalTerms.Outcome;
import it.orienta.proposal.ProposalTerms.RefusalReason;
import it.orienta.proposal.ProposalTerms.Status;
import it.orienta.proposal.ProposalTerms.WithdrawnBy;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.vacancy.VacancyTerms.ContractType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The proposal's rules: every step in its order, the refusals by field and code, the final states, nothing half-done. */
class ProposalTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    static final Proposal.Vacancy VACANCY = new Proposal.Vacancy(UUID.randomUUID(), "Aiuto cuoco", "Trattoria");

    static Proposal proposed() {
        return Proposal.propose(
                VACANCY,
                UUID.randomUUID(),
                "CPI-FI",
                Channel.PHONE,
                TODAY.minusDays(10),
                new Proposal.Snapshot(72, "{\"score\":72}", "2026.1"),
                null,
                "Giulia Bianchi",
                TODAY,
                NOW);
    }

    static Proposal interested() {
        var p = proposed();
        p.answer(new RecordAnswer(Answer.INTERESTED, TODAY.minusDays(9), null, null), "op", TODAY, NOW);
        return p;
    }

    static Proposal sent() {
        var p = interested();
        p.sendCandidature(new SendCandidature(TODAY.minusDays(8), CandidatureTo.EMPLOYER, "e-mail"), "op", TODAY, NOW);
        return p;
    }

    static RecordOutcome outcome(Outcome o) {
        return new RecordOutcome(o, TODAY, null, null, null, null, null);
    }

    static void refused(Runnable action, String code, String field) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::code, Violation::field)
                                .contains(org.assertj.core.groups.Tuple.tuple(code, field)));
    }

    @Test
    void aProposalNeedsAChannelAndADayNotInTheFuture() {
        refused(
                () -> Proposal.propose(
                        VACANCY, UUID.randomUUID(), "C", null, TODAY, Proposal.Snapshot.NONE, null, "op", TODAY, NOW),
                "proposal.channel.required",
                "channel");
        refused(
                () -> Proposal.propose(
                        VACANCY,
                        UUID.randomUUID(),
                        "C",
                        Channel.EMAIL,
                        TODAY.plusDays(1),
                        Proposal.Snapshot.NONE,
                        null,
                        "op",
                        TODAY,
                        NOW),
                "proposal.date.future",
                "proposedOn");
        refused(
                () -> Proposal.propose(
                        VACANCY,
                        UUID.randomUUID(),
                        "C",
                        Channel.EMAIL,
                        null,
                        Proposal.Snapshot.NONE,
                        null,
                        "op",
                        TODAY,
                        NOW),
                "proposal.date.required",
                "proposedOn");
        var p = proposed();
        assertThat(p.status()).isEqualTo(Status.PROPOSED);
        assertThat(p.matchScore()).isEqualTo(72);
        assertThat(p.steps()).extracting(ProposalView.Step::step).containsExactly(Status.PROPOSED);
    }

    @Test
    void theWholeWayToHiredKeepsEveryStep() {
        var p = sent();
        p.recordOutcome(
                new RecordOutcome(Outcome.INTERVIEW, TODAY.minusDays(3), TODAY.plusDays(2), null, null, null, ""),
                "op",
                TODAY,
                NOW);
        assertThat(p.status()).isEqualTo(Status.INTERVIEW);
        assertThat(p.interviewOn()).isEqualTo(TODAY.plusDays(2)); // an interview may be ahead
        p.recordOutcome(
                new RecordOutcome(
                        Outcome.HIRED, TODAY, null, ContractType.FIXED_TERM, TODAY.plusDays(14), null, "6 mesi"),
                "op",
                TODAY,
                NOW);
        assertThat(p.status()).isEqualTo(Status.HIRED);
        assertThat(p.hiredContract()).isEqualTo(ContractType.FIXED_TERM);
        assertThat(p.steps())
                .extracting(ProposalView.Step::step)
                .containsExactly(
                        Status.PROPOSED, Status.INTERESTED, Status.CANDIDATURE_SENT, Status.INTERVIEW, Status.HIRED);
        refused(() -> p.recordOutcome(outcome(Outcome.NOT_SELECTED), "op", TODAY, NOW), "proposal.final", null);
    }

    @Test
    void notInterestedNeedsAReasonAndOtherANoteAndIsFinal() {
        refused(
                () -> proposed().answer(new RecordAnswer(Answer.NOT_INTERESTED, TODAY, null, null), "op", TODAY, NOW),
                "proposal.refusal.reason.required",
                "reason");
        refused(
                () -> proposed()
                        .answer(
                                new RecordAnswer(Answer.NOT_INTERESTED, TODAY, RefusalReason.OTHER, " "),
                                "op",
                                TODAY,
                                NOW),
                "proposal.refusal.note.required",
                "note");
        refused(
                () -> proposed().answer(new RecordAnswer(null, TODAY, null, null), "op", TODAY, NOW),
                "proposal.answer.required",
                "answer");
        var p = proposed();
        p.answer(new RecordAnswer(Answer.NOT_INTERESTED, TODAY, RefusalReason.DISTANCE, ""), "op", TODAY, NOW);
        assertThat(p.status()).isEqualTo(Status.NOT_INTERESTED);
        assertThat(p.refusalReason()).isEqualTo(RefusalReason.DISTANCE);
        refused(
                () -> p.sendCandidature(new SendCandidature(TODAY, CandidatureTo.EMPLOYER, ""), "op", TODAY, NOW),
                "proposal.final",
                null);
        refused(
                () -> p.answer(new RecordAnswer(Answer.INTERESTED, TODAY, null, null), "op", TODAY, NOW),
                "proposal.final",
                null);
    }

    @Test
    void noCandidatureWithoutInterestAndNoOutcomeBeforeACandidature() {
        refused(
                () -> proposed()
                        .sendCandidature(new SendCandidature(TODAY, CandidatureTo.EMPLOYER, ""), "op", TODAY, NOW),
                "proposal.step.order",
                null);
        refused(() -> proposed().recordOutcome(outcome(Outcome.HIRED), "op", TODAY, NOW), "proposal.step.order", null);
        refused(
                () -> interested().recordOutcome(outcome(Outcome.NOT_SELECTED), "op", TODAY, NOW),
                "proposal.step.order",
                null);
        refused(
                () -> sent().answer(new RecordAnswer(Answer.INTERESTED, TODAY, null, null), "op", TODAY, NOW),
                "proposal.step.order",
                null);
        refused(
                () -> interested().sendCandidature(new SendCandidature(TODAY, null, ""), "op", TODAY, NOW),
                "proposal.candidature.to.required",
                "to");
    }

    @Test
    void stepsAreDatedNotInTheFutureNorBeforeTheStepTheyFollow() {
        refused(
                () -> proposed()
                        .answer(new RecordAnswer(Answer.INTERESTED, TODAY.minusDays(11), null, null), "op", TODAY, NOW),
                "proposal.date.before-previous",
                "on");
        refused(
                () -> interested()
                        .sendCandidature(
                                new SendCandidature(TODAY.plusDays(1), CandidatureTo.PRESELECTION, ""),
                                "op",
                                TODAY,
                                NOW),
                "proposal.date.future",
                "on");
        refused(
                () -> sent().recordOutcome(
                                new RecordOutcome(
                                        Outcome.HIRED,
                                        TODAY,
                                        null,
                                        ContractType.PERMANENT,
                                        TODAY.minusDays(30),
                                        null,
                                        null),
                                "op",
                                TODAY,
                                NOW),
                "proposal.date.before-previous",
                "startDate");
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void eachOutcomeAsksForWhatItNeedsAndARefusalChangesNothing(Outcome outcome) {
        var p = sent();
        var bare = outcome(outcome);
        switch (outcome) {
            case INTERVIEW ->
                refused(
                        () -> p.recordOutcome(bare, "op", TODAY, NOW),
                        "proposal.interview.date.required",
                        "interviewOn");
            case HIRED -> {
                refused(() -> p.recordOutcome(bare, "op", TODAY, NOW), "proposal.hired.contract.required", "contract");
                refused(() -> p.recordOutcome(bare, "op", TODAY, NOW), "proposal.hired.start.required", "startDate");
            }
            case WITHDRAWN ->
                refused(() -> p.recordOutcome(bare, "op", TODAY, NOW), "proposal.withdrawn.by.required", "withdrawnBy");
            case NOT_SELECTED -> {
                p.recordOutcome(bare, "op", TODAY, NOW);
                assertThat(p.status()).isEqualTo(Status.NOT_SELECTED);
                return;
            }
        }
        assertThat(p.status()).isEqualTo(Status.CANDIDATURE_SENT);
        assertThat(p.steps()).hasSize(3);
        var complete = new RecordOutcome(
                outcome, TODAY, TODAY, ContractType.APPRENTICESHIP, TODAY, WithdrawnBy.EMPLOYER, null);
        p.recordOutcome(complete, "op", TODAY, NOW);
        assertThat(p.status().name()).isEqualTo(outcome.name());
        assertThat(p.status().live()).isEqualTo(outcome == Outcome.INTERVIEW);
    }

    @Test
    void aRequestIsAnsweredOnceAndADeclineNeedsAReason() {
        var r = ProposalRequest.ask(VACANCY, UUID.randomUUID(), "CPI-PI", "CPI-FI", "adatto", "op", NOW);
        refused(() -> r.decline(" ", "op", NOW), "proposal.request.reason.required", "reason");
        r.decline("Persona già occupata", "op", NOW);
        assertThat(r.status()).isEqualTo(ProposalTerms.RequestStatus.DECLINED);
        refused(() -> r.accept(UUID.randomUUID(), "op", NOW), "proposal.request.answered", null);
    }
}
