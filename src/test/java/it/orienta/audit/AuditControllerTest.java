package it.orienta.audit;

import static it.orienta.audit.AuditMother.FIRENZE;
import static it.orienta.audit.AuditMother.PERSON;
import static it.orienta.audit.AuditMother.PISA;
import static it.orienta.audit.AuditMother.ROSSI;
import static it.orienta.audit.AuditMother.TAX_CODE;
import static it.orienta.audit.AuditMother.change;
import static it.orienta.audit.AuditMother.entry;
import static it.orienta.audit.AuditMother.exceptional;
import static it.orienta.audit.AuditMother.found;
import static it.orienta.audit.AuditMother.inCharge;
import static it.orienta.audit.AuditMother.query;
import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.coordinator;
import static it.orienta.organisation.Logins.operator;
import static it.orienta.organisation.Logins.workingIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.never;

import it.orienta.intake.IntakeService;
import it.orienta.organisation.Logins;
import it.orienta.organisation.OrganisationService;
import it.orienta.organisation.Role;
import it.orienta.person.PersonService;
import it.orienta.system.AuditAction;
import it.orienta.system.DomainEvent;
import it.orienta.web.WebSliceTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(AuditController.class)
@Import(AuditMother.Slice.class)
class AuditControllerTest {

    static final UUID OTHER = UUID.fromString("0b6e1f00-1111-4c2d-9e3f-000000000002");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    OrganisationService organisation;

    @MockitoBean
    AuditLog log;

    @MockitoBean
    PersonService persons;

    @MockitoBean
    IntakeService intakes;

    @BeforeEach
    void centresAndPersons() {
        given(organisation.centres()).willReturn(List.of(FIRENZE, PISA));
        given(organisation.centre("CPI-FI")).willReturn(Optional.of(FIRENZE));
        given(organisation.centre("CPI-PI")).willReturn(Optional.of(PISA));
        given(persons.summaries(anyCollection())).willReturn(Map.of(PERSON, ROSSI));
        given(intakes.currentAt(anyString(), anyInt(), anyInt())).willReturn(List.of());
    }

    @Test
    void anonymousIsSentToTheLoginPage() {
        assertThat(mvc.get().uri("/audit")).hasStatus(302).hasRedirectedUrl("/login");
        then(log).shouldHaveNoInteractions();
    }

    @Test
    void operatorsMayNotBrowseTheLog() {
        assertThat(mvc.get().uri("/audit").with(operator())).hasStatus(403);
        assertThat(mvc.get().uri("/audit/export.csv").with(operator())).hasStatus(403);
        then(log).shouldHaveNoInteractions();
    }

    @Test
    void entriesAreInWordsWithThePersonsNameAndCodiceFiscale() {
        given(log.search(any(), anyInt(), anyInt()))
                .willReturn(List.of(
                        entry(1),
                        change(2, "Person", List.of("taxCode", "email")),
                        new AuditLog.AuditEntry(
                                3,
                                java.time.Instant.parse("2026-11-19T09:00:00Z"),
                                "amministratore",
                                "Laura Conti",
                                null,
                                "ADMIN",
                                "UPDATE",
                                "Centre",
                                "x",
                                null,
                                List.of("address"),
                                null)));

        var result = mvc.get().uri("/audit").with(admin()).exchange();

        assertThat(result)
                .bodyText()
                .contains("21/11/2026 11:15:30", "Giulia Bianchi (operatore)", "CPI Firenze (FI)")
                .contains("Lettura — il fascicolo del lavoratore", "Operatore")
                .contains("Modifica — la scheda anagrafica", "Codice fiscale, E-mail", "Coordinatore, Operatore")
                .contains("Mario Rossi — " + TAX_CODE, "href=\"/audit?person=" + TAX_CODE + "\"")
                .contains("Modifica — un centro per l’impiego", "Amministratore", "Indirizzo")
                .doesNotContain("worker-file", "COORDINATOR,OPERATOR", ">7d1f4a52<");
        then(persons).should().summaries(List.of(PERSON));
    }

    @Test
    void codesWithoutWordsAreShownAsTheyAre() {
        given(log.search(any(), anyInt(), anyInt()))
                .willReturn(List.of(change(3, "SomethingNew", List.of("oddField", "closedOn"))));

        assertThat(mvc.get().uri("/audit").with(admin()))
                .bodyText()
                .contains("Modifica — SomethingNew", "oddField, Data di chiusura");
    }

