package it.orienta.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.agreement.Commands.ChangeStatus;
import it.orienta.agreement.Commands.PlanItemCommand;
import it.orienta.agreement.Commands.SavePhase2;
import it.orienta.agreement.Commands.Scan;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** Every rule of the interview and the PSP, at its boundaries. */
class AgreementRulesTest {

    static final LocalDate INTERVIEW = LocalDate.of(2026, 11, 20);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }

    static PlanItemCommand item(ItemKind kind, String description, LocalDate due, String frequency) {
        return new PlanItemCommand(
                kind, kind == ItemKind.CENTRE ? "A06-SEM" : null, null, null, description, due, frequency);
    }

    @Test
    void aPlanItemNeedsADueDateOrAFrequency() {
        assertThat(AgreementRules.checkItem(item(ItemKind.PERSON, "Candidature", null, null)))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.code()).isEqualTo("agreement.item.when.required");
                    assertThat(v.field()).isEqualTo("dueDate");
                });
        assertThat(codes(AgreementRules.checkItem(item(ItemKind.PERSON, "Candidature", null, "  "))))
                .containsExactly("agreement.item.when.required");
        assertThat(AgreementRules.checkItem(item(ItemKind.PERSON, "Candidature", TODAY, null)))
                .isEmpty();
        assertThat(AgreementRules.checkItem(item(ItemKind.PERSON, "Candidature", null, "ogni settimana")))
                .isEmpty();
    }

    @Test
    void aPlanItemSaysWhoDoesItAndWhat() {
        assertThat(codes(AgreementRules.checkItem(new PlanItemCommand(null, null, null, null, "x", TODAY, null))))
                .containsExactly("agreement.item.kind.required");
        assertThat(codes(AgreementRules.checkItem(
                        new PlanItemCommand(ItemKind.CENTRE, " ", null, null, "x", TODAY, null))))
                .containsExactly("agreement.item.activity.required");
        assertThat(codes(AgreementRules.checkItem(
                        new PlanItemCommand(ItemKind.NETWORK, null, "", null, "x", TODAY, null))))
                .containsExactly("agreement.item.actor-name.required", "agreement.item.actor-kind.required");
        assertThat(AgreementRules.checkItem(new PlanItemCommand(
                        ItemKind.NETWORK, null, "Agenzia", NetworkActorKind.EMPLOYMENT_AGENCY, "x", TODAY, null)))
                .isEmpty();
        assertThat(codes(AgreementRules.checkItem(item(ItemKind.PERSON, " ", TODAY, null))))
                .containsExactly("agreement.item.description.required");
        assertThat(codes(AgreementRules.checkItem(item(ItemKind.PERSON, "x".repeat(2001), TODAY, null))))
                .containsExactly("agreement.text.too-long");
        assertThat(AgreementRules.checkItem(item(ItemKind.PERSON, "x".repeat(2000), TODAY, null)))
                .isEmpty();
    }

    @Test
    void ratingsGoFromOneToFourInTenAreas() {
        assertThat(AgreementRules.checkPhase2(new SavePhase2(Map.of(1, 1, 10, 4), Map.of(), null, null)))
                .isEmpty();
        assertThat(codes(AgreementRules.checkPhase2(new SavePhase2(Map.of(3, 5), Map.of(), null, null))))
                .containsExactly("agreement.area.rating.range");
        assertThat(codes(AgreementRules.checkPhase2(new SavePhase2(Map.of(3, 0), Map.of(), null, null))))
                .containsExactly("agreement.area.rating.range");
        assertThat(codes(AgreementRules.checkPhase2(new SavePhase2(Map.of(11, 2), Map.of(), null, null))))
                .containsExactly("agreement.area.unknown");
        assertThat(AgreementRules.checkPhase2(new SavePhase2(null, null, null, null)))
                .isEmpty();
    }

    @Test
    void abandoningOrCancellingAnItemSaysWhyAndAStatusMustChange() {
        assertThat(codes(
                        AgreementRules.checkStatusChange(ItemStatus.PLANNED, new ChangeStatus(ItemStatus.PLANNED, ""))))
                .containsExactly("agreement.item.status.same");
        assertThat(codes(AgreementRules.checkStatusChange(
                        ItemStatus.PLANNED, new ChangeStatus(ItemStatus.ABANDONED, " "))))
                .containsExactly("agreement.item.status.note-required");
        assertThat(codes(AgreementRules.checkStatusChange(
                        ItemStatus.IN_PROGRESS, new ChangeStatus(ItemStatus.CANCELLED, null))))
                .containsExactly("agreement.item.status.note-required");
        assertThat(AgreementRules.checkStatusChange(
                        ItemStatus.PLANNED, new ChangeStatus(ItemStatus.CANCELLED, "Corso soppresso")))
                .isEmpty();
        assertThat(AgreementRules.checkStatusChange(ItemStatus.PLANNED, new ChangeStatus(ItemStatus.DONE, "")))
                .isEmpty();
        assertThat(codes(AgreementRules.checkStatusChange(ItemStatus.PLANNED, new ChangeStatus(null, ""))))
                .containsExactly("agreement.item.status.required");
    }

    @Test
    void signingNeedsAPlanTheLegalContentAndADateBetweenTheInterviewAndToday() {
        var ready = AgreementMother.draft(1, AgreementMother.plan());
        assertThat(AgreementRules.checkSignature(ready, TODAY, null, INTERVIEW, TODAY, false))
                .isEmpty();
        assertThat(AgreementRules.checkSignature(ready, INTERVIEW, null, INTERVIEW, TODAY, false))
                .isEmpty();
        assertThat(codes(AgreementRules.checkSignature(ready, TODAY.plusDays(1), null, INTERVIEW, TODAY, false)))
                .containsExactly("agreement.sign.date.future");
        assertThat(AgreementRules.checkSignature(ready, INTERVIEW.minusDays(1), null, INTERVIEW, TODAY, false))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.code()).isEqualTo("agreement.sign.date.before-interview");
                    assertThat(v.args()).containsExactly("20/11/2026");
                });
        assertThat(codes(AgreementRules.checkSignature(ready, null, null, INTERVIEW, TODAY, false)))
                .containsExactly("agreement.sign.date.required");
        assertThat(codes(AgreementRules.checkSignature(ready, TODAY, null, INTERVIEW, TODAY, true)))
                .containsExactly("agreement.sign.interview-running");

        var empty = AgreementMother.draft(1, List.of());
        assertThat(codes(AgreementRules.checkSignature(empty, TODAY, null, INTERVIEW, TODAY, false)))
                .containsExactly("agreement.sign.plan-empty");
        var bare = new AgreementView(
                ready.id(),
                ready.personId(),
                1,
                AgreementStatus.DRAFT,
                null,
                "CPI-FI",
                ready.createdAt(),
                "x",
                ready.updatedAt(),
                "x",
                new AgreementView.Phase1(null, true, false, "", ""),
                ready.phase2(),
                new AgreementView.Phase3(null, "", null, "x", null, " ", "", false, false, false, "", null, List.of()),
                ready.items(),
                List.of(),
                null,
                0);
        assertThat(codes(AgreementRules.checkSignature(bare, TODAY, null, INTERVIEW, TODAY, false)))
                .containsExactly(
                        "agreement.sign.profiling-class.required",
                        "agreement.sign.contact-frequency.required",
                        "agreement.sign.proof-of-search.required",
                        "agreement.sign.rights-not-explained");
    }

    @Test
    void aSignedScanIsAPdfByItsContentAndNotTooLarge() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(out);
        }
        assertThat(AgreementRules.checkScan(new Scan("firmato.pdf", out.toByteArray())))
                .isEmpty();
        assertThat(codes(AgreementRules.checkScan(
                        new Scan("firmato.pdf", "%PDF-1.7 but broken".getBytes(StandardCharsets.ISO_8859_1)))))
                .containsExactly("agreement.scan.not-pdf");
        assertThat(codes(AgreementRules.checkScan(
                        new Scan("foto.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0}))))
                .containsExactly("agreement.scan.not-pdf");
        assertThat(codes(AgreementRules.checkScan(new Scan("vuoto.pdf", new byte[0]))))
                .containsExactly("agreement.scan.empty");
        assertThat(codes(AgreementRules.checkScan(new Scan("grande.pdf", new byte[AgreementRules.MAX_SCAN_BYTES + 1]))))
                .containsExactly("agreement.scan.too-large");
        assertThat(codes(AgreementRules.checkSignature(
                        AgreementMother.draft(1, AgreementMother.plan()),
                        TODAY,
                        new Scan("x.pdf", "ciao".getBytes(StandardCharsets.UTF_8)),
                        INTERVIEW,
                        TODAY,
                        false)))
                .containsExactly("agreement.scan.not-pdf");
    }

    @Test
    void onlyADraftIsEditedAndTheRefusalIsAConflict() {
        AgreementRules.checkEditable(AgreementStatus.DRAFT, 1);
        for (var status : List.of(AgreementStatus.SIGNED, AgreementStatus.SUPERSEDED)) {
            assertThatThrownBy(() -> AgreementRules.checkEditable(status, 2))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.isConflict()).isTrue();
                        assertThat(e.code()).isEqualTo("agreement.signed.immutable");
                        assertThat(e.violations().getFirst().args()).containsExactly(2);
                    });
        }
    }

    @Test
    void theProfilingClassIsSuggestedByTheIndexInQuarters() {
        assertThat(ProfilingClass.suggested(null)).isNull();
        assertThat(ProfilingClass.suggested(new java.math.BigDecimal("0.00"))).isEqualTo(ProfilingClass.LOW);
        assertThat(ProfilingClass.suggested(new java.math.BigDecimal("0.2499"))).isEqualTo(ProfilingClass.LOW);
        assertThat(ProfilingClass.suggested(new java.math.BigDecimal("0.25"))).isEqualTo(ProfilingClass.MEDIUM);
        assertThat(ProfilingClass.suggested(new java.math.BigDecimal("0.5"))).isEqualTo(ProfilingClass.HIGH);
        assertThat(ProfilingClass.suggested(new java.math.BigDecimal("0.75"))).isEqualTo(ProfilingClass.VERY_HIGH);
        assertThat(ProfilingClass.suggested(java.math.BigDecimal.ONE)).isEqualTo(ProfilingClass.VERY_HIGH);
    }

    @Test
    void openItemsArePlannedOrInProgress() {
        assertThat(ItemStatus.PLANNED.open()).isTrue();
        assertThat(ItemStatus.IN_PROGRESS.open()).isTrue();
        assertThat(ItemStatus.DONE.open()).isFalse();
        assertThat(ItemStatus.ABANDONED.open()).isFalse();
        assertThat(ItemStatus.CANCELLED.open()).isFalse();
    }
}
