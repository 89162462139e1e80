package it.orienta.skillsaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.charter.Stage;
import it.orienta.guidance.GuidanceFixtures;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The skills audit document's rules (R24), alone. */
class SkillsAuditRulesTest {

    static final SkillsAuditDocuments.Sections FULL = new SkillsAuditDocuments.Sections(
            "Diploma di ragioniere; 10 anni in contabilità",
            "Contabilità generale, Excel",
            "Inglese commerciale",
            "Corso di inglese B1; tirocinio");

    @Test
    void onlyAnActivityOfTheSkillsAuditStageHasTheDocument() {
        assertThat(SkillsAuditRules.hasDocument(activity(Stage.SKILLS_AUDIT))).isTrue();
        assertThat(SkillsAuditRules.hasDocument(activity(Stage.CAREER_COUNSELLING)))
                .isFalse();
        assertThat(SkillsAuditRules.hasDocument(null)).isFalse();
    }

    @Test
    void aDraftMayHaveBlankSectionsButNoneOverTheLimit() {
        assertThat(SkillsAuditRules.saving(new SkillsAuditDocuments.Sections(null, "", " ", "x")))
                .isEmpty();
        String max = "a".repeat(SkillsAuditRules.MAX);
        assertThat(SkillsAuditRules.saving(new SkillsAuditDocuments.Sections(max, max, max, max)))
                .isEmpty();
        assertThat(SkillsAuditRules.saving(new SkillsAuditDocuments.Sections(max + "a", "", "", max + "b")))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("history", "guidance.audit.section.long"),
                        org.assertj.core.groups.Tuple.tuple("recommendations", "guidance.audit.section.long"));
    }

    @Test
    void surroundingBlanksDoNotCountAndAreNotKept() {
        String max = "a".repeat(SkillsAuditRules.MAX);
        assertThat(SkillsAuditRules.saving(new SkillsAuditDocuments.Sections("  " + max + "\n", "", "", "")))
                .isEmpty();
        assertThat(SkillsAuditRules.normalised(new SkillsAuditDocuments.Sections(" a ", null, "\nb\n", "c")))
                .isEqualTo(new SkillsAuditDocuments.Sections("a", "", "b", "c"));
    }

    @Test
    void completingNeedsEverySectionWrittenAndTheEngagementClosed() {
        assertThat(SkillsAuditRules.completing(FULL, true)).isEmpty();
        var blank = new SkillsAuditDocuments.Sections("storia", "  ", null, "proposte");
        assertThat(SkillsAuditRules.completing(blank, false))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("skills", "guidance.audit.section.required"),
                        org.assertj.core.groups.Tuple.tuple("gaps", "guidance.audit.section.required"),
                        org.assertj.core.groups.Tuple.tuple(null, "guidance.audit.engagement-open"));
        assertThat(SkillsAuditRules.completing(FULL, false))
                .extracting(Violation::code)
                .containsExactly("guidance.audit.engagement-open");
    }

    @Test
    void aCompletedDocumentRefusesChangesAsAConflict() {
        SkillsAuditRules.requireDraft(document(SkillsAuditDocumentView.Status.DRAFT));
        assertThatThrownBy(() -> SkillsAuditRules.requireDraft(document(SkillsAuditDocumentView.Status.COMPLETED)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.isConflict()).isTrue();
                    assertThat(e.code()).isEqualTo("guidance.audit.completed");
                });
    }

    @Test
    void paragraphsAreTheNonBlankLines() {
        assertThat(SkillsAuditPdf.paragraphs("uno\r\n\n  due  \n")).containsExactly("uno", "due");
        assertThat(SkillsAuditPdf.paragraphs(" ")).isEmpty();
        assertThat(document(SkillsAuditDocumentView.Status.DRAFT).paragraphs("gaps"))
                .containsExactly("Inglese commerciale");
    }

    static SkillsAuditDocumentView document(SkillsAuditDocumentView.Status status) {
        boolean completed = status == SkillsAuditDocumentView.Status.COMPLETED;
        Instant at = Instant.parse("2026-11-20T09:30:00Z");
        return new SkillsAuditDocumentView(
                UUID.randomUUID(),
                GuidanceFixtures.ENGAGEMENT,
                GuidanceFixtures.PERSON,
                FULL.history(),
                FULL.skills(),
                FULL.gaps(),
                FULL.recommendations(),
                status,
                completed ? at : null,
                completed ? "Giulia Bianchi" : null,
                at,
                "Giulia Bianchi",
                at,
                "Giulia Bianchi",
                completed ? 3 : 2,
                at.minusSeconds(10 * 86_400),
                at.minusSeconds(10 * 86_400),
                at.minusSeconds(2 * 86_400),
                true,
                at.minusSeconds(86_400),
                600,
                it.orienta.charter.Compliance.WITHIN);
    }

    static it.orienta.charter.ActivityView activity(Stage stage) {
        var a = GuidanceFixtures.COUNSELLING;
        return new it.orienta.charter.ActivityView(
                a.id(),
                a.code(),
                a.labelIt(),
                a.labelEn(),
                a.descriptionIt(),
                a.descriptionEn(),
                stage,
                a.delivery(),
                a.measure(),
                a.parentId(),
                a.retired(),
                a.version(),
                a.standard());
    }
}