    @Test
    void englishReadersReadEnglish() {
        given(log.search(any(), anyInt(), anyInt())).willReturn(List.of(entry(1)));

        assertThat(mvc.get()
                        .uri("/audit")
                        .cookie(new jakarta.servlet.http.Cookie("orienta-lang", "en"))
                        .with(admin()))
                .bodyText()
                .contains("Read — the worker file", "Operator");
    }

    @Test
    void coordinatorsSeeTheirCentreAndEveryAccessToItsPersonsFromElsewhereFlagged() {
        given(intakes.currentAt("CPI-FI", 0, AuditSearch.IN_CHARGE_BATCH))
                .willReturn(List.of(inCharge(PERSON, "CPI-FI"), inCharge(OTHER, "CPI-FI")));
        given(log.search(any(), anyInt(), anyInt())).willReturn(List.of(exceptional(2), entry(1)));

        var result = mvc.get().uri("/audit").with(coordinator()).exchange();

        assertThat(result).hasStatusOk().hasViewName("audit/log");
        assertThat(result).model().containsEntry("scope", "CPI-FI").containsEntry("hasMore", false);
        assertThat(result)
                .bodyText()
                .contains("Vedi le voci del centro CPI-FI.", "fatto da operatori di altri centri")
                .contains("Paolo Pisano (pisano)", "CPI Pisa (PI)", "da un altro centro")
                .contains("Lettura — gli incontri", "Motivo dell’accesso straordinario")
                .contains("URGENT: colloquio di lavoro domani");
        then(log).should().search(query("CPI-FI", List.of(PERSON, OTHER)), 0, AuditController.PAGE);
    }

    @Test
    void theReasonColumnAppearsOnlyWhenAnEntryHasOne() {
        given(log.search(any(), anyInt(), anyInt())).willReturn(List.of(entry(1)));

        assertThat(mvc.get().uri("/audit").with(coordinator()))
                .bodyText()
                .doesNotContain("Motivo dell’accesso straordinario", "badge bg-danger");
    }

    @Test
    void aCentreWithManyPersonsInChargeIsReadInBatches() {
        var first = IntStream.range(0, AuditSearch.IN_CHARGE_BATCH + 1)
                .mapToObj(i -> inCharge(UUID.randomUUID(), "CPI-FI"))
                .toList();
        given(intakes.currentAt("CPI-FI", 0, AuditSearch.IN_CHARGE_BATCH)).willReturn(first);
        given(intakes.currentAt("CPI-FI", 1, AuditSearch.IN_CHARGE_BATCH))
                .willReturn(List.of(inCharge(PERSON, "CPI-FI")));
        given(log.search(any(), anyInt(), anyInt())).willReturn(List.of());

        assertThat(mvc.get().uri("/audit").with(coordinator())).hasStatusOk();

        var asked = ArgumentCaptor.forClass(AuditLog.AuditQuery.class);
        then(log).should().search(asked.capture(), eq(0), eq(AuditController.PAGE));
        assertThat(asked.getValue().scopePersons())
                .hasSize(AuditSearch.IN_CHARGE_BATCH + 2)
                .contains(PERSON);
        then(intakes).should(never()).currentAt("CPI-FI", 2, AuditSearch.IN_CHARGE_BATCH);
    }

    @Test
    void aCoordinatorOfSeveralCentresSeesTheChosenOne() {
        var account = Logins.account(
                "coordinatrice", "Sara Galli", EnumSet.of(Role.COORDINATOR), Logins.CENTRE, Logins.OTHER_CENTRE);
        given(log.search(any(), anyInt(), anyInt())).willReturn(List.of());

        assertThat(mvc.get().uri("/audit").with(Logins.as(account)).with(workingIn(Logins.OTHER_CENTRE)))
                .hasStatusOk()
                .bodyText()
                .contains("Vedi le voci del centro CPI-PI.");
        then(log).should().search(query(Logins.OTHER_CENTRE, List.of()), 0, AuditController.PAGE);
    }

    @Test
    void aCoordinatorWithoutCentreSeesNoCentreRatherThanAll() {
        var account = Logins.account("coordinatrice", "Sara Galli", EnumSet.of(Role.COORDINATOR));
        given(log.search(any(), anyInt(), anyInt())).willReturn(List.of());

        assertThat(mvc.get().uri("/audit").with(Logins.as(account))).hasStatusOk();
        then(log).should().search(query("-", List.of()), 0, AuditController.PAGE);
        then(intakes).shouldHaveNoInteractions();
    }

