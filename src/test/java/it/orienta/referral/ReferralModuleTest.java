package it.orienta.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.OrientaModuleTest;
import it.orienta.intake.ConsentState;
import it.orienta.intake.IntakeCommand;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.person.PersonCommand;
import it.orienta.person.PersonService;
import it.orienta.person.Sex;
import it.orienta.profiling.ConfirmAssessment;
import it.orienta.profiling.ProfilingService;
import it.orienta.profiling.SaveInterview;
import it.orienta.reference.ReferenceService;
import it.orienta.referral.ReferralCommands.CancelReferral;
import it.orienta.referral.ReferralCommands.CreateReferral;
import it.orienta.referral.ReferralCommands.RecordStep;
import it.orienta.referral.ReferralCommands.SendReferral;
import it.orienta.referral.ReferralEvents.ReferralCreated;
import it.orienta.referral.ReferralEvents.ReferralStepRecorded;
import it.orienta.system.Actor;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.test.Scenario;

/**
 * The referral module with the modules it needs, on the embedded PostgreSQL: a referral to the social services waits
 * for the confirmed assessment, copies its reasons from the interview, goes through its steps as a JPA aggregate and
 * publishes each of them; the centre's lists read it back.
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "audit", "access", "intake"})
class ReferralModuleTest {

    static final UUID QUESTION = UUID.fromString("6b0e6f1c-0001-4a00-8000-000000000003");
    static final UUID HOUSING = UUID.fromString("6b0e6f1c-0002-4a00-8000-000000000005");

    @Autowired
    ReferralService referrals;

    @Autowired
    ProfilingService profiling;

    @Autowired
    IntakeService intakes;

    @Autowired
    PersonService persons;

    @Autowired
    OrganisationService organisation;

    @Autowired
    ReferenceService reference;

    @Autowired
    java.time.Clock clock;

    String username;
    String centre;
    UUID person;

    @BeforeEach
    void setUp() throws Exception {
        if (reference.count(it.orienta.reference.CodeSystem.MUNICIPALITY) == 0) {
            try (var in = new ClassPathResource("reference/demo/demo-municipalities.xml").getInputStream()) {
                reference.importFhir(in, "m.xml", null, Actor.SYSTEM);
            }
        }
        centre = "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        organisation.createCentre(new OrganisationService.CentreCommand(centre, "CPI Test", "FI", "Via Test 1", true));
        username = "mod" + centre.toLowerCase();
        organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        username,
                        "Module Test",
                        username + "@test.it",
                        EnumSet.of(Role.OPERATOR),
                        Set.of(centre),
                        true),
                "Module.Test.2026");
        if (intakes.currentNotice().isEmpty()) {
            organisation.runAs(username, () -> intakes.publishNotice("Informativa", "Testo"));
        }
        var born = LocalDate.of(1980, 1, 1).plusDays(Math.floorMod(centre.hashCode(), 9000));
        person = organisation
                .runAs(
                        username,
                        () -> persons.register(new PersonCommand(
                                it.orienta.Persons.taxCode("Invio", "Prova", born, false, "D612"),
                                "Invio",
                                "Prova",
                                Sex.M,
                                born,
                                "048017",
                                null,
                                null,
                                "048017", // resident in Firenze: the default recipient
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                List.of())))
                .id();
        var notice = intakes.currentNotice().orElseThrow().id();
        organisation.runAs(
                username,
                () -> intakes.takeInCharge(
                        person,
                        new IntakeCommand(
                                LocalDate.now(clock),
                                notice,
                                true,
                                ConsentState.GIVEN,
                                new BigDecimal("0.42"),
                                LocalDate.now(clock).minusDays(1))));
    }

    CreateReferral social(List<String> reasons) {
        return new CreateReferral(
                ReferralKind.SOCIAL_SERVICES,
                null,
                null,
                reasons,
                "Sfratto annunciato",
                Set.of(DataCategory.IDENTITY, DataCategory.CONTACTS),
                true,
                LocalDate.now(clock).plusDays(30));
    }

    @Test
    void aSocialServicesReferralWaitsForTheAssessmentThenGoesThroughItsSteps(Scenario scenario) {
        organisation.runAs(
                username,
                () -> profiling.saveInterview(
                        person,
                        new SaveInterview(
                                LocalDate.now(clock), Map.of(QUESTION, "Magazziniere"), 2, Set.of(HOUSING), ""),
                        0));
        var reasons = List.of("INDICATOR:" + HOUSING);
        assertThatThrownBy(() -> organisation.runAs(username, () -> referrals.createReferral(person, social(reasons))))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e)
                                .violations()
                                .getFirst()
                                .code())
                        .isEqualTo("referral.assessment.required"));
        organisation.runAs(username, () -> profiling.confirmAssessment(person, new ConfirmAssessment("colloquio"), 1));

        var created = new ReferralView[1];
        scenario.stimulate(() -> created[0] =
                        organisation.runAs(username, () -> referrals.createReferral(person, social(reasons))))
                .andWaitForEventOfType(ReferralCreated.class)
                .matching(e -> e.personId().equals(person))
                .toArriveAndVerify(e -> {
                    assertThat(e.kind()).isEqualTo(ReferralKind.SOCIAL_SERVICES);
                    assertThat(e.recipient()).startsWith("Servizio sociale del Comune di");
                });
        var draft = created[0];
        assertThat(draft.status()).isEqualTo(ReferralStatus.DRAFT);
        assertThat(draft.version()).isZero();
        assertThat(draft.reasons())
                .extracting(ReferralView.Reason::text)
                .containsExactly("Disagio abitativo", "Sfratto annunciato");
        assertThat(draft.sharedData()).containsExactlyInAnyOrder(DataCategory.IDENTITY, DataCategory.CONTACTS);

        LocalDate today = LocalDate.now(clock);
        scenario.stimulate(() -> organisation.runAs(
                        username,
                        () -> referrals.send(
                                draft.id(), new SendReferral(today.minusDays(40), today.minusDays(1), true), 0)))
                .andWaitForEventOfType(ReferralStepRecorded.class)
                .matching(e -> e.referralId().equals(draft.id()))
                .toArriveAndVerify(e -> assertThat(e.step()).isEqualTo(ReferralStatus.SENT));
        var sent = organisation.runAs(username, () -> referrals.referral(draft.id()));
        assertThat(sent.version()).isEqualTo(1);
        assertThat(sent.overdue()).isTrue();
        assertThat(organisation.runAs(username, () -> referrals.overdueReferrals(centre)))
                .extracting(ReferralView::id)
                .containsExactly(draft.id());
        assertThat(organisation.runAs(username, () -> referrals.awaitingAnswer(centre, 10)))
                .extracting(ReferralView::id)
                .containsExactly(draft.id());

        assertThatThrownBy(() -> organisation.runAs(
                        username, () -> referrals.acknowledge(draft.id(), new RecordStep(today, null), 0)))
                .isInstanceOf(StaleVersionException.class);
        var answered = organisation.runAs(
                username, () -> referrals.answer(draft.id(), new RecordStep(today, "Presa in carico congiunta"), 1));
        assertThat(answered.status()).isEqualTo(ReferralStatus.ANSWERED);
        assertThat(answered.overdue()).isFalse();
        var closed = organisation.runAs(
                username, () -> referrals.outcome(draft.id(), new RecordStep(today, "Percorso avviato"), 2));
        assertThat(closed.status()).isEqualTo(ReferralStatus.CLOSED);
        assertThatThrownBy(() -> organisation.runAs(
                        username, () -> referrals.cancel(draft.id(), new CancelReferral("ripensamento"), 3)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(organisation.runAs(username, () -> referrals.referrals(person)))
                .extracting(ReferralView::status)
                .containsExactly(ReferralStatus.CLOSED);
    }
}
