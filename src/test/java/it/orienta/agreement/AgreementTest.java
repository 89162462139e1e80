package it.orienta.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.agreement.Commands.ChangeStatus;
import it.orienta.agreement.Commands.PlanItemCommand;
import it.orienta.agreement.Commands.SavePhase1;
import it.orienta.agreement.Commands.SavePhase2;
import it.orienta.agreement.Commands.SavePhase3;
import it.orienta.agreement.Commands.Scan;
import it.orienta.system.Actor;
import it.orienta.system.NotFoundException;
import it.orienta.system.Rome;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every rule of the interview and the PSP, at its boundaries, on the aggregate that guards it (no Spring). */
class AgreementTest {

    static final LocalDate INTERVIEW = LocalDate.of(2026, 11, 20);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final Instant CREATED = INTERVIEW.atTime(10, 0).atZone(Rome.ZONE).toInstant();
    static final Instant NOW = TODAY.atTime(11, 0).atZone(Rome.ZONE).toInstant();
    static final Actor GIULIA = new Actor(UUID.randomUUID(), "giulia", "Giulia Bianchi", "CPI-FI", "OPERATOR");
    static final LegalContent.Responsible RESPONSIBLE =
            new LegalContent.Responsible(GIULIA.operatorId(), "Giulia", true);

