package it.orienta.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.OrientaModuleTest;
import it.orienta.agreement.AgreementCase;
import it.orienta.agreement.AgreementService;
import it.orienta.agreement.Commands.Sign;
import it.orienta.guidance.Attendance;
import it.orienta.guidance.Commands.RecordMeeting;
import it.orienta.guidance.GuidanceService;
import it.orienta.intake.ConsentState;
import it.orienta.intake.IntakeCommand;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.person.PersonCommand;
import it.orienta.person.PersonService;
import it.orienta.person.Sex;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.referral.SentReferrals;
import it.orienta.system.Actor;
import it.orienta.system.Rome;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The monitoring module on the embedded PostgreSQL with the modules whose published views it reads: a person taken in
 * charge two months ago, a PSP signed today, meetings either side of a month's midnight in Rome; the refresh counts
 * them per centre, operator and month, and the coordinator's and the regional role's views show them.
 */
@OrientaModuleTest(
        extraIncludes = {
            "database",
            "system",
            "audit",
            "access",
            "person",
            "intake",
            "agreement",
            "guidance",
            "pathway",
            "reference",
            "home",
            "web"
        })
class MonitoringModuleTest {

    /** Pathway's outcomes offer the person's referrals; no outcome is recorded here, so referral stays out. */
    @MockitoBean
    SentReferrals sentReferrals;

    @Autowired
    FigureRefresh refresh;

    @Autowired
    MonitoringService monitoring;

    @Autowired
    OrganisationService organisation;

    @Autowired
    PersonService persons;

    @Autowired
    IntakeService intakes;

    @Autowired
    AgreementService agreements;

    @Autowired
    GuidanceService guidance;

    @Autowired
    ReferenceService reference;

    @Autowired
    Clock clock;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String centre;
    String coordinator;
    String regional;
    UUID person;
    LocalDate today;
    YearMonth month;
    LocalDate intakeDay;