    @Test
    void administratorsSeeEveryCentreWithTheFiltersAsked() {
        given(persons.search(TAX_CODE, null, 0, AuditSearch.MAX_PERSONS)).willReturn(found(ROSSI));
        given(log.search(any(), anyInt(), anyInt())).willReturn(List.of());

        var result = mvc.get()
                .uri(
                        "/audit?person={cf}&username= Operatore &centre=CPI-PI&from=2026-11-01&to=21/11/2026"
                                + "&exceptional=true&page=2",
                        TAX_CODE)
                .with(admin())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("audit/log");
        assertThat(result).model().containsEntry("scope", null).containsEntry("page", 2);
        assertThat(result)
                .bodyText()
                .doesNotContain("Vedi le voci del centro")
                .contains("value=\"" + TAX_CODE + "\"", "value=\" Operatore \"")
                .contains("<option value=\"CPI-PI\" selected=\"selected\">CPI Pisa (PI)</option>")
                .contains("id=\"exceptional\" name=\"exceptional\" value=\"true\" checked=\"checked\"");
        then(log)
                .should()
                .search(
                        new AuditLog.AuditQuery(
                                List.of(PERSON),
                                "operatore",
                                "CPI-PI",
                                LocalDate.of(2026, 11, 1),
                                LocalDate.of(2026, 11, 21),
                                true,
                                null,
                                List.of()),
                        2,
                        AuditController.PAGE);
        then(intakes).shouldHaveNoInteractions();
    }

    @Test
    void aNameFindsEveryPersonItMatches() {
        var bianchi = new it.orienta.person.PersonSummary(OTHER, "BNCLRA85M41D612X", "Laura", "Rossi", null, null);
        given(persons.search("rossi", null, 0, AuditSearch.MAX_PERSONS)).willReturn(found(ROSSI, bianchi));
        given(log.search(any(), anyInt(), anyInt())).willReturn(List.of());

        assertThat(mvc.get().uri("/audit?person=rossi").with(admin())).hasStatusOk();

        then(log)
                .should()
                .search(
                        new AuditLog.AuditQuery(List.of(PERSON, OTHER), null, null, null, null, false, null, null),
                        0,
                        AuditController.PAGE);
    }

    @Test
    void thePagesOwnLinksCarryThePersonsIdWithoutASearch() {
        given(log.search(any(), anyInt(), anyInt())).willReturn(List.of());

        assertThat(mvc.get().uri("/audit?person={id}", PERSON).with(admin())).hasStatusOk();

        then(persons).should(never()).search(any(), any(), anyInt(), anyInt());
        then(log)
                .should()
                .search(
                        new AuditLog.AuditQuery(List.of(PERSON), null, null, null, null, false, null, null),
                        0,
                        AuditController.PAGE);
    }

    @Test
    void aPersonNobodyMatchesIsAMessageAtTheField() {
        given(persons.search("XXXYYY99Z99Z999Z", null, 0, AuditSearch.MAX_PERSONS))
                .willReturn(found());

        var result =
                mvc.get().uri("/audit?person=XXXYYY99Z99Z999Z").with(admin()).exchange();

        assertThat(result).hasStatusOk().hasViewName("audit/log");
        assertThat(result)
                .bodyText()
                .contains("id=\"person-error\"", "Nessuna persona corrisponde a «XXXYYY99Z99Z999Z»")
                .contains("aria-invalid=\"true\"")
                .doesNotContain("Nessun risultato.");
        then(log).shouldHaveNoInteractions();
    }

    @Test
    void aNameThatMatchesTooManyPersonsAsksForMore() {
        given(persons.search("ro", null, 0, AuditSearch.MAX_PERSONS)).willReturn(AuditMother.result(true, ROSSI));

        assertThat(mvc.get().uri("/audit?person=ro").with(admin()))
                .hasStatusOk()
                .bodyText()
                .contains("Più di 100 persone corrispondono a «ro»");
        then(log).shouldHaveNoInteractions();
    }

    @Test
    void wrongDatesAndCentresAreMessagesAtTheirFieldsNotABadRequest() {
        var result = mvc.get()
                .uri("/audit?from=ieri&to=2026-13-01&centre=CPI-XX")
                .with(admin())
                .exchange();

        assertThat(result).hasStatusOk().hasViewName("audit/log");
        assertThat(result)
                .bodyText()
                .contains("id=\"from-error\"", "«ieri» non è una data")
                .contains("id=\"to-error\"", "«2026-13-01» non è una data")
                .contains("id=\"centre-error\"", "Il centro «CPI-XX» non esiste.");
        then(log).shouldHaveNoInteractions();
    }

