package it.orienta.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.organisation.CentreView;
import it.orienta.person.PersonFixtures;
import it.orienta.web.PdfTemplates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The convocation letter: the heading, the person, the day, time, place and operator, what to bring, how to move or
 * cancel it; pages in {@code target/screenshots/360-*} and {@code 361-*}.
 */
class ConvocationTest {

    static final UUID PERSON = UUID.fromString("0b6f0a3e-2f4c-4e7a-9a51-6e3c2d1f0a77");
    static final CentreView FIRENZE = new CentreView(
            UUID.randomUUID(), "CPI-FI", "CPI Firenze", "FI", "Viale Guidoni 127, 50127 Firenze", true, 0);

    final GuidanceController.Convocations convocations =
            new GuidanceController.Convocations(null, null, null, null, PdfTemplates.engine(), null);

    static AppointmentView appointment(boolean remote) {
        return new AppointmentView(
                UUID.randomUUID(),
                PERSON,
                UUID.randomUUID(),
                "Giulia Bianchi",
                "CPI-FI",
                "A05",
                Instant.parse("2026-12-14T09:30:00Z"),
                60,
                remote,
                remote ? "https://meet.example.it/cpi-fi-42" : "Viale Guidoni 127, Firenze, stanza 4",
                AppointmentView.Status.SCHEDULED,
                null,
                null,
                List.of(),
                1);
    }

    @Test
    void theLetterSaysWhenWhereWithWhomWhatToBringAndHowToCancelOnOnePage() {
        var bytes = convocations.render(
                appointment(false),
                PersonFixtures.rossi(PERSON, 1),
                FIRENZE,
                "Patto di servizio personalizzato",
                LocalDate.of(2026, 12, 7),
                Locale.ITALIAN);
        PdfTemplates.screenshots(bytes, "360-convocation");
        assertThat(PdfTemplates.pages(bytes)).isEqualTo(1);
        assertThat(PdfTemplates.text(bytes).replaceAll("\\s+", " "))
                .contains("Regione Toscana", "CPI Firenze (FI)", "Viale Guidoni 127, 50127 Firenze")
                .contains("Gentile Mario Rossi", "Codice fiscale " + PersonFixtures.TAX_CODE, "Data: 07/12/2026")
                .contains("Oggetto: convocazione per Patto di servizio personalizzato")
                .contains("Giorno lunedì 14 dicembre 2026", "Ora 10:30 (durata prevista: 60 minuti)")
                .contains("Luogo Viale Guidoni 127, Firenze, stanza 4", "Operatore Giulia Bianchi")
                .contains("Cosa portare", "un documento d’identità valido", "il curriculum vitae, se lo ha")
                .contains("Se non può venire", "al CPI Firenze o all’operatore Giulia Bianchi")
                .contains("D.lgs. 150/2015", "L’operatore (Giulia Bianchi)")
                .doesNotContain("microfono");
    }

    @Test
    void aRemoteAppointmentGivesTheLinkAndAsksForADeviceInEnglishToo() {
        var bytes = convocations.render(
                appointment(true),
                PersonFixtures.rossi(PERSON, 1),
                FIRENZE,
                "Personalised service agreement",
                LocalDate.of(2026, 12, 7),
                Locale.ENGLISH);
        PdfTemplates.screenshots(bytes, "361-convocation-en");
        assertThat(PdfTemplates.text(bytes).replaceAll("\\s+", " "))
                .contains("Re: invitation to Personalised service agreement")
                .contains("Monday 14 December 2026", "Remote: https://meet.example.it/cpi-fi-42")
                .contains("a phone or computer with a microphone and camera")
                .contains("If you cannot come");
    }
}
