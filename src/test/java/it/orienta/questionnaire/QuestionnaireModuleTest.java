package it.orienta.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.OrientaModuleTest;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.questionnaire.ProfilingItem.ItemList;
import it.orienta.system.AuditAction;
import it.orienta.system.DataChanged;
import it.orienta.system.DuplicateException;
import it.orienta.system.StaleVersionException;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/**
 * The questionnaire module on its own, on the embedded PostgreSQL: the seeded lists, an entry added at the end,
 * duplicate codes refused, an edit guarded by its version, a move that keeps the versions, a retirement; every change
 * published for the audit log.
 */
@OrientaModuleTest
class QuestionnaireModuleTest {

    @Autowired
    QuestionnaireService questionnaire;

    @Autowired
    OrganisationService organisation;

    String username;

    @BeforeEach
    void setUp() {
        String centre = "Q" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        organisation.createCentre(new OrganisationService.CentreCommand(centre, "CPI Test", "FI", "Via Test 1", true));
        username = "adm" + centre.toLowerCase();
        organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        username, "Admin Test", username + "@test.it", EnumSet.of(Role.ADMIN), Set.of(centre), true),
                "Module.Test.2026");
    }

    @Test
    void theSeededListsAreInTheirOrder() {
        var questions = questionnaire.items(ItemList.QUESTION);
        assertThat(questions.getFirst().code()).isEqualTo("NAT-EXPECTED-RESULT");
        assertThat(questions.getFirst().source()).isEqualTo(ProfilingItem.Source.NATIONAL);
        assertThat(questionnaire.activeItems(ItemList.INDICATOR))
                .extracting(ProfilingItem::code)
                .contains("INCOME-SUPPORT", "DISABILITY", "HOUSING");
    }

    @Test
    void anAddedEntryIsPublishedAndItsCodeIsUniqueInItsList(Scenario scenario) {
        String code = "MOD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        scenario.stimulate(() -> organisation.runAs(
                        username,
                        () -> questionnaire.addItem(ItemList.QUESTION, new SaveItem(code, "Domanda", "Question"))))
                .andWaitForEventOfType(DataChanged.class)
                .matching(e -> e.entityType().equals("ProfilingItem") && e.action() == AuditAction.CREATE)
                .toArriveAndVerify(e -> assertThat(e.fields()).containsExactly("code", "labelIt", "labelEn"));
        var added = questionnaire.items(ItemList.QUESTION).getLast();
        assertThat(added.code()).isEqualTo(code);
        assertThat(added.version()).isZero();
        assertThat(added.source()).isEqualTo(ProfilingItem.Source.LOCAL);
        assertThatThrownBy(() -> organisation.runAs(
                        username, () -> questionnaire.addItem(ItemList.QUESTION, new SaveItem(code, "Altra", "Other"))))
                .isInstanceOf(DuplicateException.class);
        // the same code in the other list is another entry
        organisation.runAs(
                username, () -> questionnaire.addItem(ItemList.INDICATOR, new SaveItem(code, "Indicatore", "Ind")));

        var moved = organisation.runAs(username, () -> questionnaire.moveItem(added.id(), true));
        assertThat(moved.get(moved.size() - 2).id()).isEqualTo(added.id());
        assertThat(questionnaire.item(added.id()).version()).isZero(); // a move is not an edit of the entry

        var edited = organisation.runAs(
                username, () -> questionnaire.updateItem(added.id(), new SaveItem(code, "Domanda?", "Question?"), 0));
        assertThat(edited.version()).isEqualTo(1);
        assertThat(edited.labelIt()).isEqualTo("Domanda?");
        assertThatThrownBy(() -> organisation.runAs(
                        username,
                        () -> questionnaire.updateItem(added.id(), new SaveItem(code, "Di nuovo", "Again"), 0)))
                .isInstanceOf(StaleVersionException.class);

        var retired = organisation.runAs(username, () -> questionnaire.retireItem(added.id(), true));
        assertThat(retired.retired()).isTrue();
        assertThat(questionnaire.activeItems(ItemList.QUESTION))
                .extracting(ProfilingItem::id)
                .doesNotContain(added.id());
    }
}
