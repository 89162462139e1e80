package it.orienta.home;

import static it.orienta.organisation.Logins.operator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import it.orienta.web.WebSliceTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebSliceTest(HomeController.class)
@Import(HomeControllerTest.Worklist.class)
class HomeControllerTest {

    /** Two modules' waiting work, one of them failing, on a fixed day. */
    static class Worklist {
        @Bean
        java.time.Clock clock() {
            return java.time.Clock.fixed(java.time.Instant.parse("2026-11-26T08:00:00Z"), java.time.ZoneOffset.UTC);
        }

        @Bean
        WorklistSource guidance() {
            return (actor, today) -> java.util.List.of(
                    new WorklistItem(
                            WorklistItem.TODAY,
                            java.time.Instant.parse("2026-11-26T10:00:00Z"),
                            "Rossi Mario",
                            "home.item.appointment",
                            java.util.List.of("11:00", "Orientamento di base"),
                            "/appointments/1",
                            false),
                    new WorklistItem(
                            WorklistItem.TODAY,
                            java.time.Instant.parse("2026-11-26T07:30:00Z"),
                            "Neri Anna",
                            "home.item.appointment",
                            java.util.List.of("08:30", "Orientamento di base"),
                            "/appointments/3",
                            false,
                            new WorklistItem.Agenda(
                                    "Anna Neri",
                                    "Orientamento di base",
                                    "Sala 2",
                                    false,
                                    true,
                                    new WorklistItem.Action(
                                            "/persons/4/meetings/start",
                                            true,
                                            java.util.Map.of("appointmentId", "3"),
                                            "home.agenda.start.appointment",
                                            java.util.List.of("Anna Neri")))),
                    new WorklistItem(
                            WorklistItem.CASELOAD,
                            null,
                            null,
                            "home.caseload.link",
                            java.util.List.of("12"),
                            "/caseload",
                            false),
                    new WorklistItem(
                            WorklistItem.MEETINGS,
                            java.time.Instant.parse("2026-11-25T08:00:00Z"),
                            "Verdi Ugo",
                            "home.item.meeting.left-open",
                            java.util.List.of("Orientamento di base", "25/11/2026", "1440", "90"),
                            "/meetings/2",
                            true));
        }

        @Bean
        WorklistSource broken() {
            return (actor, today) -> {
                throw new IllegalStateException("down");
            };
        }
    }

    @Test
    void homeListsEachModulesWaitingWorkBySectionAndSurvivesAFailingSource() {
        var result = mvc.get().uri("/").with(operator()).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("Da fare oggi, 26/11/2026")
                .contains("Appuntamenti e sessioni di oggi (2)")
                .contains("Alle 11:00: Orientamento di base")
                .contains("href=\"/appointments/1\"")
                .contains("Le mie persone (12)", "href=\"/caseload\"")
                .contains("Incontri da chiudere o da registrare (1)")
                .contains("iniziato il 25/11/2026 e mai chiuso")
                .contains("urgente")
                .doesNotContain("Colloqui in corso");
    }

    @Autowired
    MockMvcTester mvc;

    /** The accounts behind the login form (the organisation module's, in the application). */
    @MockitoBean
    UserDetailsService accounts;

    @Test
    void todaysAgendaStartsAnAppointmentInOneClickNamedWithThePersonAndSaysAPastTime() throws Exception {
        var result = mvc.get().uri("/").with(operator()).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("Anna Neri", "Orientamento di base", "Sala 2", "orario passato")
                .contains("action=\"/persons/4/meetings/start\"", "name=\"appointmentId\" value=\"3\"")
                .contains("aria-label=\"Inizia il colloquio con Anna Neri\"");
        // in time order: 08:30 before 11:00
        String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(body.indexOf("Anna Neri"))
                .isLessThan(body.indexOf("Alle 11:00: Orientamento di base"));
    }

    @Test
    void anonymousIsSentToTheLoginPage() {
        assertThat(mvc.get().uri("/")).hasStatus(302).hasRedirectedUrl("/login");
    }

    @Test
    void homeGreetsTheOperator() {
        var result = mvc.get().uri("/").with(operator()).exchange();

        assertThat(result).hasStatusOk().hasViewName("home");
        assertThat(result)
                .bodyText()
                .contains("Buongiorno, Giulia Bianchi")
                .contains("action=\"/logout\"", "name=\"_csrf\"");
    }

    @Test
    void theLoginPageIsOpenToAllWithoutRegionalLogin() {
        var result = mvc.get().uri("/login").exchange();

        assertThat(result).hasStatusOk().hasViewName("login");
        assertThat(result).model().doesNotContainKey("oidcLogin");
        assertThat(result)
                .bodyText()
                .contains("Accedi a Orienta")
                .contains("action=\"/login\"", "name=\"_csrf\"")
                .doesNotContain("/oauth2/authorization/", "action=\"/logout\"");
    }

