package it.orienta.occupation;

import static it.orienta.organisation.Logins.admin;
import static it.orienta.organisation.Logins.operator;
import static it.orienta.web.WebSlice.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.person.PersonFixtures;
import it.orienta.person.PersonService;
import it.orienta.reference.ProfessionGlossary;
import it.orienta.reference.ReferenceService;
import it.orienta.system.CaseAccessDeniedException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import it.orienta.web.WebSliceTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest({OccupationController.class, OccupationApiController.class})
class OccupationControllerTest {

    static final UUID PERSON = UUID.fromString("00000000-0000-0000-0000-00000000a110");
    static final UUID OCC = UUID.fromString("00000000-0000-0000-0000-00000000a111");
    static final String PAGE = "/persons/" + PERSON + "/occupations";
    static final String API = "/api/v1/persons/" + PERSON + "/occupations";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    OccupationService service;

    @MockitoBean
    PersonService persons;

    @MockitoBean
    ReferenceService reference;

    @MockitoBean
    ProfessionGlossary glossary;

    static DesiredOccupationView waiter() {
        return new DesiredOccupationView(
                OCC,
                PERSON,
                "5.2.2.3.2",
                "Camerieri di ristorante",
                true,
                false,
                false,
                TODAY,
                23,
                "Sala",
                4,
                2024,
                false,
                "",
                "HACCP",
                "",
                Instant.EPOCH,
                1);
    }

    @BeforeEach
    void fixtures() {
        given(persons.view(PERSON)).willReturn(PersonFixtures.rossi(PERSON, 0));
        given(service.today()).willReturn(TODAY);
        given(service.availability(PERSON))
                .willReturn(new Availability.View(PERSON, null, null, List.of(), null, null, 0));
        given(service.regionalText(any())).willReturn("SEP: 23 - Servizi turistici\nCompetenze specifiche: Sala");
    }

    @Test
    void thePageNeedsALoginThePolicysConsentAndItsFormsTheCsrfToken() {
        assertThat(mvc.get().uri(PAGE)).hasStatus(302).hasRedirectedUrl("/login");
        given(service.list(PERSON)).willThrow(new CaseAccessDeniedException("access.role", PERSON, null));
        assertThat(mvc.get().uri(PAGE).with(admin())).hasStatus(403);
        assertThat(mvc.post().uri(PAGE).with(operator()).param("profession", "5.2.2.3.2"))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/persons/" + PERSON + "/availability")
                        .with(operator())
                        .param("version", "0"))
                .hasStatus(403);
        then(service).should(org.mockito.Mockito.never()).add(any(), any());
    }

    @Test
    void thePageListsTheOccupationsWithTheRegionalTextItsReadFirst() {
        given(service.list(PERSON)).willReturn(List.of(waiter()));
        var result = mvc.get().uri(PAGE).with(operator()).exchange();
        assertThat(result).hasStatusOk().hasViewName("occupation/page");
        assertThat(result)
                .bodyText()
                .contains("Camerieri di ristorante", "5.2.2.3.2", "Professioni (1 di 3)")
                .contains("readonly", "SEP: 23 - Servizi turistici")
                .contains("role=\"combobox\"", "aria-controls=\"profession-listbox\"")
                .contains("<label for=\"interviewDate\"", "Salva la disponibilità");
        var order = org.mockito.Mockito.inOrder(service, persons);
        order.verify(service).list(PERSON); // the occupations' read is the one the policy records
        order.verify(persons).view(PERSON);
    }

    @Test
    void addingResolvesTheChosenEntryAndRefusalsShowAtTheirFieldsOrAsTheLimit() {
        given(service.add(eq(PERSON), any())).willReturn(waiter());
        assertThat(mvc.post()
                        .uri(PAGE)
                        .with(operator())
                        .with(csrf())
                        .param("profession", "Camerieri di ristorante · 5.2.2.3.2")
                        .param("fromWork", "true")
                        .param("interviewDate", "2026-11-20"))
                .hasStatus(302);
        then(service)
                .should()
                .add(
                        eq(PERSON),
                        org.mockito.ArgumentMatchers.argThat(
                                c -> c.professionCode().equals("5.2.2.3.2")));

        given(service.add(eq(PERSON), any()))
                .willThrow(RuleViolationException.of(List.of(
                        RuleViolationException.Violation.of("occupation.source.required", "sources"),
                        RuleViolationException.Violation.of(
                                "occupation.interview-date.future", "interviewDate", "2027-01-01"))));
        var refused = mvc.post()
                .uri(PAGE)
                .with(operator())
                .with(csrf())
                .param("profession", "5.2.2.3.2")
                .param("interviewDate", "2027-01-01")
                .exchange();
        assertThat(refused).hasStatusOk();
        assertThat(refused)
                .bodyText()
                .contains("id=\"sources-error\"", "Indica almeno una fonte")
                .contains("id=\"interviewDate-error\"", "non può essere futura");

        given(service.add(eq(PERSON), any()))
                .willThrow(new OccupationLimitException(List.of("A (1.1.1.1.1)", "B (2.2.2.2.2)", "C (3.3.3.3.3)")));
        assertThat(mvc.post()
                        .uri(PAGE)
                        .with(operator())
                        .with(csrf())
                        .param("profession", "5.2.2.3.2")
                        .param("fromWork", "true"))
                .bodyText()
                .contains("id=\"limit-error\"", "A (1.1.1.1.1); B (2.2.2.2.2); C (3.3.3.3.3)");
    }

    @Test
    void theApiAddsWithAnEtagRefusesAFourthAndNeedsIfMatchToChange() {
        assertProblem(mvc.get().uri(API).exchange(), 401, "auth.required");
        given(service.add(eq(PERSON), any())).willReturn(waiter());
        var added = mvc.post()
                .uri(API)
                .with(operator())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"professionCode\":\"5.2.2.3.2\",\"fromWork\":true,\"interviewDate\":\"2026-11-20\"}")
                .exchange();
        assertThat(added).hasStatus(201).hasHeader("ETag", "\"1\"");
        assertThat(added).bodyJson().extractingPath("$.regionalText").asString().startsWith("SEP: 23");

        given(service.add(eq(PERSON), any())).willThrow(new OccupationLimitException(List.of("A", "B", "C")));
        assertProblem(
                mvc.post()
                        .uri(API)
                        .with(operator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"professionCode\":\"5.4.4.3.0\",\"fromWork\":true}")
                        .exchange(),
                409,
                "occupation.limit");
        assertProblem(
                mvc.put()
                        .uri(API + "/" + OCC)
                        .with(operator())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"professionCode\":\"5.4.4.3.0\"}")
                        .exchange(),
                422,
                "version.required");
        given(service.change(eq(PERSON), eq(OCC), eq(1L), any())).willThrow(new StaleVersionException(2, waiter()));
        assertThat(mvc.put()
                        .uri(API + "/" + OCC)
                        .with(operator())
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"professionCode\":\"5.4.4.3.0\",\"fromWork\":true}"))
                .hasStatus(409);
        assertThat(mvc.delete().uri(API + "/" + OCC).with(operator()).header("If-Match", "\"1\""))
                .hasStatus(204);
        then(service).should().remove(PERSON, OCC, 1L);
        given(service.list(PERSON)).willThrow(new CaseAccessDeniedException("access.role", PERSON, null));
        assertThat(mvc.get().uri(API).with(admin())).hasStatus(403);
    }
}
