package it.orienta.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

import it.orienta.intake.IntakeEvents.PersonChargeTransferred;
import it.orienta.intake.IntakeEvents.PersonTakenInCharge;
import it.orienta.organisation.CurrentActor;
import it.orienta.person.PersonService;
import it.orienta.person.PersonSummary;
import it.orienta.system.Actor;
import it.orienta.system.CaseAccessDeniedException;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.AdditionalAnswers;
import org.springframework.context.ApplicationEventPublisher;

/** The transfer of charge: who needs a reason, what the new intake records, what is published. */
class IntakeTransferTest {

    static final UUID PERSON = UUID.fromString("7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f01");
    static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");
    static final Actor FLORENCE = new Actor(UUID.randomUUID(), "operatore", "Giulia Bianchi", "CPI-FI", "OPERATOR");

    IntakeRepository intakes = mock(IntakeRepository.class);
    MatchingConsentRepository consents = mock(MatchingConsentRepository.class);
    PrivacyNoticeRepository notices = mock(PrivacyNoticeRepository.class);
    PersonService persons = mock(PersonService.class);
    CurrentActor current = mock(CurrentActor.class);
    it.orienta.system.CaseAccess access = mock(it.orienta.system.CaseAccess.class);
    List<Object> published = new ArrayList<>();
    ApplicationEventPublisher events = published::add;
    PrivacyNotice notice = new PrivacyNotice(3, "Informativa", "Testo", NOW, "admin");

    IntakeService service = new IntakeService(
            intakes,
            mock(IntakeReads.class),
            consents,
            notices,
            persons,
            current,
            access,
            events,
            Clock.fixed(NOW, ZoneId.of("Europe/Rome")));

    @BeforeEach
    void setUp() {
        given(persons.summaries(anyCollection()))
                .willReturn(Map.of(
                        PERSON,
                        new PersonSummary(
                                PERSON, "RSSMRA80A01D612X", "Mario", "Rossi", LocalDate.of(1980, 1, 1), null)));
        given(current.actor()).willReturn(FLORENCE);
        given(notices.findById(any())).willReturn(Optional.of(notice));
        given(intakes.saveAndFlush(any())).willAnswer(AdditionalAnswers.returnsFirstArg());
        given(consents.saveAndFlush(any())).willAnswer(AdditionalAnswers.returnsFirstArg());
    }

    IntakeCommand command(String reason) {
        return new IntakeCommand(LocalDate.of(2026, 11, 20), notice.id(), true, ConsentState.GIVEN, null, null, reason);
    }

    Intake currentAt(String centre) {
        var intake =
                new Intake(PERSON, centre, UUID.randomUUID(), "Altro Operatore", LocalDate.of(2026, 1, 10), null, NOW);
        given(intakes.findCurrentForUpdate(PERSON)).willReturn(Optional.of(intake));
        return intake;
    }

    @Test
    void aPersonInChargeNowhereIsTakenWithoutAReason() {
        var view = service.takeInCharge(PERSON, command(null));

        assertThat(view.centreCode()).isEqualTo("CPI-FI");
        assertThat(view.transfer()).isFalse();
        assertThat(published).hasAtLeastOneElementOfType(PersonTakenInCharge.class);
        assertThat(published).noneMatch(PersonChargeTransferred.class::isInstance);
        then(access).should(never()).chargeChanged(any());
    }

    @Test
    void aPersonInChargeHereIsTakenAgainWithoutAReasonAndTheOldIntakeEnds() {
        var previous = currentAt("CPI-FI");

        var view = service.takeInCharge(PERSON, command(null));

        assertThat(previous.view(3).current()).isFalse();
        assertThat(view.transferredFrom()).isNull();
        assertThat(published).noneMatch(PersonChargeTransferred.class::isInstance);
    }

