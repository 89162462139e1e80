package it.orienta.demo;

import it.kamaladafrica.codicefiscale.CodiceFiscale;
import it.kamaladafrica.codicefiscale.city.CityProvider;
import it.orienta.intake.ConsentState;
import it.orienta.intake.IntakeCommand;
import it.orienta.intake.IntakeService;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.OrganisationService.CentreCommand;
import it.orienta.organisation.OrganisationService.OperatorCommand;
import it.orienta.organisation.Role;
import it.orienta.person.CefrLevel;
import it.orienta.person.DrivingLicence;
import it.orienta.person.PersonCommand;
import it.orienta.person.PersonCommand.EducationTitleCommand;
import it.orienta.person.PersonCommand.WorkExperienceCommand;
import it.orienta.person.PersonService;
import it.orienta.person.Sex;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the demo data once, into an empty embedded database. Each part is skipped when already present. */
@Component
@Order(20)
@DemoRun
class DemoData implements ApplicationRunner {

    /** The password of every demo account (README). */
    static final String PASSWORD = "Orienta.2026";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ReferenceService reference;
    private final OrganisationService organisation;
    private final PersonService persons;
    private final IntakeService intakes;
    private final TransactionTemplate transactions;
    private final java.time.Clock clock;

    DemoData(
            ReferenceService reference,
            OrganisationService organisation,
            PersonService persons,
            IntakeService intakes,
            PlatformTransactionManager transactionManager,
            java.time.Clock clock) {
        this.clock = clock;
        this.reference = reference;
        this.organisation = organisation;
        this.persons = persons;
        this.intakes = intakes;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (var file : List.of(
                "demo-municipalities.xml", "demo-countries.xml", "demo-professions.xml", "demo-education-titles.xml")) {
            var system = switch (file) {
                case "demo-municipalities.xml" -> CodeSystem.MUNICIPALITY;
                case "demo-countries.xml" -> CodeSystem.COUNTRY;
                case "demo-professions.xml" -> CodeSystem.PROFESSION;
                default -> CodeSystem.EDUCATION_TITLE;
            };
            if (reference.count(system) == 0) {
                try (var in = new ClassPathResource("reference/demo/" + file).getInputStream()) {
                    reference.importFhir(in, file, system, Actor.SYSTEM);
                }
            }
        }
        if (organisation.centres().isEmpty()) {
            organisation.createCentre(
                    new CentreCommand("CPI-FI", "CPI Firenze", "FI", "Viale Guidoni 127, 50127 Firenze", true));
            organisation.createCentre(
                    new CentreCommand("CPI-PI", "CPI Pisa", "PI", "Via Cesare Battisti 14, 56125 Pisa", true));
            organisation.createCentre(
                    new CentreCommand("CPI-SI", "CPI Siena", "SI", "Via delle Sperandie 47, 53100 Siena", true));
        }
        if (organisation.operators().isEmpty()) {
            account("operatore", "Giulia Bianchi", Set.of(Role.OPERATOR), Set.of("CPI-FI"));
            account("coordinatore", "Marco Neri", Set.of(Role.COORDINATOR, Role.OPERATOR), Set.of("CPI-FI"));
            account("amministratore", "Laura Conti", Set.of(Role.ADMIN), Set.of("CPI-FI"));
            account("multicentro", "Paolo Ferri", Set.of(Role.OPERATOR), Set.of("CPI-FI", "CPI-PI", "CPI-SI"));
            account("regionale", "Elena Galli", Set.of(Role.REGIONAL), Set.of("CPI-FI", "CPI-PI", "CPI-SI"));
        }
        if (organisation.operators().stream().noneMatch(o -> o.username().equals("preselezione"))
                && organisation.centre("CPI-FI").isPresent()) {
            // issue 13: the pre-selection operator, also added to a demo database made before it existed
            account("preselezione", "Sara Fontana", Set.of(Role.MATCHING_OPERATOR), Set.of("CPI-FI"));
        }
        if (intakes.currentNotice().isEmpty()) {
            organisation.runAs(
                    "amministratore",
                    () -> intakes.publishNotice(
                            "Informativa sul trattamento dei dati personali — Centri per l’impiego della Toscana",
                            """
                    La Regione Toscana, titolare del trattamento, tratta i tuoi dati personali per erogare i servizi \
                    per il lavoro previsti dal D.Lgs. 150/2015: accoglienza, orientamento, patto di servizio \
                    personalizzato e politiche attive.
                    I dati sono trattati dal personale del Centro per l’impiego e non sono diffusi. Con il tuo consenso, \
                    il tuo curriculum può essere reso visibile alle aziende per l’incontro tra domanda e offerta di \
                    lavoro: puoi dare o revocare questo consenso in ogni momento.
                    Hai diritto di accedere ai tuoi dati, chiederne la rettifica o la limitazione e proporre reclamo al \
                    Garante per la protezione dei dati personali."""));
        }
        if (persons.count() == 0) {
            // all the demo persons or none, so that a restart after a failure starts clean
            organisation.runAs(
                    "operatore",
                    () -> transactions.execute(status -> {
                        persons();
                        return null;
                    }));
        }
        log.info(
                "Demo data ready: log in as operatore, coordinatore, amministratore, multicentro, regionale or preselezione");
    }

