package it.orienta.agreement;

import it.orienta.agreement.AgreementView.AgreedMeasure;
import it.orienta.agreement.AgreementView.Area;
import it.orienta.agreement.AgreementView.PlanItem;
import it.orienta.agreement.AgreementView.StatusChange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Agreements for unit and slice tests. */
public final class AgreementMother {

    public static final UUID PERSON = UUID.fromString("7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f01");
    public static final Instant CREATED = Instant.parse("2026-11-20T09:00:00Z");

    private AgreementMother() {}

    public static PlanItem item(
            AgreementView.PlanItem.Kind kind,
            String description,
            LocalDate due,
            String frequency,
            AgreementView.PlanItem.Status status) {
        return new PlanItem(
                UUID.randomUUID(),
                UUID.randomUUID(),
                1,
                kind,
                kind == AgreementView.PlanItem.Kind.CENTRE ? "A06-SEM" : null,
                kind == AgreementView.PlanItem.Kind.NETWORK ? "Agenzia Lavoro Rapido" : null,
                kind == AgreementView.PlanItem.Kind.NETWORK ? AgreementView.PlanItem.ActorKind.EMPLOYMENT_AGENCY : null,
                description,
                due,
                frequency,
                status,
                List.of(new StatusChange(AgreementView.PlanItem.Status.PLANNED, CREATED, "Giulia Bianchi", "")),
                0);
    }

    public static List<PlanItem> plan() {
        return List.of(
                item(
                        AgreementView.PlanItem.Kind.CENTRE,
                        "Seminario sulla ricerca attiva",
                        LocalDate.of(2026, 12, 1),
                        null,
                        AgreementView.PlanItem.Status.PLANNED),
                item(
                        AgreementView.PlanItem.Kind.NETWORK,
                        "Colloquio in agenzia",
                        null,
                        "una volta",
                        AgreementView.PlanItem.Status.PLANNED),
                item(
                        AgreementView.PlanItem.Kind.PERSON,
                        "Invia tre candidature",
                        null,
                        "ogni settimana",
                        AgreementView.PlanItem.Status.IN_PROGRESS));
    }

    public static AgreementView draft(int number, List<PlanItem> items) {
        return agreement(number, AgreementView.Status.DRAFT, items, null);
    }

    public static AgreementView agreement(
            int number, AgreementView.Status status, List<PlanItem> items, AgreementView.Signature signature) {
        var areas = new ArrayList<Area>();
        for (int i = 1; i <= 10; i++) {
            areas.add(new Area(i, i == 7 ? 2 : null, i == 7 ? "Obiettivo ancora vago" : ""));
        }
        return new AgreementView(
                UUID.randomUUID(),
                PERSON,
                number,
                status,
                null,
                "CPI-FI",
                CREATED,
                "Giulia Bianchi",
                CREATED,
                "Giulia Bianchi",
                new AgreementView.Phase1(CREATED, true, true, "Tornare in cucina", "Alta"),
                new AgreementView.Phase2(CREATED, areas, PortalRegistration.PROMOTED, CvStatus.TO_DO),
                new AgreementView.Phase3(
                        CREATED,
                        "Trovare lavoro come aiuto cuoco",
                        UUID.randomUUID(),
                        "Giulia Bianchi",
                        ProfilingClass.MEDIUM,
                        "una volta al mese",
                        "Porta l’elenco delle candidature",
                        true,
                        true,
                        false,
                        "",
                        Instant.parse("2026-12-04T09:00:00Z"),
                        List.of(new AgreedMeasure(Measure.a, ""), new AgreedMeasure(Measure.c, "Colloqui"))),
                items,
                List.of(),
                signature,
                3);
    }
}
