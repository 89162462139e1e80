package it.orienta.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.orienta.CaseAtCentre;
import it.orienta.OrientaModuleTest;
import it.orienta.Persons;
import it.orienta.intake.ConsentState;
import it.orienta.intake.IntakeService;
import it.orienta.notification.NotificationService;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonCommand;
import it.orienta.person.PersonService;
import it.orienta.person.Sex;
import it.orienta.proposal.ProposalCommands.AcceptRequest;
import it.orienta.proposal.ProposalCommands.DeclineRequest;
import it.orienta.proposal.ProposalCommands.Propose;
import it.orienta.proposal.ProposalCommands.RecordAnswer;
import it.orienta.proposal.ProposalCommands.RecordOutcome;
import it.orienta.proposal.ProposalCommands.SendCandidature;
import it.orienta.proposal.ProposalEvents.CandidatureSent;
import it.orienta.proposal.ProposalEvents.ProposalAnswered;
import it.orienta.proposal.ProposalEvents.ProposalMade;
import it.orienta.proposal.ProposalEvents.ProposalOutcomeRecorded;
import it.orienta.proposal.ProposalEvents.ProposalRequestAnswered;
import it.orienta.proposal.ProposalEvents.ProposalRequested;
import it.orienta.proposal.ProposalTerms.Answer;
import it.orienta.proposal.ProposalTerms.CandidatureTo;
import it.orienta.proposal.ProposalTerms.Channel;
import it.orienta.proposal.ProposalTerms.Outcome;
import it.orienta.proposal.ProposalTerms.RequestStatus;
import it.orienta.proposal.ProposalTerms.Status;
import it.orienta.reference.ReferenceService;
import it.orienta.system.CaseAccessDeniedException;
import it.orienta.system.DuplicateException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.vacancy.EmployerService;
import it.orienta.vacancy.VacancyService;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyView;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The proposal module with the modules it needs, on the embedded PostgreSQL: a proposal made to a person of the
 * centre, its steps to HIRED with their facts and the message queued to the person; the refusals with their codes
 * (duplicate, vacancy closed, consent, not in charge, the steps' order, a stale version); another centre's operator
 * and a pre-selection operator making requests that the centre in charge accepts or declines.
 */
@OrientaModuleTest(extraIncludes = {"database", "system", "access", "audit"})
class ProposalModuleTest {

    @Autowired
    ProposalService proposals;

    @Autowired
    ProposalRequests requests;

    @Autowired
    PersonService persons;

    @Autowired
    IntakeService intakes;

    @Autowired
    OrganisationService organisation;

    @Autowired
    ReferenceService reference;

    @Autowired
    EmployerService employers;

    @Autowired
    VacancyService vacancies;

    @Autowired
    NotificationService notifications;

    @Autowired
    ProposalWorklist worklist;

    @Autowired
    it.orienta.matching.Matching matching;

    CaseAtCentre a;
    CaseAtCentre b;
    Market market;

    @BeforeEach
    void setUp() throws Exception {
        // the test's mock request would keep the record-access policy's decisions across the users each test plays
        RequestContextHolder.resetRequestAttributes();
        a = new CaseAtCentre(organisation, persons, intakes, reference);
        b = new CaseAtCentre(organisation, persons, intakes, reference);
        market = new Market(organisation, employers, vacancies, reference, a.centre);
    }

    private static Propose propose(VacancyView v, UUID person) {
        return new Propose(v.id(), person, Channel.PHONE, LocalDate.now(), "");
    }

    private static String code(Throwable e) {
        return ((RuleViolationException) e).code();
    }

    @Test
    void aProposalGoesToHiredWithItsFactsAndTheMessageToThePerson(AssertablePublishedEvents events) {
        var vacancy = market.vacancy("Aiuto cuoco");
        UUID person = a.person("Assunto", LocalDate.of(1990, 1, 1));
        // matching's profile follows the intake after its commit: once it does, the proposal stores the snapshot
        var wanted = List.of(ProposalMaking.wanted(vacancy));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> scores(person, wanted));
        var made = a.as(() -> proposals.propose(propose(vacancy, person)));
        assertThat(made.request()).isNull();
        var p = made.proposal();
        assertThat(p.status()).isEqualTo(Status.PROPOSED);
        assertThat(p.centreCode()).isEqualTo(a.centre);
        assertThat(p.vacancyTitle()).isEqualTo("Aiuto cuoco");
        assertThat(p.next()).isEqualTo(ProposalView.Next.ANSWER);
        assertThat(p.matchScore()).isNotNull(); // the match's snapshot, for tuning the weights from outcomes
        assertThat(p.weightsVersion()).isNotBlank();
        assertThat(events.ofType(ProposalMade.class)
                        .matching(e -> e.proposalId().equals(p.id())))
                .hasSize(1);
        var message = a.as(() -> notifications.messages(person)).stream()
                .filter(m -> m.dedupKey().equals("proposal:" + p.id()))
                .findFirst()
                .orElseThrow();
        assertThat(message.subject()).contains("Aiuto cuoco");
        assertThat(message.body()).contains("Trattoria Aiuto cuoco", "Tempo determinato");

        var answered = a.as(() -> proposals.answer(
                p.id(), new RecordAnswer(Answer.INTERESTED, LocalDate.now(), null, null), p.version()));
        var sent = a.as(() -> proposals.sendCandidature(
                p.id(), new SendCandidature(LocalDate.now(), CandidatureTo.EMPLOYER, "e-mail"), answered.version()));
        assertThatThrownBy(() -> a.as(() -> proposals.sendCandidature(
                        p.id(), new SendCandidature(LocalDate.now(), CandidatureTo.EMPLOYER, ""), answered.version())))
                .isInstanceOf(StaleVersionException.class);
        var hired = a.as(() -> proposals.recordOutcome(
                p.id(),
                new RecordOutcome(
                        Outcome.HIRED, LocalDate.now(), null, ContractType.PERMANENT, LocalDate.now(), null, null),
                sent.version()));
        assertThat(hired.status()).isEqualTo(Status.HIRED);
        assertThat(hired.hired()).isTrue();
        assertThat(hired.steps()).hasSize(4);
        assertThat(events.ofType(ProposalAnswered.class)
                        .matching(e -> e.proposalId().equals(p.id())))
                .hasSize(1);
        assertThat(events.ofType(CandidatureSent.class)
                        .matching(e -> e.proposalId().equals(p.id())))
                .hasSize(1);
        assertThat(events.ofType(ProposalOutcomeRecorded.class)
                        .matching(e -> e.outcome() == Outcome.HIRED && e.contract() == ContractType.PERMANENT))
                .hasSize(1);
        var measure = a.as(() -> proposals.measure(person));
        assertThat(measure.proposals()).isEqualTo(1);
        assertThat(measure.latest().status()).isEqualTo(Status.HIRED);
        assertThat(a.as(() -> proposals.ofPerson(person)))
                .extracting(ProposalView::id)
                .containsExactly(p.id());
        assertThat(market.as(() -> proposals.ofVacancy(vacancy.id())))
                .singleElement()
                .satisfies(v -> assertThat(v.steps()).isEmpty()); // another centre's reader: no history
        // another centre may not read the person's proposals
        assertThatThrownBy(() -> b.as(() -> proposals.ofPerson(person))).isInstanceOf(CaseAccessDeniedException.class);
    }

    @Test
    void theSameVacancyTwiceAClosedVacancyNoConsentAndNoChargeAreRefusedWithTheirCodes() {
        var vacancy = market.vacancy("Cameriere");
        UUID person = a.person("Doppio", LocalDate.of(1991, 2, 2));
        a.as(() -> proposals.propose(propose(vacancy, person)));
        assertThatThrownBy(() -> a.as(() -> proposals.propose(propose(vacancy, person))))
                .isInstanceOf(DuplicateException.class)
                .satisfies(e -> assertThat(code(e)).isEqualTo("proposal.duplicate"));
        // nor may another centre ask for it meanwhile
        assertThatThrownBy(() -> b.as(() -> proposals.propose(propose(vacancy, person))))
                .isInstanceOf(DuplicateException.class);

        var closed = market.suspend(market.vacancy("Lavapiatti"));
        assertThatThrownBy(() -> a.as(() -> proposals.propose(propose(closed, person))))
                .satisfies(e -> assertThat(code(e)).isEqualTo("proposal.vacancy-closed"));

        UUID withdrawn = a.person("Revocato", LocalDate.of(1992, 3, 3));
        a.as(() -> intakes.recordConsent(withdrawn, ConsentState.WITHDRAWN));
        assertThatThrownBy(() -> a.as(() -> proposals.propose(propose(vacancy, withdrawn))))
                .satisfies(e -> assertThat(code(e)).isEqualTo("proposal.consent"));

        UUID nobody = a.as(() -> persons.register(new PersonCommand(
                        Persons.taxCode("Prova", "Libero", LocalDate.of(1993, 4, 4), false, "D612"),
                        "Prova",
                        "Libero",
                        Sex.M,
                        LocalDate.of(1993, 4, 4),
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
                        List.of()))
                .id());
        assertThatThrownBy(() -> a.as(() -> proposals.propose(propose(vacancy, nobody))))
                .satisfies(e -> assertThat(code(e)).isEqualTo("proposal.not-in-charge"));
        assertThat(a.as(() -> proposals.ofPerson(person))).hasSize(1); // nothing else was saved
    }

    @Test
    void anotherCentreAsksAndTheCentreInChargeAcceptsOrDeclines(AssertablePublishedEvents events) {
        var cook = market.vacancy("Cuoco capopartita");
        var waiter = market.vacancy("Cameriere di sala");
        UUID person = a.person("Richiesta", LocalDate.of(1988, 5, 5));

        // an operator of centre B: a request to A, no proposal
        var asked =
                b.as(() -> proposals.propose(new Propose(cook.id(), person, Channel.EMAIL, LocalDate.now(), "Adatta")));
        assertThat(asked.proposal()).isNull();
        var request = asked.request();
        assertThat(request.toCentre()).isEqualTo(a.centre);
        assertThat(request.fromCentre()).isEqualTo(b.centre);
        assertThat(events.ofType(ProposalRequested.class)
                        .matching(e -> e.requestId().equals(request.id())))
                .hasSize(1);
        assertThat(a.as(() -> requests.incoming(50)))
                .extracting(RequestView::id)
                .contains(request.id());
        assertThat(a.as(() -> proposals.ofPerson(person))).isEmpty();
        // B cannot answer its own request: the case is A's
        assertThatThrownBy(
                        () -> b.as(() -> requests.decline(request.id(), new DeclineRequest("no"), request.version())))
                .isInstanceOf(CaseAccessDeniedException.class);

        var proposal = a.as(() ->
                requests.accept(request.id(), new AcceptRequest(Channel.PHONE, LocalDate.now()), request.version()));
        assertThat(proposal.centreCode()).isEqualTo(a.centre);
        assertThat(proposal.requestId()).isEqualTo(request.id());
        var answered = b.as(() -> requests.request(request.id()));
        assertThat(answered.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(answered.proposalId()).isEqualTo(proposal.id());
        assertThat(b.as(() -> requests.recentlyAnswered(10)))
                .extracting(RequestView::id)
                .contains(request.id());

        // a pre-selection operator of A also asks (the case is the operators'); A declines with a reason
        var second = market.as(() -> proposals.propose(propose(waiter, person))).request();
        assertThat(second).isNotNull();
        assertThatThrownBy(() -> a.as(() -> requests.decline(second.id(), new DeclineRequest(" "), second.version())))
                .satisfies(e -> assertThat(code(e)).isEqualTo("proposal.request.reason.required"));
        var declined = a.as(() -> requests.decline(second.id(), new DeclineRequest("Già occupata"), second.version()));
        assertThat(declined.status()).isEqualTo(RequestStatus.DECLINED);
        assertThat(declined.declineReason()).isEqualTo("Già occupata");
        assertThat(events.ofType(ProposalRequestAnswered.class).matching(e -> !e.accepted()))
                .hasSize(1);
        assertThat(a.as(() -> proposals.ofPerson(person))).hasSize(1);
    }

    @Test
    void theHomePageListsAnswersAwaitedAfterAWeekAndRequestsFromOtherCentres() {
        var old = market.vacancy("Commesso");
        var fresh = market.vacancy("Magazziniere");
        var asked = market.vacancy("Autista");
        UUID person = a.person("Attesa", LocalDate.of(1985, 6, 6));
        a.as(() -> proposals.propose(
                new Propose(old.id(), person, Channel.LETTER, LocalDate.now().minusDays(10), "")));
        a.as(() -> proposals.propose(propose(fresh, person)));
        b.as(() -> proposals.propose(propose(asked, person)));
        var items = a.as(() ->
                worklist.worklist(organisation.runAs(a.username, () -> a.as(() -> current())), LocalDate.now()));
        assertThat(items).allMatch(i -> i.section().equals("proposals"));
        assertThat(items)
                .filteredOn(i -> i.messageKey().equals("worklist.proposal.answer"))
                .extracting(i -> i.args().getFirst())
                .containsExactly("Commesso"); // the fresh one is not due yet
        assertThat(items)
                .filteredOn(i -> i.messageKey().equals("worklist.proposal.request"))
                .extracting(i -> i.args().getFirst())
                .containsExactly("Autista");
    }

    @Autowired
    it.orienta.organisation.CurrentActor currentActor;

    private it.orienta.system.Actor current() {
        return currentActor.actor();
    }

    private boolean scores(UUID person, List<it.orienta.matching.Wanted> wanted) {
        try {
            return !a.as(() -> matching.score(person, wanted)).isEmpty();
        } catch (RuleViolationException e) {
            return false; // the profile does not know the intake yet
        }
    }
}