    @Test
    void theLoginPageExplainsWhyTheLastAttemptFailed() {
        assertThat(mvc.get().uri("/login?error")).bodyText().contains("Nome utente o password non corretti.");
        assertThat(mvc.get().uri("/login?locked")).bodyText().contains("l’account è bloccato per qualche minuto");
        assertThat(mvc.get().uri("/login?logout")).bodyText().contains("Sei uscito da Orienta.");
        assertThat(mvc.get().uri("/login?expired")).bodyText().contains("il tuo account è stato cambiato");
    }

    @Test
    void pagesSpeakEnglishOnRequestAndRememberIt() {
        var result = mvc.get().uri("/login?lang=en").exchange();

        assertThat(result).hasStatusOk().bodyText().contains("<html lang=\"en\">", "Log in to Orienta");
        assertThat(result).cookies().hasValue("orienta-lang", "en");
    }

    @Test
    void aLoginWithoutCsrfTokenIsRefused() {
        assertThat(mvc.post().uri("/login").param("username", "operatore").param("password", "Orienta.2026"))
                .hasStatus(403);
    }

    @Test
    void aGoodLoginOpensHome() {
        given(accounts.loadUserByUsername("operatore"))
                .willReturn(User.withUsername("operatore")
                        .password("{noop}Orienta.2026")
                        .roles("OPERATOR")
                        .build());

        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", "operatore")
                        .param("password", "Orienta.2026")
                        .with(csrf()))
                .hasStatus(302)
                .hasRedirectedUrl("/");
    }

    @Test
    void aWrongPasswordGoesBackToTheLoginPage() {
        given(accounts.loadUserByUsername("operatore"))
                .willReturn(User.withUsername("operatore")
                        .password("{noop}Orienta.2026")
                        .roles("OPERATOR")
                        .build());

        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", "operatore")
                        .param("password", "sbagliata")
                        .with(csrf()))
                .hasStatus(302)
                .hasRedirectedUrl("/login?error");
    }

    @Test
    void anUnknownUserGetsTheSameAnswer() {
        given(accounts.loadUserByUsername(anyString())).willThrow(new UsernameNotFoundException("unknown operator"));

        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", "nessuno")
                        .param("password", "Orienta.2026")
                        .with(csrf()))
                .hasStatus(302)
                .hasRedirectedUrl("/login?error");
    }

    @Test
    void aLockedAccountIsToldSo() {
        given(accounts.loadUserByUsername("operatore"))
                .willReturn(User.withUsername("operatore")
                        .password("{noop}Orienta.2026")
                        .roles("OPERATOR")
                        .accountLocked(true)
                        .build());

        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", "operatore")
                        .param("password", "Orienta.2026")
                        .with(csrf()))
                .hasStatus(302)
                .hasRedirectedUrl("/login?locked");
    }

    @Test
    void logoutWithoutCsrfTokenIsRefused() {
        assertThat(mvc.post().uri("/logout").with(operator())).hasStatus(403);
    }

    @Test
    void logoutEndsTheSession() {
        assertThat(mvc.post().uri("/logout").with(operator()).with(csrf()))
                .hasStatus(302)
                .hasRedirectedUrl("/login?logout");
    }

    /** With the regional identity provider configured, the login page offers it. */
    @Nested
    @Import(RegionalLogin.class)
    class WithRegionalLogin {

        @Test
        void theLoginPageLinksTheRegionalLogin() {
            var result = mvc.get().uri("/login").exchange();

            assertThat(result).hasStatusOk().model().containsEntry("oidcLogin", "/oauth2/authorization/toscana");
            assertThat(result)
                    .bodyText()
                    .contains("href=\"/oauth2/authorization/toscana\"", "Accedi con l’identità regionale");
        }

        @Test
        void theRegionalLoginStartsAtTheProvider() {
            assertThat(mvc.get().uri("/oauth2/authorization/toscana"))
                    .hasStatus(302)
                    .redirectedUrl()
                    .asString()
                    .startsWith("https://idp.regione.toscana.example/authorize?");
        }
    }

    /** Imported by {@link WithRegionalLogin} only (as a {@code @TestConfiguration} it would apply to all). */
    static class RegionalLogin {
        @Bean
        ClientRegistrationRepository clientRegistrations() {
            return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("toscana")
                    .clientId("orienta")
                    .clientSecret("secret")
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid", "email")
                    .authorizationUri("https://idp.regione.toscana.example/authorize")
                    .tokenUri("https://idp.regione.toscana.example/token")
                    .jwkSetUri("https://idp.regione.toscana.example/jwks")
                    .userNameAttributeName("sub")
                    .build());
        }
    }
}
