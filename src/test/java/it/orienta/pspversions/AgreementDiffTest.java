package it.orienta.pspversions;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.agreement.AgreementMother;
import it.orienta.agreement.AgreementView;
import it.orienta.agreement.CvStatus;
import it.orienta.agreement.Measure;
import it.orienta.agreement.PortalRegistration;
import it.orienta.agreement.ProfilingClass;
import it.orienta.pspversions.AgreementDiff.Change;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The differences between two versions, field by field; plan items are matched by their lineage. */
class AgreementDiffTest {

    @Test
    void identicalVersionsDoNotDiffer() {
        var a = AgreementMother.draft(1, AgreementMother.plan());
        assertThat(AgreementDiff.between(a, a).isEmpty()).isTrue();
    }

    @Test
    void showsWhatChangedInPhasesMeasuresAndPlanItems() {
        var plan = AgreementMother.plan();
        var a = AgreementMother.draft(1, plan);
        var kept = plan.get(2);
        var changedItem = new AgreementView.PlanItem(
                java.util.UUID.randomUUID(),
                kept.lineageId(),
                1,
                kept.kind(),
                null,
                null,
                null,
                kept.description(),
                LocalDate.of(2027, 1, 15),
                null,
                AgreementView.PlanItem.Status.DONE,
                List.of(),
                0);
        var added = AgreementMother.item(
                AgreementView.PlanItem.Kind.PERSON,
                "Iscriversi a un corso",
                LocalDate.of(2027, 2, 1),
                null,
                AgreementView.PlanItem.Status.PLANNED);
        var b0 = AgreementMother.draft(2, List.of(plan.get(1), changedItem, added));
        var areas = new ArrayList<>(b0.phase2().areas());
        areas.set(6, new AgreementView.Area(7, 3, "Più chiaro"));
        var b = new AgreementView(
                b0.id(),
                b0.personId(),
                2,
                b0.status(),
                a.id(),
                b0.centreCode(),
                b0.createdAt(),
                b0.createdBy(),
                b0.updatedAt(),
                b0.updatedBy(),
                new AgreementView.Phase1(null, true, true, "Tornare in cucina", "Altissima"),
                new AgreementView.Phase2(null, areas, PortalRegistration.REGISTERED, CvStatus.TO_DO),
                new AgreementView.Phase3(
                        null,
                        "Lavorare come cuoco",
                        a.phase3().operatorId(),
                        "Giulia Bianchi",
                        ProfilingClass.MEDIUM,
                        "una volta al mese",
                        a.phase3().proofOfSearch(),
                        true,
                        true,
                        true,
                        "",
                        a.phase3().nextAppointment(),
                        List.of(
                                new AgreementView.AgreedMeasure(Measure.c, "Colloqui"),
                                new AgreementView.AgreedMeasure(Measure.e, ""))),
                b0.items(),
                List.of(),
                null,
                0);

        var diff = AgreementDiff.between(a, b);

        assertThat(diff.fromNumber()).isEqualTo(1);
        assertThat(diff.toNumber()).isEqualTo(2);
        assertThat(diff.changes())
                .contains(
                        new Change("phase1", null, "motivation", "Alta", "Altissima", null),
                        new Change("phase2", "7", "rating", "2", "3", "agreement.rating."),
                        new Change("phase2", "7", "notes", "Obiettivo ancora vago", "Più chiaro", null),
                        new Change("phase2", null, "portalRegistration", "PROMOTED", "REGISTERED", "agreement.portal."),
                        new Change(
                                "phase3", null, "goal", "Trovare lavoro come aiuto cuoco", "Lavorare come cuoco", null),
                        new Change("phase3", null, "availableJobOffers", "false", "true", "yesno."),
                        new Change("measures", "a", "removed", "a", null, "measure."),
                        new Change("measures", "e", "added", null, "e", "measure."),
                        new Change("items", "Invia tre candidature", "dueDate", null, "15/01/2027", null),
                        new Change("items", "Invia tre candidature", "frequency", "ogni settimana", null, null),
                        new Change(
                                "items", "Invia tre candidature", "status", "IN_PROGRESS", "DONE", "agreement.status."),
                        new Change("items", "Iscriversi a un corso", "added", null, "Iscriversi a un corso", null),
                        new Change(
                                "items",
                                "Seminario sulla ricerca attiva",
                                "removed",
                                "Seminario sulla ricerca attiva",
                                null,
                                null))
                .noneMatch(c -> c.section().equals("items") && c.subject().equals("Colloquio in agenzia"))
                .noneMatch(c -> c.field().equals("expectations"));
    }
}
