package it.orienta.pspversions;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import it.orienta.agreement.AgreementCase;
import it.orienta.agreement.AgreementEvents.AgreementDrafted;
import it.orienta.agreement.AgreementService;
import it.orienta.agreement.Commands.SavePhase1;
import it.orienta.agreement.Commands.Sign;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.reference.ReferenceService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/**
 * The PSP versions module with the modules it needs, on the embedded PostgreSQL: a signed version is updated into a
 * new one (published as an update), the differences between them are named field by field, and the PSP document is
 * a PDF.
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "audit", "access", "intake"})
class PspVersionsModuleTest {

    @Autowired
    AgreementDocuments documents;

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
    Clock clock;

    AgreementCase c;

    @BeforeEach
    void aPersonInChargeOfTheOperatorsCentre() throws Exception {
        c = AgreementCase.open(reference, organisation, intakes, persons, clock);
    }

    @Test
    void anUpdateOfTheSignedVersionDiffersFromItWhereItWasChanged(Scenario scenario) {
        var signed = c.readyDraft(agreements);
        c.as(() -> agreements.sign(signed.id(), new Sign(LocalDate.now(clock), null), signed.version()));
        scenario.stimulate(() -> c.as(() -> agreements.update(signed.id())))
                .andWaitForEventOfType(AgreementDrafted.class)
                .matching(e -> e.personId().equals(c.person()) && e.fromNumber() != null)
                .toArriveAndVerify((e, view) -> {
                    assertThat(e.number()).isEqualTo(2);
                    assertThat(e.fromNumber()).isEqualTo(1);
                });
        var draft = c.as(() -> agreements.draftView(c.person())).orElseThrow();
        c.as(() -> agreements.savePhase1(
                draft.id(), new SavePhase1(true, true, "Lavoro in cucina", "Alta"), draft.version()));

        var diff = c.as(() -> documents.diff(draft.id(), signed.id()));
        assertThat(diff.fromNumber()).as("older first").isEqualTo(1);
        assertThat(diff.toNumber()).isEqualTo(2);
        assertThat(diff.changes()).anySatisfy(change -> {
            assertThat(change.section()).isEqualTo("phase1");
            assertThat(change.field()).isEqualTo("expectations");
            assertThat(change.before()).isEqualTo("Lavoro");
            assertThat(change.after()).isEqualTo("Lavoro in cucina");
        });

        var pdf = c.as(() -> documents.pdf(signed.id()));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
}
