package it.orienta.skillsaudit;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.CaseAtCentre;
import it.orienta.OrientaModuleTest;
import it.orienta.guidance.Attendance;
import it.orienta.guidance.Commands.RecordMeeting;
import it.orienta.guidance.GuidanceService;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.reference.ReferenceService;
import it.orienta.skillsaudit.SkillsAuditEvents.DocumentSaved;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/**
 * The skills-audit module with the modules it needs, on the embedded PostgreSQL: the document of a skills-audit
 * engagement (opened by a meeting recorded through guidance) is saved as a draft, with the period of the meetings
 * attended read through guidance's API.
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "audit", "access", "intake"})
class SkillsAuditModuleTest {

    @Autowired
    SkillsAuditDocuments documents;

    @Autowired
    GuidanceService guidance;

    @Autowired
    OrganisationService organisation;

    @Autowired
    PersonService persons;

    @Autowired
    IntakeService intakes;

    @Autowired
    ReferenceService reference;

    CaseAtCentre centre;

    @BeforeEach
    void setUp() throws Exception {
        centre = new CaseAtCentre(organisation, persons, intakes, reference);
    }

    @Test
    void aDraftIsSavedOnTheAuditsEngagementAndPublished(Scenario scenario) {
        UUID person = centre.person("Bilancio", LocalDate.of(1979, 9, 9));
        var start = LocalDateTime.of(2026, 2, 10, 9, 0);
        centre.as(() -> guidance.recordMeeting(
                person,
                new RecordMeeting("BDC", start, start.plusHours(2), Attendance.PRESENT, null, "", "Prova", null)));
        var engagement = centre.as(() -> guidance.engagements(person)).getFirst();
        var empty = centre.as(() -> documents.document(engagement.id()));
        assertThat(empty.version()).isZero();

        var sections = new SkillsAuditDocuments.Sections("Storia", "Competenze", "", "");
        scenario.stimulate(() -> centre.as(() -> documents.save(engagement.id(), sections, 0)))
                .andWaitForEventOfType(DocumentSaved.class)
                .matching(e -> e.engagementId().equals(engagement.id()))
                .toArriveAndVerify(e -> assertThat(e.created()).isTrue());
        var saved = centre.as(() -> documents.document(engagement.id()));
        assertThat(saved.history()).isEqualTo("Storia");
        assertThat(saved.firstMeetingAt()).isNotNull();
    }
}