    @Test
    void aPersonInChargeElsewhereNeedsAReasonAndNothingChangesWithoutIt() {
        var previous = currentAt("CPI-PI");

        for (String missing : new String[] {null, "", "  \n "}) {
            assertThatThrownBy(() -> service.takeInCharge(PERSON, command(missing)))
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.violations()).anySatisfy(v -> {
                                assertThat(v.code()).isEqualTo("intake.transfer.reason-required");
                                assertThat(v.field()).isEqualTo("transferReason");
                            }));
        }
        assertThatThrownBy(() -> service.takeInCharge(PERSON, command("x".repeat(1001))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .singleElement()
                                .satisfies(v -> assertThat(v.code()).isEqualTo("field.too-long-rule")));
        assertThatThrownBy(() -> service.takeInCharge(PERSON, command("Trasferita\u0007")))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .singleElement()
                                .satisfies(v -> assertThat(v.code()).isEqualTo("text.control-characters")));
        assertThat(previous.view(3).current()).isTrue();
        then(intakes).should(never()).saveAndFlush(any());
        assertThat(published).isEmpty();
    }

    @Test
    void aTransferEndsTheOtherCentresIntakeRecordsWhyAndTellsEveryone() {
        var previous = currentAt("CPI-PI");

        var view = service.takeInCharge(PERSON, command("  La persona si è trasferita.\r\nAbita a Firenze.  "));

        assertThat(previous.view(3).current()).isFalse();
        assertThat(view.centreCode()).isEqualTo("CPI-FI");
        assertThat(view.transferredFrom()).isEqualTo("CPI-PI");
        assertThat(view.transferReason()).isEqualTo("La persona si è trasferita.\nAbita a Firenze.");
        then(access).should().chargeChanged(PERSON);
        assertThat(published)
                .filteredOn(PersonChargeTransferred.class::isInstance)
                .map(PersonChargeTransferred.class::cast)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.fromCentre()).isEqualTo("CPI-PI");
                    assertThat(e.toCentre()).isEqualTo("CPI-FI");
                    assertThat(e.intakeId()).isEqualTo(view.id());
                    assertThat(e.reason()).isEqualTo("La persona si è trasferita.\nAbita a Firenze.");
                    // its timeline line ("timeline.intake.transferred") is workerfile.TimelineDescriptionsTest's
                });
    }

    @Test
    void takingInChargeIsForCaseWorkersAndKnownPersons() {
        org.mockito.BDDMockito.willThrow(new CaseAccessDeniedException("access.role", null, null))
                .given(access)
                .caseWorker();
        assertThatThrownBy(() -> service.takeInCharge(PERSON, command(null)))
                .isInstanceOfSatisfying(
                        CaseAccessDeniedException.class,
                        e -> assertThat(e.code()).isEqualTo("access.role"));

        given(persons.summaries(anyCollection())).willReturn(Map.of());
        assertThatThrownBy(() -> service.takeInCharge(PERSON, command(null))).isInstanceOf(NotFoundException.class);
        then(intakes).should(never()).saveAndFlush(any());
    }

    @Test
    void consentsAndTheIndexAreWritesAndReadsOfTheCase() {
        service.consentHistory(PERSON);
        service.currentMatchingConsent(PERSON);
        service.intakes(PERSON);
        then(access).should().read(PERSON, "consent-history");
        then(access).should().read(PERSON, "consents");
        then(access).should().read(PERSON, "intakes");

        org.mockito.BDDMockito.willThrow(new CaseAccessDeniedException("access.other-centre", PERSON, "CPI Pisa"))
                .given(access)
                .write(PERSON);
        assertThatThrownBy(() -> service.recordConsent(PERSON, ConsentState.WITHDRAWN))
                .isInstanceOf(CaseAccessDeniedException.class);
        assertThatThrownBy(() -> service.recordProfilingIndex(
                        PERSON, new java.math.BigDecimal("0.5"), LocalDate.of(2026, 11, 1)))
                .isInstanceOf(CaseAccessDeniedException.class);
        then(intakes).should(never()).findCurrentForUpdate(any());
    }
}