    @Test
    void anEndBeforeTheStartIsAMessage() {
        assertThat(mvc.get().uri("/audit?from=2026-11-21&to=2026-11-01").with(admin()))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"to-error\"", "La data finale viene prima di quella iniziale.");
        then(log).shouldHaveNoInteractions();
    }

    @Test
    void onePageShowsFiftyEntriesAndLinksTheNextWithTheFilters() {
        var rows = IntStream.rangeClosed(1, 51).mapToObj(AuditMother::entry).toList();
        given(log.search(any(), anyInt(), anyInt())).willReturn(rows);

        var result = mvc.get()
                .uri("/audit?username=operatore&exceptional=true")
                .with(admin())
                .exchange();

        assertThat(result).hasStatusOk().model().containsEntry("hasMore", true);
        assertThat(result)
                .model()
                .extractingByKey("entries")
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .hasSize(50);
        assertThat(result)
                .bodyText()
                .contains("href=\"/audit?person=&amp;username=operatore&amp;centre=&amp;from=&amp;to="
                        + "&amp;exceptional=true&amp;page=1\"");
    }

    @Test
    void aPageThatIsNegativeOrNoNumberIsTheFirst() {
        given(log.search(any(), anyInt(), anyInt())).willReturn(List.of());

        assertThat(mvc.get().uri("/audit?page=-4").with(admin()))
                .hasStatusOk()
                .model()
                .containsEntry("page", 0);
        assertThat(mvc.get().uri("/audit?page=due").with(admin()))
                .hasStatusOk()
                .model()
                .containsEntry("page", 0);
        then(log).should(org.mockito.Mockito.times(2)).search(query(null, List.of()), 0, AuditController.PAGE);
    }

    @Test
    void theExportIsACsvForExcelInItalianAndIsItselfRecorded() {
        willAnswer(call -> {
                    Consumer<AuditLog.AuditEntry> rows = call.getArgument(1);
                    rows.accept(exceptional(2));
                    rows.accept(change(1, "Person", List.of("taxCode", "email")));
                    return null;
                })
                .given(log)
                .stream(any(), any());

        var result = mvc.get()
                .uri("/audit/export.csv?exceptional=true")
                .with(coordinator())
                .exchange();

        assertThat(result)
                .hasStatusOk()
                .hasContentTypeCompatibleWith("text/csv")
                .hasHeader("Content-Disposition", "attachment; filename=\"registro-accessi.csv\"");
        var bytes = result.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        var lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0])
                .isEqualTo("Quando;Chi;Nome utente;Centro;Ruoli;Azione;Dato;Campi;Persona;Codice fiscale;"
                        + "Da un altro centro;Motivo dell’accesso straordinario");
        assertThat(lines[1])
                .isEqualTo("21/11/2026 12:00:00;Paolo Pisano;pisano;CPI Pisa (PI);Operatore;Lettura;gli incontri;;"
                        + "Mario Rossi;" + TAX_CODE + ";Sì;URGENT: colloquio di lavoro domani");
        assertThat(lines[2])
                .isEqualTo("20/11/2026 09:00:00;Marco Neri;coordinatore;CPI Firenze (FI);Coordinatore, Operatore;"
                        + "Modifica;la scheda anagrafica;Codice fiscale, E-mail;Mario Rossi;" + TAX_CODE + ";;");
        then(log).should().stream(
                eq(new AuditLog.AuditQuery(null, null, null, null, null, true, "CPI-FI", List.of())), any());
        var recorded = ArgumentCaptor.forClass(DomainEvent.class);
        then(log).should().recordNow(recorded.capture());
        var line = AuditDescriptions.describe(recorded.getValue());
        assertThat(line.action()).isEqualTo(AuditAction.EXPORT);
        assertThat(line.entityType()).isEqualTo("AuditLog");
        assertThat(line.fields()).containsExactly("exceptional");
        assertThat(recorded.getValue().actor().username()).isEqualTo("coordinatore");
    }

    @Test
    void anExportWithAWrongFilterGoesBackToThePageAndRecordsNothing() {
        assertThat(mvc.get().uri("/audit/export.csv?from=ieri&username=x").with(admin()))
                .hasStatus(303)
                .hasHeader("Location", "/audit?from=ieri&username=x");
        then(log).shouldHaveNoInteractions();
    }

    @Test
    void csvFieldsAreQuotedAndNeverFormulas() {
        assertThat(AuditSearch.field("=1+1")).isEqualTo("'=1+1");
        assertThat(AuditSearch.field("a;b")).isEqualTo("\"a;b\"");
        assertThat(AuditSearch.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(AuditSearch.field(null)).isEmpty();
    }
}