    static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }

    static List<Violation> violations(ThrowingCallable action) {
        try {
            action.call();
        } catch (RuleViolationException e) {
            return e.violations();
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
        return List.of();
    }

    static PlanItemCommand item(AgreementView.PlanItem.Kind kind, String description, LocalDate due, String frequency) {
        return new PlanItemCommand(
                kind,
                kind == AgreementView.PlanItem.Kind.CENTRE ? "A06-SEM" : null,
                null,
                null,
                description,
                due,
                frequency);
    }

    static Agreement empty() {
        return Agreement.first(AgreementMother.PERSON, 1, ProfilingClass.MEDIUM, GIULIA, CREATED);
    }

    /** A draft with everything signing needs: rights explained, the art. 20 content, one plan item. */
    static Agreement ready() {
        var a = empty();
        a.savePhase1(new SavePhase1(true, true, "Tornare in cucina", "Alta"), GIULIA, CREATED);
        a.savePhase3(phase3("una volta al mese", "Elenco delle candidature"), RESPONSIBLE, GIULIA, CREATED);
        a.addItem(
                item(AgreementView.PlanItem.Kind.PERSON, "Invia tre candidature", null, "ogni settimana"),
                List.of(),
                GIULIA,
                CREATED);
        return a;
    }

    static SavePhase3 phase3(String contactFrequency, String proofOfSearch) {
        return new SavePhase3(
                "Aiuto cuoco",
                null,
                ProfilingClass.MEDIUM,
                contactFrequency,
                proofOfSearch,
                true,
                false,
                true,
                "",
                null,
                List.of(Measure.a, Measure.c, Measure.a),
                Map.of(Measure.c, " Colloqui "));
    }

    static Agreement signed() {
        var a = ready();
        a.sign(INTERVIEW, null, false, TODAY, GIULIA, NOW);
        return a;
    }

    @Test
    void aPlanItemNeedsADueDateOrAFrequency() {
        assertThat(AgreementItem.check(item(AgreementView.PlanItem.Kind.PERSON, "Candidature", null, null)))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.code()).isEqualTo("agreement.item.when.required");
                    assertThat(v.field()).isEqualTo("dueDate");
                });
        assertThat(codes(AgreementItem.check(item(AgreementView.PlanItem.Kind.PERSON, "Candidature", null, "  "))))
                .containsExactly("agreement.item.when.required");
        assertThat(AgreementItem.check(item(AgreementView.PlanItem.Kind.PERSON, "Candidature", TODAY, null)))
                .isEmpty();
        assertThat(AgreementItem.check(item(AgreementView.PlanItem.Kind.PERSON, "Candidature", null, "ogni settimana")))
                .isEmpty();
        assertThat(codes(violations(() -> empty().addItem(
                                item(AgreementView.PlanItem.Kind.PERSON, "Candidature", null, null),
                                List.of(),
                                GIULIA,
                                NOW))))
                .containsExactly("agreement.item.when.required");
    }

    @Test
    void aPlanItemSaysWhoDoesItAndWhat() {
        assertThat(codes(AgreementItem.check(new PlanItemCommand(null, null, null, null, "x", TODAY, null))))
                .containsExactly("agreement.item.kind.required");
        assertThat(codes(AgreementItem.check(
                        new PlanItemCommand(AgreementView.PlanItem.Kind.CENTRE, " ", null, null, "x", TODAY, null))))
                .containsExactly("agreement.item.activity.required");
        assertThat(codes(AgreementItem.check(
                        new PlanItemCommand(AgreementView.PlanItem.Kind.NETWORK, null, "", null, "x", TODAY, null))))
                .containsExactly("agreement.item.actor-name.required", "agreement.item.actor-kind.required");
        assertThat(AgreementItem.check(new PlanItemCommand(
                        AgreementView.PlanItem.Kind.NETWORK,
                        null,
                        "Agenzia",
                        AgreementView.PlanItem.ActorKind.EMPLOYMENT_AGENCY,
                        "x",
                        TODAY,
                        null)))
                .isEmpty();
        assertThat(codes(AgreementItem.check(item(AgreementView.PlanItem.Kind.PERSON, " ", TODAY, null))))
                .containsExactly("agreement.item.description.required");
        assertThat(codes(AgreementItem.check(item(AgreementView.PlanItem.Kind.PERSON, "x".repeat(2001), TODAY, null))))
                .containsExactly("agreement.text.too-long");
        assertThat(AgreementItem.check(item(AgreementView.PlanItem.Kind.PERSON, "x".repeat(2000), TODAY, null)))
                .isEmpty();
    }

    @Test
    void theCharterRefusalsOfAnItemComeWithItsOwn() {
        var charter = List.of(Violation.of("agreement.item.activity.retired", "activityId", "Seminario"));
        assertThat(codes(violations(() -> empty().addItem(
                                item(AgreementView.PlanItem.Kind.CENTRE, " ", TODAY, null), charter, GIULIA, NOW))))
                .containsExactly("agreement.item.description.required", "agreement.item.activity.retired");
    }

    @Test
    void ratingsGoFromOneToFourInTenAreas() {
        var a = empty();
        assertThat(violations(
                        () -> a.savePhase2(new SavePhase2(Map.of(1, 1, 10, 4), Map.of(), null, null), GIULIA, NOW)))
                .isEmpty();
        assertThat(a.view(null).phase2().areas())
                .hasSize(10)
                .first()
                .satisfies(area -> assertThat(area.rating()).isEqualTo(1));
        assertThat(codes(violations(
                        () -> a.savePhase2(new SavePhase2(Map.of(3, 5), Map.of(), null, null), GIULIA, NOW))))
                .containsExactly("agreement.area.rating.range");
        assertThat(codes(violations(
                        () -> a.savePhase2(new SavePhase2(Map.of(3, 0), Map.of(), null, null), GIULIA, NOW))))
                .containsExactly("agreement.area.rating.range");
        assertThat(codes(violations(
                        () -> a.savePhase2(new SavePhase2(Map.of(11, 2), Map.of(), null, null), GIULIA, NOW))))
                .containsExactly("agreement.area.unknown");
        assertThat(violations(() -> a.savePhase2(new SavePhase2(null, null, null, null), GIULIA, NOW)))
                .isEmpty();
        assertThat(a.view(null).phase2().areas())
                .allSatisfy(area -> assertThat(area.rating()).isNull());
    }

    @Test
    void phaseThreeKeepsEachMeasureOnceWithItsNotesAndNamesAKnownOperator() {
        var a = ready();
        assertThat(a.view(null).phase3().measures())
                .containsExactly(
                        new AgreementView.AgreedMeasure(Measure.a, ""),
                        new AgreementView.AgreedMeasure(Measure.c, "Colloqui"));
        assertThat(codes(violations(() -> a.savePhase3(
                        phase3("x", "y"), new LegalContent.Responsible(UUID.randomUUID(), "Ex", false), GIULIA, NOW))))
                .containsExactly("agreement.operator.unknown");
    }

    @Test
    void abandoningOrCancellingAnItemSaysWhyAndAStatusMustChange() {
        assertThat(codes(AgreementItem.checkStatusChange(
                        AgreementView.PlanItem.Status.PLANNED,
                        new ChangeStatus(AgreementView.PlanItem.Status.PLANNED, ""))))
                .containsExactly("agreement.item.status.same");
        assertThat(codes(AgreementItem.checkStatusChange(
                        AgreementView.PlanItem.Status.PLANNED,
                        new ChangeStatus(AgreementView.PlanItem.Status.ABANDONED, " "))))
                .containsExactly("agreement.item.status.note-required");
        assertThat(codes(AgreementItem.checkStatusChange(
                        AgreementView.PlanItem.Status.IN_PROGRESS,
                        new ChangeStatus(AgreementView.PlanItem.Status.CANCELLED, null))))
                .containsExactly("agreement.item.status.note-required");
        assertThat(AgreementItem.checkStatusChange(
                        AgreementView.PlanItem.Status.PLANNED,
                        new ChangeStatus(AgreementView.PlanItem.Status.CANCELLED, "Corso soppresso")))
                .isEmpty();
        assertThat(AgreementItem.checkStatusChange(
                        AgreementView.PlanItem.Status.PLANNED,
                        new ChangeStatus(AgreementView.PlanItem.Status.DONE, "")))
                .isEmpty();
        assertThat(codes(AgreementItem.checkStatusChange(
                        AgreementView.PlanItem.Status.PLANNED, new ChangeStatus(null, ""))))
                .containsExactly("agreement.item.status.required");
    }

    @Test
    void theVersionInForceFollowsItsPlanWithHistoryButASupersededOneDoesNot() {
        var a = signed();
        var item = a.view(null).items().getFirst();
        var from = a.changeItemStatus(
                item.id(), new ChangeStatus(AgreementView.PlanItem.Status.IN_PROGRESS, ""), 0, GIULIA, NOW);
        assertThat(from).isEqualTo(AgreementView.PlanItem.Status.PLANNED);
        var after = a.item(item.id()).view();
        assertThat(after.status()).isEqualTo(AgreementView.PlanItem.Status.IN_PROGRESS);
        assertThat(after.history())
                .extracting(AgreementView.StatusChange::status)
                .containsExactly(AgreementView.PlanItem.Status.PLANNED, AgreementView.PlanItem.Status.IN_PROGRESS);
        assertThatThrownBy(() -> a.changeItemStatus(
                        item.id(), new ChangeStatus(AgreementView.PlanItem.Status.DONE, ""), 7, GIULIA, NOW))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> a.changeItemStatus(
                        UUID.randomUUID(), new ChangeStatus(AgreementView.PlanItem.Status.DONE, ""), 0, GIULIA, NOW))
                .isInstanceOf(NotFoundException.class);

        a.supersede();
        assertThatThrownBy(() -> a.changeItemStatus(
                        item.id(), new ChangeStatus(AgreementView.PlanItem.Status.DONE, ""), 0, GIULIA, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.isConflict()).isTrue();
                    assertThat(e.code()).isEqualTo("agreement.item.superseded");
                });
    }

    @Test
    void anUpdateIsANewDraftCopyingTheVersionInForceAndFollowUpIsCarriedToIt() {
        var signed = signed();
        assertThatThrownBy(() -> ready().draftUpdate(2, GIULIA, NOW))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("agreement.update.not-in-force"));
        var update = signed.draftUpdate(2, GIULIA, NOW);
        var before = signed.view(null);
        var copy = update.view(null);
        assertThat(copy.status()).isEqualTo(AgreementView.Status.DRAFT);
        assertThat(copy.previousId()).isEqualTo(before.id());
        assertThat(copy.phase3().measures()).isEqualTo(before.phase3().measures());
        assertThat(copy.phase2().areas()).isEqualTo(before.phase2().areas());
        var original = before.items().getFirst();
        var copied = copy.items().getFirst();
        assertThat(copied.id()).isNotEqualTo(original.id());
        assertThat(copied.lineageId()).isEqualTo(original.lineageId());
        assertThat(copied.history()).hasSameSizeAs(original.history());

        update.carryStatus(
                original.lineageId(),
                AgreementView.PlanItem.Status.PLANNED,
                AgreementView.PlanItem.Status.DONE,
                " fatto ",
                GIULIA,
                NOW);
        assertThat(update.item(copied.id()).status()).isEqualTo(AgreementView.PlanItem.Status.DONE);
        // an item of the draft changed meanwhile keeps its own state
        update.carryStatus(
                original.lineageId(),
                AgreementView.PlanItem.Status.PLANNED,
                AgreementView.PlanItem.Status.CANCELLED,
                "x",
                GIULIA,
                NOW);
        assertThat(update.item(copied.id()).status()).isEqualTo(AgreementView.PlanItem.Status.DONE);
    }

    @Test
    void signingNeedsAPlanTheLegalContentAndADateBetweenTheInterviewAndToday() {
        assertThat(violations(() -> ready().sign(TODAY, null, false, TODAY, GIULIA, NOW)))
                .isEmpty();
        assertThat(violations(() -> ready().sign(INTERVIEW, null, false, TODAY, GIULIA, NOW)))
                .isEmpty();
        assertThat(codes(violations(() -> ready().sign(TODAY.plusDays(1), null, false, TODAY, GIULIA, NOW))))
                .containsExactly("agreement.sign.date.future");
        assertThat(violations(() -> ready().sign(INTERVIEW.minusDays(1), null, false, TODAY, GIULIA, NOW)))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.code()).isEqualTo("agreement.sign.date.before-interview");
                    assertThat(v.args()).containsExactly("20/11/2026");
                });
        assertThat(codes(violations(() -> ready().sign(null, null, false, TODAY, GIULIA, NOW))))
                .containsExactly("agreement.sign.date.required");
        assertThat(codes(violations(() -> ready().sign(TODAY, null, true, TODAY, GIULIA, NOW))))
                .containsExactly("agreement.sign.interview-running");

        var noPlan = empty();
        noPlan.savePhase1(new SavePhase1(true, true, "", ""), GIULIA, CREATED);
        noPlan.savePhase3(phase3("una volta al mese", "Elenco"), RESPONSIBLE, GIULIA, CREATED);
        assertThat(codes(violations(() -> noPlan.sign(TODAY, null, false, TODAY, GIULIA, NOW))))
                .containsExactly("agreement.sign.plan-empty");

        var bare = Agreement.first(AgreementMother.PERSON, 1, null, GIULIA, CREATED);
        bare.savePhase1(new SavePhase1(true, false, "", ""), GIULIA, CREATED);
        bare.savePhase3(
                new SavePhase3("", null, null, " ", "", false, false, false, "", null, List.of(), Map.of()),
                RESPONSIBLE,
                GIULIA,
                CREATED);
        bare.addItem(item(AgreementView.PlanItem.Kind.PERSON, "Candidature", TODAY, null), List.of(), GIULIA, CREATED);
        assertThat(codes(violations(() -> bare.sign(TODAY, null, false, TODAY, GIULIA, NOW))))
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
        assertThat(AgreementScan.check(new Scan("firmato.pdf", out.toByteArray())))
                .isEmpty();
        assertThat(codes(AgreementScan.check(
                        new Scan("firmato.pdf", "%PDF-1.7 but broken".getBytes(StandardCharsets.ISO_8859_1)))))
                .containsExactly("agreement.scan.not-pdf");
        assertThat(codes(AgreementScan.check(
                        new Scan("foto.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0}))))
                .containsExactly("agreement.scan.not-pdf");
        assertThat(codes(AgreementScan.check(new Scan("vuoto.pdf", new byte[0]))))
                .containsExactly("agreement.scan.empty");
        assertThat(codes(AgreementScan.check(new Scan("grande.pdf", new byte[AgreementScan.MAX_BYTES + 1]))))
                .containsExactly("agreement.scan.too-large");
        assertThat(codes(violations(() -> ready().sign(
                                TODAY,
                                new Scan("x.pdf", "ciao".getBytes(StandardCharsets.UTF_8)),
                                false,
                                TODAY,
                                GIULIA,
                                NOW))))
                .containsExactly("agreement.scan.not-pdf");

        var withScan = ready();
        var kept = withScan.sign(TODAY, new Scan("a/b\"c.pdf", out.toByteArray()), false, TODAY, GIULIA, NOW);
        assertThat(kept.info().fileName()).isEqualTo("a_b_c.pdf");
        assertThat(withScan.view(kept.info()).signature().method()).isEqualTo("SCAN");
    }

    @Test
    void signingFreezesTheVersion() {
        var a = signed();
        var view = a.view(null);
        assertThat(view.status()).isEqualTo(AgreementView.Status.SIGNED);
        assertThat(view.signature().signedOn()).isEqualTo(INTERVIEW);
        assertThat(view.signature().method()).isEqualTo("PAPER");
        var itemId = view.items().getFirst().id();
        List<ThrowingCallable> edits = List.of(
                () -> a.savePhase1(new SavePhase1(true, true, "", ""), GIULIA, NOW),
                () -> a.savePhase2(new SavePhase2(null, null, null, null), GIULIA, NOW),
                () -> a.savePhase3(phase3("x", "y"), RESPONSIBLE, GIULIA, NOW),
                () -> a.addItem(item(AgreementView.PlanItem.Kind.PERSON, "x", TODAY, null), List.of(), GIULIA, NOW),
                () -> a.updateItem(
                        itemId, item(AgreementView.PlanItem.Kind.PERSON, "x", TODAY, null), List.of(), GIULIA, NOW),
                () -> a.removeItem(itemId, GIULIA, NOW),
                () -> a.linkMeeting(UUID.randomUUID()),
                () -> a.carryStatus(
                        UUID.randomUUID(),
                        AgreementView.PlanItem.Status.PLANNED,
                        AgreementView.PlanItem.Status.DONE,
                        "",
                        GIULIA,
                        NOW));
        for (var edit : edits) {
            assertThatThrownBy(edit).isInstanceOfSatisfying(RuleViolationException.class, e -> {
                assertThat(e.isConflict()).isTrue();
                assertThat(e.code()).isEqualTo("agreement.signed.immutable");
                assertThat(e.violations().getFirst().args()).containsExactly(1);
            });
        }
        assertThatThrownBy(() -> a.sign(TODAY, null, false, TODAY, GIULIA, NOW))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("agreement.sign.already-signed"));
        assertThat(a.view(null)).isEqualTo(view);
    }

    @Test
    void onlyADraftIsEditedAndTheRefusalIsAConflict() {
        empty().requireDraft();
        var superseded = signed();
        superseded.supersede();
        for (var agreement : List.of(signed(), superseded)) {
            assertThatThrownBy(agreement::requireDraft).isInstanceOfSatisfying(RuleViolationException.class, e -> {
                assertThat(e.isConflict()).isTrue();
                assertThat(e.code()).isEqualTo("agreement.signed.immutable");
                assertThat(e.violations().getFirst().args()).containsExactly(1);
            });
        }
        assertThatThrownBy(() -> superseded.sign(TODAY, null, false, TODAY, GIULIA, NOW))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("agreement.signed.immutable"));
        assertThatThrownBy(superseded::supersede).isInstanceOf(IllegalStateException.class);
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
        assertThat(AgreementView.PlanItem.Status.PLANNED.open()).isTrue();
        assertThat(AgreementView.PlanItem.Status.IN_PROGRESS.open()).isTrue();
        assertThat(AgreementView.PlanItem.Status.DONE.open()).isFalse();
        assertThat(AgreementView.PlanItem.Status.ABANDONED.open()).isFalse();
        assertThat(AgreementView.PlanItem.Status.CANCELLED.open()).isFalse();
    }
}