    private void account(String username, String name, Set<Role> roles, Set<String> centres) {
        organisation.createOperator(
                new OperatorCommand(username, name, username + "@orienta.demo", EnumSet.copyOf(roles), centres, true),
                PASSWORD);
    }

    private void persons() {
        var notice = intakes.currentNotice().orElseThrow().id();
        var today = LocalDate.now(clock);
        var rossi = person(
                "Mario",
                "Rossi",
                Sex.M,
                LocalDate.of(1985, 3, 14),
                "048017",
                null,
                "100",
                "048017",
                "Via dei Serragli 12",
                "mario.rossi@example.it",
                "+39 333 1234567");
        persons.addEducationTitle(rossi, education("Diploma di qualifica di istituto professionale alberghi", 2004));
        persons.addWorkExperience(
                rossi,
                new WorkExperienceCommand(
                        "Trattoria Da Nello",
                        profession("Camerieri"),
                        LocalDate.of(2015, 4, 1),
                        LocalDate.of(2025, 9, 30),
                        23,
                        "Servizio in sala, 40 coperti."));
        intakes.takeInCharge(
                rossi,
                new IntakeCommand(
                        today.minusDays(20),
                        notice,
                        true,
                        ConsentState.GIVEN,
                        new BigDecimal("0.420"),
                        today.minusDays(20)));

        var popescu = person(
                "Elena",
                "Popescu",
                Sex.F,
                LocalDate.of(1979, 11, 2),
                null,
                "235",
                "235",
                "048033",
                "Via Roma 3",
                "elena.popescu@example.ro",
                "+39 320 7654321");
        persons.addWorkExperience(
                popescu,
                new WorkExperienceCommand(
                        "Famiglia privata",
                        profession("assistenza personale"),
                        LocalDate.of(2012, 1, 10),
                        null,
                        19,
                        "Assistenza a persona anziana non autosufficiente."));
        intakes.takeInCharge(
                popescu, new IntakeCommand(today.minusDays(5), notice, true, ConsentState.REFUSED, null, null));

        var lucia = person(
                "Lucia",
                "Martelli",
                Sex.F,
                LocalDate.of(1998, 6, 25),
                "050026",
                null,
                "100",
                "050026",
                "Lungarno Pacinotti 8",
                null,
                "+39 347 1112223");
        persons.addEducationTitle(lucia, education("Geometri", 2017));
        intakes.takeInCharge(
                lucia, new IntakeCommand(today.minusDays(60), notice, true, ConsentState.GIVEN, null, null));

        var karim = person(
                "Karim",
                "El Amrani",
                Sex.M,
                LocalDate.of(2001, 1, 30),
                null,
                "436",
                "436",
                "100005",
                "Via Pistoiese 210",
                "karim.elamrani@example.com",
                null);
        persons.addWorkExperience(
                karim,
                new WorkExperienceCommand(
                        "Magazzini Prato Srl",
                        profession("magazzin"),
                        LocalDate.of(2021, 3, 1),
                        LocalDate.of(2024, 2, 29),
                        11,
                        null));

        person(
                "Giovanni",
                "D’Angelo",
                Sex.M,
                LocalDate.of(1967, 9, 8),
                "052032",
                null,
                "100",
                "052032",
                "Via di Città 5",
                null,
                null);
        person(
                "Chiara",
                "Niccolai",
                Sex.F,
                LocalDate.of(1990, 12, 1),
                "047014",
                null,
                "100",
                "048017",
                "Via Pistoiese 40",
                "chiara.niccolai@example.it",
                "+39 340 5556667");
    }

    private java.util.UUID person(
            String first,
            String last,
            Sex sex,
            LocalDate born,
            String municipality,
            String country,
            String citizenship,
            String residence,
            String address,
            String email,
            String phone) {
        String belfiore = municipality != null
                ? reference
                        .find(CodeSystem.MUNICIPALITY, municipality)
                        .orElseThrow()
                        .belfiore()
                : reference.find(CodeSystem.COUNTRY, country).orElseThrow().belfiore();
        var city = CityProvider.ofDefault().findByBelfiore(belfiore);
        var code = CodiceFiscale.of(it.kamaladafrica.codicefiscale.Person.builder()
                        .firstname(first)
                        .lastname(last.replace("’", ""))
                        .birthDate(born)
                        .isFemale(sex == Sex.F)
                        .city(city)
                        .build())
                .getValue();
        return persons.register(new PersonCommand(
                        code,
                        first,
                        last,
                        sex,
                        born,
                        municipality,
                        country,
                        citizenship,
                        residence,
                        address,
                        null,
                        null,
                        email,
                        phone,
                        null,
                        EnumSet.of(DrivingLicence.B),
                        List.of(new PersonCommand.LanguageCommand(
                                "it", sex == Sex.F && country != null ? CefrLevel.B2 : CefrLevel.NATIVE))))
                .id();
    }

    private EducationTitleCommand education(String words, int year) {
        var title = reference.search(CodeSystem.EDUCATION_TITLE, words, 1).getFirst();
        return new EducationTitleCommand(title.code(), year, null, "100", null);
    }

    private String profession(String words) {
        return reference.search(CodeSystem.PROFESSION, words, 5).stream()
                .filter(p -> p.level() == 5)
                .findFirst()
                .orElseThrow()
                .code();
    }
}
