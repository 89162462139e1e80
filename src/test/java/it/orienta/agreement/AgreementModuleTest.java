package it.orienta.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.OrientaModuleTest;
import it.orienta.agreement.AgreementEvents.AgreementDrafted;
import it.orienta.agreement.AgreementEvents.AgreementSigned;
import it.orienta.agreement.AgreementEvents.InterviewPhaseSaved;
import it.orienta.agreement.AgreementEvents.PlanItemStatusChanged;
import it.orienta.agreement.Commands.ChangeStatus;
import it.orienta.agreement.Commands.PlanItemCommand;
import it.orienta.agreement.Commands.SavePhase1;
import it.orienta.agreement.Commands.SavePhase3;
import it.orienta.agreement.Commands.Sign;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.reference.ReferenceService;
import it.orienta.system.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

/**
 * The agreement module with the modules it needs, on the embedded PostgreSQL: drafting, the phases, the plan, the
 * signature and the follow-up publish what the worker file and the audit log listen to; a signed version is frozen
 * by the aggregate and, behind it, by the database's triggers.
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "audit", "access", "intake"})
class AgreementModuleTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    IntakeService intakes;

    @Autowired
    PersonService persons;

    @Autowired
    OrganisationService organisation;

    @Autowired
    ReferenceService reference;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    String username;
    UUID person;

    @BeforeEach
    void aPersonInChargeOfTheOperatorsCentre() throws Exception {
        var c = AgreementCase.open(reference, organisation, intakes, persons, clock);
        username = c.username();
        person = c.person();
    }

    <T> T as(java.util.function.Supplier<T> action) {
        return organisation.runAs(username, action::get);
    }

    AgreementView ready() {
        var draft = as(() -> agreements.draft(person));
        var v1 = as(() -> agreements.savePhase1(draft.id(), new SavePhase1(true, true, "Lavoro", "Alta"), 0));
        var v3 = as(() -> agreements.savePhase3(
                draft.id(),
                new SavePhase3(
                        "Aiuto cuoco",
                        null,
                        ProfilingClass.MEDIUM,
                        "una volta al mese",
                        "Elenco delle candidature",
                        true,
                        true,
                        true,
                        "",
                        null,
                        List.of(Measure.a),
                        Map.of()),
                v1.version()));
        return as(() -> agreements.addItem(
                draft.id(),
                new PlanItemCommand(
                        AgreementView.PlanItem.Kind.PERSON,
                        null,
                        null,
                        null,
                        "Invia tre candidature",
                        null,
                        "ogni settimana"),
                v3.version()));
    }

    @Test
    void draftingPublishesTheNewVersion(Scenario scenario) {
        scenario.stimulate(() -> as(() -> agreements.draft(person)))
                .andWaitForEventOfType(AgreementDrafted.class)
                .matching(e -> e.personId().equals(person))
                .toArriveAndVerify(e -> {
                    assertThat(e.number()).isEqualTo(1);
                    assertThat(e.fromNumber()).isNull();
                    assertThat(e.actor().username()).isEqualTo(username);
                });
        assertThatThrownBy(() -> as(() -> agreements.draft(person)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.code()).isEqualTo("agreement.draft.exists"));
    }

    @Test
    void savingAPhasePublishesItAndMovesTheVersion(Scenario scenario) {
        var draft = as(() -> agreements.draft(person));
        scenario.stimulate(() -> as(() -> agreements.savePhase1(draft.id(), new SavePhase1(true, false, " x ", ""), 0)))
                .andWaitForEventOfType(InterviewPhaseSaved.class)
                .matching(e -> e.agreementId().equals(draft.id()))
                .toArriveAndVerify(e -> assertThat(e.phase()).isEqualTo(1));
        var saved = as(() -> agreements.view(draft.id()));
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.phase1().expectations()).isEqualTo("x");
        assertThat(saved.phase2().areas()).hasSize(10);
    }

    @Test
    void signingPublishesTheVersionInForceWhichNeverChanges(Scenario scenario) {
        var draft = ready();
        var today = LocalDate.now(clock);
        scenario.stimulate(() -> as(() -> agreements.sign(draft.id(), new Sign(today, null), draft.version())))
                .andWaitForEventOfType(AgreementSigned.class)
                .matching(e -> e.agreementId().equals(draft.id()))
                .toArriveAndVerify(e -> {
                    assertThat(e.signedOn()).isEqualTo(today);
                    assertThat(e.scan()).isFalse();
                });
        var signed = as(() -> agreements.view(draft.id()));
        assertThat(signed.status()).isEqualTo(AgreementView.Status.SIGNED);
        assertThatThrownBy(() -> as(
                        () -> agreements.savePhase1(draft.id(), new SavePhase1(true, true, "", ""), signed.version())))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.isConflict()).isTrue();
                    assertThat(e.code()).isEqualTo("agreement.signed.immutable");
                });
        // the second line: the triggers refuse any other writer
        assertThatThrownBy(() -> jdbc.sql("update agreement set goal = 'altro' where id = ?")
                        .param(draft.id())
                        .update())
                .hasMessageContaining("is signed and cannot change");
        assertThatThrownBy(() -> jdbc.sql("update agreement_area set notes = 'altro' where agreement_id = ?")
                        .param(draft.id())
                        .update())
                .hasMessageContaining("is signed and cannot change");

        // an update is a new version; signing it supersedes the one before
        var update = as(() -> agreements.update(draft.id()));
        assertThat(update.number()).isEqualTo(2);
        assertThat(update.previousId()).isEqualTo(draft.id());
        assertThat(update.items()).hasSize(1);
        as(() -> agreements.sign(update.id(), new Sign(today, null), update.version()));
        assertThat(as(() -> agreements.summary(draft.id())).status()).isEqualTo(AgreementView.Status.SUPERSEDED);
        assertThat(as(() -> agreements.signedOf(person)).orElseThrow().id()).isEqualTo(update.id());
    }

    @Test
    void followingThePlanPublishesTheStatusChangeAndCarriesItToTheDraftUpdate(Scenario scenario) {
        var draft = ready();
        as(() -> agreements.sign(draft.id(), new Sign(LocalDate.now(clock), null), draft.version()));
        var update = as(() -> agreements.update(draft.id()));
        var item = draft.items().getFirst();
        assertThat(item.version()).as("a new item starts at version 0").isZero();
        scenario.stimulate(() -> as(() -> agreements.changeItemStatus(
                        item.id(), new ChangeStatus(AgreementView.PlanItem.Status.IN_PROGRESS, ""), item.version())))
                .andWaitForEventOfType(PlanItemStatusChanged.class)
                .matching(e -> e.itemId().equals(item.id()))
                .toArriveAndVerify(e -> {
                    assertThat(e.from()).isEqualTo(AgreementView.PlanItem.Status.PLANNED);
                    assertThat(e.to()).isEqualTo(AgreementView.PlanItem.Status.IN_PROGRESS);
                });
        var followed = as(() -> agreements.view(draft.id())).items().getFirst();
        assertThat(followed.status()).isEqualTo(AgreementView.PlanItem.Status.IN_PROGRESS);
        assertThat(followed.version()).isEqualTo(item.version() + 1);
        assertThat(followed.history()).hasSize(2);
        var carried = as(() -> agreements.view(update.id()));
        assertThat(carried.items().getFirst().status()).isEqualTo(AgreementView.PlanItem.Status.IN_PROGRESS);
        assertThat(carried.version()).isEqualTo(update.version());
    }
}