    @BeforeEach
    void aPersonTakenInChargeTwoMonthsAgo() throws Exception {
        if (reference.count(CodeSystem.MUNICIPALITY) == 0) {
            try (var in = new ClassPathResource("reference/demo/demo-municipalities.xml").getInputStream()) {
                reference.importFhir(in, "m.xml", null, Actor.SYSTEM);
            }
        }
        today = LocalDate.now(clock.withZone(Rome.ZONE));
        month = YearMonth.from(today);
        intakeDay = month.minusMonths(2).atDay(1);
        centre = "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        organisation.createCentre(new OrganisationService.CentreCommand(centre, "CPI Monitor", "FI", "Via 1", true));
        coordinator = "mon" + centre.toLowerCase();
        organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        coordinator,
                        "Monica Monitor",
                        coordinator + "@test.it",
                        EnumSet.of(Role.OPERATOR, Role.COORDINATOR),
                        Set.of(centre),
                        true),
                "Module.Test.2026");
        regional = "reg" + centre.toLowerCase();
        organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        regional,
                        "Regina Regione",
                        regional + "@test.it",
                        EnumSet.of(Role.REGIONAL),
                        Set.of(centre),
                        true),
                "Module.Test.2026");
        if (intakes.currentNotice().isEmpty()) {
            organisation.runAs(coordinator, () -> intakes.publishNotice("Informativa", "Testo"));
        }
        var born = LocalDate.of(1985, 1, 1).plusDays(Math.floorMod(centre.hashCode(), 9000));
        person = organisation.runAs(coordinator, () -> {
            var p = persons.register(new PersonCommand(
                    it.orienta.Persons.taxCode("Moni", "Toraggio", born, false, "D612"),
                    "Moni",
                    "Toraggio",
                    Sex.M,
                    born,
                    "048017",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of()));
            var notice = intakes.currentNotice().orElseThrow().id();
            intakes.takeInCharge(p.id(), new IntakeCommand(intakeDay, notice, true, ConsentState.GIVEN, null, null));
            return p.id();
        });
    }

    @Test
    void theRefreshCountsIntakesPspsAndMeetingsPerCentreOperatorAndRomeMonth() {
        // 23:30 on the last day of the month before last, and 00:30 on the 1st of last month (UTC: still the day
        // before)
        var lastEvening = month.minusMonths(1).atDay(1).minusDays(1).atTime(LocalTime.of(23, 0));
        var firstNight = month.minusMonths(1).atDay(1).atTime(LocalTime.of(0, 30));
        organisation.runAs(
                coordinator,
                () -> guidance.recordMeeting(
                        person,
                        new RecordMeeting(
                                "A06-CONS",
                                lastEvening,
                                lastEvening.plusMinutes(20),
                                Attendance.PRESENT,
                                null,
                                "",
                                "a",
                                null)));
        organisation.runAs(
                coordinator,
                () -> guidance.recordMeeting(
                        person,
                        new RecordMeeting(
                                "A06-CONS",
                                firstNight,
                                firstNight.plusMinutes(30),
                                Attendance.ABSENT,
                                null,
                                "",
                                "b",
                                null)));
        var kase = new AgreementCase(organisation, coordinator, person);
        var draft = kase.readyDraft(agreements);
        kase.as(() -> agreements.sign(draft.id(), new Sign(today, null), draft.version()));

        assertThat(refresh.refresh(month.minusMonths(2), month)).isPositive();

        var view = organisation.runAs(coordinator, () -> monitoring.centre(month));
        assertThat(view.centreCode()).isEqualTo(centre);
        long days = ChronoUnit.DAYS.between(intakeDay, today);
        assertThat(view.current().get("PSP_SIGNED")).isEqualByComparingTo("1");
        assertThat(view.current().get("PSP_DAYS_MEDIAN")).isEqualByComparingTo(BigDecimal.valueOf(days));
        assertThat(view.current().get("PSP_WITHIN_30_PERCENT")).isEqualByComparingTo(days <= 30 ? "100" : "0");
        var trend = view.trend();
        assertThat(trend).hasSize(12);
        var twoAgo = trend.get(9);
        var lastMonth = trend.get(10);
        assertThat(twoAgo.month()).isEqualTo(month.minusMonths(2));
        assertThat(twoAgo.values().get("TAKEN_IN_CHARGE")).isEqualByComparingTo("1");
        // the evening meeting belongs to the month before last, the one half an hour after midnight to last month
        assertThat(twoAgo.values().get("MEETINGS")).isEqualByComparingTo("1");
        assertThat(twoAgo.values().get("NO_SHOW_PERCENT")).isEqualByComparingTo("0");
        assertThat(lastMonth.values().get("MEETINGS")).isEqualByComparingTo("1");
        assertThat(lastMonth.values().get("NO_SHOW_PERCENT")).isEqualByComparingTo("100");
        assertThat(view.operators()).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("Monica Monitor");
            assertThat(o.current().get("PSP_SIGNED")).isEqualByComparingTo("1");
            assertThat(o.previous().get("MEETINGS")).isEqualByComparingTo("1");
        });

        var region = organisation.runAs(regional, () -> monitoring.region(month.minusMonths(2)));
        assertThat(region.centres())
                .filteredOn(c -> c.centreCode().equals(centre))
                .singleElement()
                .satisfies(c -> assertThat(c.current().get("TAKEN_IN_CHARGE")).isEqualByComparingTo("1"));
    }

    @Test
    void aSecondRefreshReplacesTheMonthsItRecomputes() {
        refresh.refresh(month.minusMonths(2), month);
        refresh.refresh(month.minusMonths(2), month);
        var view = organisation.runAs(coordinator, () -> monitoring.centre(month));
        assertThat(view.trend().get(9).values().get("TAKEN_IN_CHARGE")).isEqualByComparingTo("1");
        assertThat(view.refreshedAt()).isNotNull();
    }

    @Test
    void theShareProfiledAndThePlanItemsDueAndOverdueAreCountedByMonth() {
        var kase = new AgreementCase(organisation, coordinator, person);
        var draft = kase.readyDraft(agreements);
        // one action due two months ago, still planned (overdue), one due at the end of this month (not yet)
        var withPast = kase.as(() -> agreements.addItem(
                draft.id(),
                new it.orienta.agreement.Commands.PlanItemCommand(
                        it.orienta.agreement.AgreementView.PlanItem.Kind.PERSON,
                        null,
                        null,
                        null,
                        "Iscriversi al portale",
                        intakeDay.plusDays(3),
                        null),
                draft.version()));
        var withBoth = kase.as(() -> agreements.addItem(
                draft.id(),
                new it.orienta.agreement.Commands.PlanItemCommand(
                        it.orienta.agreement.AgreementView.PlanItem.Kind.PERSON,
                        null,
                        null,
                        null,
                        "Aggiornare il CV",
                        month.atEndOfMonth(),
                        null),
                withPast.version()));
        kase.as(() -> agreements.sign(draft.id(), new Sign(today, null), withBoth.version()));
        refresh.refresh(month.minusMonths(2), month);
        var before = organisation.runAs(coordinator, () -> monitoring.centre(month));
        assertThat(before.trend().get(9).values().get("PROFILED_PERCENT")).isEqualByComparingTo("0");
        assertThat(before.trend().get(9).values().get("PLAN_ITEMS_DUE")).isEqualByComparingTo("1");
        assertThat(before.trend().get(9).values().get("PLAN_ITEMS_OVERDUE")).isEqualByComparingTo("1");
        assertThat(before.current().get("PLAN_ITEMS_DUE")).isEqualByComparingTo("1");
        assertThat(before.current().get("PLAN_ITEMS_OVERDUE")).isEqualByComparingTo("0");
        assertThat(before.operators())
                .singleElement()
                .satisfies(o -> assertThat(o.current().get("PLAN_ITEMS_DUE")).isEqualByComparingTo("1"));

        organisation.runAs(coordinator, () -> intakes.recordProfilingIndex(person, new BigDecimal("0.500"), intakeDay));
        refresh.refresh(month.minusMonths(2), month);
        var after = organisation.runAs(coordinator, () -> monitoring.centre(month));
        assertThat(after.trend().get(9).values().get("PROFILED_PERCENT")).isEqualByComparingTo("100");
        // no one taken in charge this month: a share of nothing is no figure
        assertThat(after.current().get("PROFILED_PERCENT")).isNull();
    }

    /** A referral as the referral module stores it (mocked here: its rows are written as they would be). */
    private void referral(String status, LocalDate sentOn, LocalDate dueDate) {
        jdbc.sql("""
                        insert into referral (id, person_id, centre_code, kind, recipient, consent_given, due_date,
                                              status, created_at, created_on, created_by, sent_on)
                        values (:id, :person, :centre, 'SOCIAL_SERVICES', 'Servizi sociali', true, :due, :status,
                                now(), :sent, :by, :sent)""")
                .param("id", UUID.randomUUID())
                .param("person", person)
                .param("centre", centre)
                .param("due", dueDate)
                .param("status", status)
                .param("sent", sentOn)
                .param("by", coordinator)
                .update();
    }

    @Test
    void referralsPastTheirDueDateAreCountedForTheCentreByTheMonthTheyWereDue() {
        var due = intakeDay.plusDays(10);
        referral("SENT", intakeDay, due);
        referral("ACKNOWLEDGED", intakeDay, due.plusDays(1));
        referral("ANSWERED", intakeDay, due);
        // due at the end of this month: not yet overdue (unless today is that day's morrow, which it cannot be)
        referral("SENT", today, month.atEndOfMonth());
        refresh.refresh(month.minusMonths(2), month);
        var view = organisation.runAs(coordinator, () -> monitoring.centre(month));
        assertThat(view.trend().get(9).values().get("REFERRALS_OVERDUE")).isEqualByComparingTo("2");
        assertThat(view.current().get("REFERRALS_OVERDUE")).isEqualByComparingTo("0");
        assertThat(Csv.operatorRows(view).getFirst()).doesNotContain("REFERRALS_OVERDUE");
        assertThat(organisation
                        .runAs(coordinator, () -> monitoring.centre(month.minusMonths(2)))
                        .operators())
                .singleElement()
                .satisfies(o -> assertThat(o.current())
                        .doesNotContainKey("REFERRALS_OVERDUE")
                        .containsKey("MEETINGS"));
        var region = organisation.runAs(regional, () -> monitoring.region(month.minusMonths(2)));
        assertThat(region.centres())
                .filteredOn(c -> c.centreCode().equals(centre))
                .singleElement()
                .satisfies(c -> assertThat(c.current().get("REFERRALS_OVERDUE")).isEqualByComparingTo("2"));
    }

    @Test
    void theCentresCurrentCvsAreCountedByTheirStateOnEachMonthsLastDay() {
        // saved on the day of the intake, two months ago; valid until ten days from today
        jdbc.sql("""
                        insert into cv (id, person_id, origin, file_name, size_bytes, sha256, saved_at, saved_by,
                                        centre_code, obsolete_from)
                        values (:id, :person, 'UPLOADED', 'cv.pdf', 1, 'x', :saved, :by, :centre, :obsolete)""")
                .param("id", UUID.randomUUID())
                .param("person", person)
                .param(
                        "saved",
                        java.sql.Timestamp.from(
                                intakeDay.atTime(12, 0).atZone(Rome.ZONE).toInstant()))
                .param("by", coordinator)
                .param("centre", centre)
                .param("obsolete", today.plusDays(10))
                .update();
        refresh.refresh(month.minusMonths(3), month);
        var view = organisation.runAs(coordinator, () -> monitoring.centre(month));
        assertThat(view.current().get("CVS_EXPIRING")).isEqualByComparingTo("1");
        assertThat(view.current().get("CVS_VALID")).isEqualByComparingTo("0");
        // on the last day of the month before last it had more than 30 days to go; three months ago it was not saved
        assertThat(view.trend().get(9).values().get("CVS_VALID")).isEqualByComparingTo("1");
        assertThat(view.trend().get(9).values().get("CVS_EXPIRING")).isEqualByComparingTo("0");
        assertThat(view.trend().get(8).values().get("CVS_VALID")).isEqualByComparingTo("0");

        jdbc.sql("update cv set obsolete_from = :obsolete where person_id = :person")
                .param("obsolete", intakeDay.plusDays(20))
                .param("person", person)
                .update();
        refresh.refresh(month.minusMonths(3), month);
        var after = organisation.runAs(coordinator, () -> monitoring.centre(month));
        assertThat(after.current().get("CVS_OBSOLETE")).isEqualByComparingTo("1");
        assertThat(after.trend().get(9).values().get("CVS_OBSOLETE")).isEqualByComparingTo("1");
        assertThat(after.current().get("CVS_EXPIRING")).isEqualByComparingTo("0");
    }

    /** A transfer as the portal module stores it (its outbox row), requested on {@code day} at noon in Rome. */
    private void transfer(String state, LocalDate day) {
        var id = UUID.randomUUID();
        var at = java.sql.Timestamp.from(day.atTime(12, 0).atZone(Rome.ZONE).toInstant());
        jdbc.sql("""
                        insert into portal_transfer (id, person_id, cv_id, kind, state, idempotency_key, centre_code,
                                                     requested_at, requested_by, updated_at)
                        values (:id, :person, :cv, 'UPLOAD', :state, :key, :centre, :at, :by, :at)""")
                .param("id", id)
                .param("person", person)
                .param("cv", UUID.randomUUID())
                .param("state", state)
                .param("key", id.toString())
                .param("centre", centre)
                .param("at", at)
                .param("by", coordinator)
                .update();
    }

    @Test
    void theTransfersToThePortalAreCountedByTheMonthOfTheirRequestWithTheirStateAtTheRefresh() {
        transfer("REQUESTED", intakeDay);
        transfer("RETRYING", intakeDay);
        transfer("FAILED", intakeDay.plusDays(2));
        transfer("ACCEPTED", intakeDay.plusDays(3));
        transfer("FAILED", today);
        refresh.refresh(month.minusMonths(2), month);
        var view = organisation.runAs(coordinator, () -> monitoring.centre(month));
        var twoAgo = view.trend().get(9).values();
        assertThat(twoAgo.get("TRANSFERS_REQUESTED")).isEqualByComparingTo("4");
        assertThat(twoAgo.get("TRANSFERS_PENDING")).isEqualByComparingTo("2");
        assertThat(twoAgo.get("TRANSFERS_FAILED")).isEqualByComparingTo("1");
        assertThat(view.current().get("TRANSFERS_REQUESTED")).isEqualByComparingTo("1");
        assertThat(view.current().get("TRANSFERS_FAILED")).isEqualByComparingTo("1");
        assertThat(view.current().get("TRANSFERS_PENDING")).isEqualByComparingTo("0");
    }

    /** A vacancy of an employer as the vacancy module stores them, for the proposals below. */
    private UUID vacancy() {
        var employer = UUID.randomUUID();
        jdbc.sql("""
                        insert into employer (id, tax_code, name, ateco_code, ateco_division, municipality_code, source,
                                              created_at, created_by, updated_at, updated_by)
                        values (:id, :tax, 'Ditta Monitor', '01.11', '01', '048017', 'MANUAL', now(), 'test', now(),
                                'test')""")
                .param("id", employer)
                .param("tax", centre.substring(1) + "123")
                .update();
        var vacancy = UUID.randomUUID();
        jdbc.sql("""
                        insert into vacancy (id, employer_id, profession_code, title, posts, municipality_code,
                                             contract_type, working_time, publication_date, expiry_date, status, source,
                                             created_at, created_by, updated_at, updated_by)
                        values (:id, :employer, '5.1.2.2.0', 'Commesso', 1, '048017', 'PERMANENT', 'FULL_TIME',
                                :from, :to, 'OPEN', 'MANUAL', now(), 'test', now(), 'test')""")
                .param("id", vacancy)
                .param("employer", employer)
                .param("from", intakeDay)
                .param("to", today.plusDays(30))
                .update();
        return vacancy;
    }

    /** A proposal as the proposal module stores it, by {@code by} (the actor's display name), with its status and the day of its outcome. */
    private void proposal(UUID vacancy, String by, LocalDate on, String status, LocalDate outcomeOn) {
        jdbc.sql("""
                        insert into proposal (id, vacancy_id, vacancy_title, employer_name, person_id, centre_code,
                                              proposed_by, proposed_on, channel, status, outcome_on, created_at,
                                              updated_at, updated_by, version)
                        values (:id, :vacancy, 'Commesso', 'Ditta Monitor', :person, :centre, :by, :on, 'PHONE',
                                :status, :outcome, now(), now(), :by, 0)""")
                .param("id", UUID.randomUUID())
                .param("vacancy", vacancy)
                .param("person", person)
                .param("centre", centre)
                .param("by", by)
                .param("on", on)
                .param("status", status)
                .param("outcome", outcomeOn)
                .update();
    }

    /** Another operator of the centre, with a name of their own (owners record who acted by their full name). */
    private String anotherOperator() {
        String username = "pao" + centre.toLowerCase(java.util.Locale.ROOT);
        String name = "Paola " + centre;
        organisation.createOperator(
                new OrganisationService.OperatorCommand(
                        username, name, username + "@test.it", EnumSet.of(Role.OPERATOR), Set.of(centre), true),
                "Module.Test.2026");
        return name;
    }

    @Test
    void proposalsAndHiresAreCountedByMonthForTheCentreAndTheOperatorWhoProposed() {
        String paola = anotherOperator();
        var vacancy = vacancy();
        proposal(vacancy, paola, intakeDay, "HIRED", today);
        proposal(vacancy, paola, intakeDay.plusDays(1), "NOT_SELECTED", intakeDay.plusDays(5));
        // a name that is no operator's (any more) counts for the centre only
        proposal(vacancy, "Gone Away", today, "WITHDRAWN", today);
        refresh.refresh(month.minusMonths(2), month);
        var view = organisation.runAs(coordinator, () -> monitoring.centre(month));
        assertThat(view.trend().get(9).values().get("PROPOSALS")).isEqualByComparingTo("2");
        assertThat(view.trend().get(9).values().get("HIRES")).isEqualByComparingTo("0");
        assertThat(view.current().get("PROPOSALS")).isEqualByComparingTo("1");
        assertThat(view.current().get("HIRES")).isEqualByComparingTo("1");
        assertThat(view.operators()).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo(paola);
            assertThat(o.current().get("PROPOSALS")).isEqualByComparingTo("0");
            assertThat(o.current().get("HIRES")).isEqualByComparingTo("1");
        });
    }

    /** A closed pathway as the pathway module stores it, recorded by {@code by}. */
    private void closedPathway(String by, LocalDate on, String outcomes) {
        jdbc.sql("""
                        insert into pathway_outcome (id, person_id, closed_on, outcomes, centre_code, recorded_at,
                                                     recorded_by)
                        values (:id, :person, :on, cast(:outcomes as varchar(20)[]), :centre, now(), :by)""")
                .param("id", UUID.randomUUID())
                .param("person", person)
                .param("on", on)
                .param("outcomes", outcomes)
                .param("centre", centre)
                .param("by", by)
                .update();
    }

    @Test
    void closedPathwaysAreCountedByMonthWithTheShareOfEachOutcome() {
        String paola = anotherOperator();
        closedPathway(paola, intakeDay.plusDays(1), "{ACTIVATED,GOAL_DEFINED}");
        closedPathway(paola, intakeDay.plusDays(2), "{ACTIVATED}");
        closedPathway("Gone Away", intakeDay.plusDays(3), "{REFERRED}");
        closedPathway(paola, intakeDay.plusDays(4), "{SKILLS_SHOWN}");
        refresh.refresh(month.minusMonths(2), month);
        var view = organisation.runAs(coordinator, () -> monitoring.centre(month.minusMonths(2)));
        assertThat(view.current().get("PATHWAYS_CLOSED")).isEqualByComparingTo("4");
        assertThat(view.current().get("PATHWAY_ACTIVATED_PERCENT")).isEqualByComparingTo("50.0");
        assertThat(view.current().get("PATHWAY_GOAL_DEFINED_PERCENT")).isEqualByComparingTo("25.0");
        assertThat(view.current().get("PATHWAY_REFERRED_PERCENT")).isEqualByComparingTo("25.0");
        assertThat(view.current().get("PATHWAY_ABLE_TO_PLAN_PERCENT")).isEqualByComparingTo("0");
        assertThat(view.operators())
                .filteredOn(o -> o.name().equals(paola))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.current().get("PATHWAYS_CLOSED")).isEqualByComparingTo("3");
                    assertThat(o.current().get("PATHWAY_ACTIVATED_PERCENT")).isEqualByComparingTo("66.7");
                });
    }

    /** A group session as the session module stores it, led by the coordinator, with the person in it as given. */
    private void session(String status, LocalDate on, int capacity, String participant) {
        var id = UUID.randomUUID();
        var at = java.sql.Timestamp.from(on.atTime(10, 0).atZone(Rome.ZONE).toInstant());
        var operator = organisation.operatorByUsername(coordinator).orElseThrow();
        jdbc.sql("""
                        insert into group_session (id, activity_id, centre_code, operator_id, operator_name, title,
                                                   starts_at, minutes, remote, place, capacity, status,
                                                   held_started_at, held_ended_at, created_at, created_by)
                        values (:id, 'A06-CONS', :centre, :operator, :name, 'Gruppo', :at, 60, false, 'Sala', :capacity,
                                :status, :held, :heldEnd, now(), :by)""")
                .param("id", id)
                .param("centre", centre)
                .param("operator", operator.id())
                .param("name", operator.fullName())
                .param("at", at)
                .param("capacity", capacity)
                .param("status", status)
                .param("held", "HELD".equals(status) ? at : null, java.sql.Types.TIMESTAMP)
                .param(
                        "heldEnd",
                        "HELD".equals(status)
                                ? java.sql.Timestamp.from(at.toInstant().plusSeconds(3600))
                                : null,
                        java.sql.Types.TIMESTAMP)
                .param("by", coordinator)
                .update();
        jdbc.sql("""
                        insert into session_participant (session_id, person_id, status, enrolled_at, enrolled_by)
                        values (:session, :person, :status, now(), :by)""")
                .param("session", id)
                .param("person", person)
                .param("status", participant)
                .param("by", coordinator)
                .update();
    }

    @Test
    void theFillRateIsTheEnrolledOverThePlacesOfTheSessionsHeldInTheMonth() {
        session("HELD", intakeDay.plusDays(2), 4, "ENROLLED");
        session("HELD", intakeDay.plusDays(3), 4, "WITHDRAWN");
        session("SCHEDULED", intakeDay.plusDays(4), 10, "ENROLLED");
        refresh.refresh(month.minusMonths(2), month);
        var view = organisation.runAs(coordinator, () -> monitoring.centre(month.minusMonths(2)));
        assertThat(view.current().get("SESSIONS_HELD")).isEqualByComparingTo("2");
        assertThat(view.current().get("SESSION_FILL_PERCENT")).isEqualByComparingTo("12.5");
        assertThat(view.operators())
                .singleElement()
                .satisfies(
                        o -> assertThat(o.current().get("SESSION_FILL_PERCENT")).isEqualByComparingTo("12.5"));
    }
}
