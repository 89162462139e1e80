package it.orienta.demo;

import it.kamaladafrica.codicefiscale.CodiceFiscale;
import it.kamaladafrica.codicefiscale.city.CityProvider;
import it.orienta.agreement.AgreementService;
import it.orienta.agreement.AgreementView;
import it.orienta.agreement.Commands.PlanItemCommand;
import it.orienta.agreement.Commands.SavePhase1;
import it.orienta.agreement.Commands.SavePhase3;
import it.orienta.agreement.Commands.Sign;
import it.orienta.agreement.Measure;
import it.orienta.agreement.ProfilingClass;
import it.orienta.guidance.Attendance;
import it.orienta.guidance.Commands.RecordMeeting;
import it.orienta.guidance.GuidanceService;
import it.orienta.intake.ConsentState;
import it.orienta.intake.IntakeCommand;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.CefrLevel;
import it.orienta.person.DrivingLicence;
import it.orienta.person.PersonCommand;
import it.orienta.person.PersonService;
import it.orienta.person.Sex;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Rome;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of history for CPI Firenze (issue 14), so that the coordinator's monitoring has months to compare: {@value
 * #PERSONS} more persons taken in charge over the last twelve months by Giulia Bianchi and Marco Neri, their
 * meetings (basic guidance, counselling, information) of varied lengths with some absences, and PSPs signed today
 * by the persons taken in charge in the last two months, at varied delays. Everything goes through the owners'
 * services, as the rest of the demo does, from a fixed seed: every start-up makes the same persons and meetings
 * (dated from today). Runs after {@link DemoData} (which it leaves as it is) and before monitoring's start-up
 * refresh, in one transaction; skipped when its first person exists, off with {@code orienta.demo.history.enabled=false} (the tests).
 *
 * <p>What the services do not allow is not made: a PSP is signed no earlier than its interview (so only today's),
 * and an intake ends only when a later one starts (so no closures in past months).
 */
@Component
@Order(30)
@DemoRun
@ConditionalOnProperty(name = "orienta.demo.history.enabled", havingValue = "true", matchIfMissing = true)
class DemoHistory implements ApplicationRunner {

    /** How many persons the history adds. */
    static final int PERSONS = 60;

    /** The seed of every choice: the same history at each start-up. */
    static final long SEED = 14L;

    /** How many months back the intakes go. */
    static final int MONTHS = 12;

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private static final List<String> MEN = List.of(
            "Luca",
            "Marco",
            "Andrea",
            "Francesco",
            "Alessandro",
            "Matteo",
            "Lorenzo",
            "Simone",
            "Davide",
            "Riccardo",
            "Tommaso",
            "Giacomo",
            "Stefano",
            "Filippo",
            "Niccolò");
    private static final List<String> WOMEN = List.of(
            "Giulia",
            "Francesca",
            "Sara",
            "Martina",
            "Chiara",
            "Valentina",
            "Alessia",
            "Elisa",
            "Federica",
            "Silvia",
            "Ilaria",
            "Beatrice",
            "Caterina",
            "Irene",
            "Marta");
    private static final List<String> SURNAMES = List.of(
            "Bartolini",
            "Pieri",
            "Mazzanti",
            "Fabbri",
            "Baldi",
            "Cecchi",
            "Innocenti",
            "Landi",
            "Lotti",
            "Mugnai",
            "Nardi",
            "Poggi",
            "Sarti",
            "Tozzi",
            "Vannucci",
            "Bini",
            "Cappelli",
            "Frosini",
            "Giannini",
            "Paoli");

    /** The operators of the history (CPI Firenze); each person stays with one. */
    private static final List<String> OPERATORS = List.of("operatore", "coordinatore");

    private final ReferenceService reference;
    private final OrganisationService organisation;
    private final PersonService persons;
    private final IntakeService intakes;
    private final GuidanceService guidance;
    private final AgreementService agreements;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoHistory(
            ReferenceService reference,
            OrganisationService organisation,
            PersonService persons,
            IntakeService intakes,
            GuidanceService guidance,
            AgreementService agreements,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.reference = reference;
        this.organisation = organisation;
        this.persons = persons;
        this.intakes = intakes;
        this.guidance = guidance;
        this.agreements = agreements;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** One person of the history, before registration: everything chosen from the seed. */
    record Planned(
            String firstName,
            String lastName,
            Sex sex,
            LocalDate born,
            String operator,
            LocalDate intakeDate,
            List<PlannedMeeting> meetings,
            boolean signsToday) {}

    /** A meeting to record: its activity, start, minutes (0 for an absence) and attendance. */
    record PlannedMeeting(String activityId, LocalDateTime start, int minutes, Attendance attendance) {}

    @Override
    public void run(ApplicationArguments args) {
        if (organisation.centre("CPI-FI").isEmpty() || intakes.currentNotice().isEmpty()) {
            return;
        }
        var today = LocalDate.now(clock.withZone(Rome.ZONE));
        var plan = plan(today);
        // the library's city table is read once (each CityProvider.ofDefault() reads it again)
        var city = CityProvider.ofDefault()
                .findByBelfiore(reference
                        .find(CodeSystem.MUNICIPALITY, "048017")
                        .orElseThrow()
                        .belfiore());
        var first = plan.getFirst();
        if (organisation.runAs(
                first.operator(),
                () -> persons.findByTaxCode(taxCode(first, city)).isPresent())) {
            return;
        }
        long started = System.nanoTime();
        var notice = intakes.currentNotice().orElseThrow().id();
        // one transaction, as the rest of the demo's persons: all the history or none, so that a restart after a
        // failure starts it again
        int[] counts = transactions.execute(status -> {
            int[] sum = new int[2];
            for (var p : plan) {
                int[] one = organisation.runAs(p.operator(), () -> load(p, city, notice, today));
                sum[0] += one[0];
                sum[1] += one[1];
            }
            return sum;
        });
        log.info(
                "Demo history: {} persons, {} meetings, {} PSPs signed in {} ms",
                plan.size(),
                counts[0],
                counts[1],
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The history from the seed, relative to {@code today}; pure, so that it is the same at every start-up. */
    static List<Planned> plan(LocalDate today) {
        var random = new Random(SEED);
        var result = new ArrayList<Planned>();
        var busy = new HashSet<String>();
        var names = new HashSet<String>();
        while (result.size() < PERSONS) {
            int i = result.size();
            var sex = random.nextBoolean() ? Sex.F : Sex.M;
            String firstName =
                    (sex == Sex.F ? WOMEN : MEN).get(random.nextInt(sex == Sex.F ? WOMEN.size() : MEN.size()));
            String lastName = SURNAMES.get(random.nextInt(SURNAMES.size()));
            var born = LocalDate.of(1966 + random.nextInt(39), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String operator = OPERATORS.get(i % OPERATORS.size());
            // more persons in recent months, as a centre that is filling up: day offsets skewed toward today
            int back = (int) Math.round(Math.pow(random.nextDouble(), 1.3) * (MONTHS * 30.4 - 1));
            var intakeDate = workday(today.minusDays(back), today);
            if (!names.add(firstName + lastName + born)) continue;
            var meetings = new ArrayList<PlannedMeeting>();
            var day = intakeDate;
            int count = 1 + random.nextInt(5);
            for (int m = 0; m < count; m++) {
                if (!day.isBefore(today)) break;
                String activity = m == 0 ? "A05-BASE" : random.nextInt(3) == 0 ? "A05-INFO" : "A06-CONS";
                int minutes = switch (activity) {
                    case "A05-BASE" -> 40 + random.nextInt(70); // standard: at most 90
                    case "A06-CONS" -> 45 + random.nextInt(50); // standard: at least 60
                    default -> 15 + random.nextInt(30);
                };
                int roll = random.nextInt(100);
                var attendance =
                        roll < 10 ? Attendance.ABSENT : roll < 15 ? Attendance.ABSENT_JUSTIFIED : Attendance.PRESENT;
                var start = slot(operator, day, random, busy);
                if (!start.toLocalDate().isBefore(today)) break;
                meetings.add(new PlannedMeeting(
                        activity, start, attendance == Attendance.PRESENT ? minutes : 0, attendance));
                day = workday(day.plusDays(10 + random.nextInt(30)), today);
            }
            boolean signs = back <= 62 && back >= 1 && random.nextInt(4) != 0;
            result.add(new Planned(firstName, lastName, sex, born, operator, intakeDate, meetings, signs));
        }
        return result;
    }

    /**
     * A free two-hour slot of the operator on the day (8:00 to 16:00, longer than any meeting of the plan, so that
     * the operator's meetings never overlap), moving to the next working day when the day is full.
     */
    private static LocalDateTime slot(String operator, LocalDate day, Random random, Set<String> busy) {
        var d = day;
        while (true) {
            int offset = random.nextInt(5);
            for (int h = 0; h < 5; h++) {
                int hour = 8 + 2 * ((offset + h) % 5);
                if (busy.add(operator + d + hour)) {
                    return d.atTime(hour, 0);
                }
            }
            d = d.plusDays(1);
            while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                d = d.plusDays(1);
            }
        }
    }

    /** The day, or the working day before it when it falls on a weekend, never after {@code today}. */
    static LocalDate workday(LocalDate day, LocalDate today) {
        var d = day.isAfter(today) ? today : day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    private static String taxCode(Planned p, it.kamaladafrica.codicefiscale.City city) {
        return CodiceFiscale.of(it.kamaladafrica.codicefiscale.Person.builder()
                        .firstname(p.firstName())
                        .lastname(p.lastName())
                        .birthDate(p.born())
                        .isFemale(p.sex() == Sex.F)
                        .city(city)
                        .build())
                .getValue();
    }

    /** Registers, takes in charge, records the meetings and signs: returns {meetings, PSPs signed}. */
    private int[] load(Planned p, it.kamaladafrica.codicefiscale.City city, UUID notice, LocalDate today) {
        var id = persons.register(new PersonCommand(
                        taxCode(p, city),
                        p.firstName(),
                        p.lastName(),
                        p.sex(),
                        p.born(),
                        "048017",
                        null,
                        "100",
                        "048017",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        EnumSet.noneOf(DrivingLicence.class),
                        List.of(new PersonCommand.LanguageCommand("it", CefrLevel.NATIVE))))
                .id();
        boolean profiled = p.born().getDayOfMonth() % 3 != 0;
        intakes.takeInCharge(
                id,
                new IntakeCommand(
                        p.intakeDate(),
                        notice,
                        true,
                        p.born().getMonthValue() % 4 == 0 ? ConsentState.REFUSED : ConsentState.GIVEN,
                        profiled ? new BigDecimal("0." + (200 + p.born().getDayOfYear() * 2)) : null,
                        profiled ? p.intakeDate() : null));
        for (var m : p.meetings()) {
            boolean present = m.attendance() == Attendance.PRESENT;
            boolean outside = present
                    && (("A05-BASE".equals(m.activityId()) && m.minutes() > 90)
                            || ("A06-CONS".equals(m.activityId()) && m.minutes() < 60));
            guidance.recordMeeting(
                    id,
                    new RecordMeeting(
                            m.activityId(),
                            m.start(),
                            present ? m.start().plusMinutes(m.minutes()) : null,
                            m.attendance(),
                            m.attendance() == Attendance.ABSENT_JUSTIFIED ? "Certificato medico" : null,
                            null,
                            outside ? "Durata decisa con la persona" : null,
                            null));
        }
        if (p.signsToday()) {
            sign(id, p.intakeDate(), today);
        }
        return new int[] {p.meetings().size(), p.signsToday() ? 1 : 0};
    }

    /**
     * A first PSP with the content that signing needs (R10, art. 20) and an action due three weeks after the taking
     * in charge (overdue for most, as the monitoring shows), signed today.
     */
    private void sign(UUID personId, LocalDate intakeDate, LocalDate today) {
        AgreementView draft = agreements.draft(personId);
        draft = agreements.savePhase1(
                draft.id(),
                new SavePhase1(true, true, "Trovare un lavoro stabile vicino a casa", "Alta"),
                draft.version());
        draft = agreements.savePhase3(
                draft.id(),
                new SavePhase3(
                        "Rientrare nel mercato del lavoro entro sei mesi",
                        null,
                        ProfilingClass.MEDIUM,
                        "una volta al mese",
                        "Porta l’elenco delle candidature inviate",
                        true,
                        true,
                        true,
                        "",
                        null,
                        List.of(Measure.a),
                        Map.of()),
                draft.version());
        draft = agreements.addItem(
                draft.id(),
                new PlanItemCommand(
                        AgreementView.PlanItem.Kind.PERSON,
                        null,
                        null,
                        null,
                        "Invia tre candidature",
                        null,
                        "ogni settimana"),
                draft.version());
        draft = agreements.addItem(
                draft.id(),
                new PlanItemCommand(
                        AgreementView.PlanItem.Kind.PERSON,
                        null,
                        null,
                        null,
                        "Iscriversi al portale regionale del lavoro",
                        intakeDate.plusDays(21),
                        null),
                draft.version());
        agreements.sign(draft.id(), new Sign(today, null), draft.version());
    }
}
