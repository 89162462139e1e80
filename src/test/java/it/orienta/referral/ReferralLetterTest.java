package it.orienta.referral;

import static org.assertj.core.api.Assertions.assertThat;

import it.orienta.organisation.CentreView;
import it.orienta.person.PersonFixtures;
import it.orienta.web.PdfTemplates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The referral letter: the heading, the recipient, whom and why, the data shared with consent (or none), the due
 * date, the operator's signature line; pages in {@code target/screenshots/348-*}, {@code 349-*}.
 */
class ReferralLetterTest {

    static final UUID PERSON = UUID.fromString("7d1f4a52-8c43-4f0e-9d55-3b2a4c1e0f01");
    static final CentreView FIRENZE = new CentreView(
            UUID.randomUUID(), "CPI-FI", "CPI Firenze", "FI", "Viale Guidoni 127, 50127 Firenze", true, 0);

    final ReferralLetter letter = new ReferralLetter(null, null, null, PdfTemplates.engine());

    static ReferralView referral(boolean consent) {
        return new ReferralView(
                UUID.randomUUID(),
                PERSON,
                "Mario Rossi",
                "CPI-FI",
                ReferralKind.SOCIAL_SERVICES,
                null,
                "Servizio sociale del Comune di Firenze",
                List.of(
                        new ReferralView.Reason(ReferralView.ReasonSource.INDICATOR, null, "Difficoltà abitative"),
                        new ReferralView.Reason(
                                ReferralView.ReasonSource.TEXT, null, "Chiede aiuto per la cura della madre")),
                consent ? EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACTS) : EnumSet.noneOf(DataCategory.class),
                consent,
                LocalDate.of(2026, 12, 20),
                ReferralStatus.SENT,
                Instant.parse("2026-11-20T09:00:00Z"),
                LocalDate.of(2026, 11, 20),
                "Giulia Bianchi",
                LocalDate.of(2026, 11, 21),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                2);
    }

    @Test
    void theLetterSaysToWhomWhomAndWhyWithTheDataSharedAndTheDueDate() {
        var bytes = letter.render(referral(true), PersonFixtures.rossi(PERSON, 1), FIRENZE, Locale.ITALIAN);
        PdfTemplates.screenshots(bytes, "348-referral-letter");
        assertThat(PdfTemplates.pages(bytes)).isEqualTo(1);
        assertThat(PdfTemplates.text(bytes))
                .contains("Regione Toscana", "CPI Firenze (FI)", "Viale Guidoni 127, 50127 Firenze")
                .contains("Alla cortese attenzione di", "Servizio sociale del Comune di Firenze", "Servizi sociali")
                .contains("Data: 21/11/2026")
                .contains("Oggetto: invio di Mario Rossi (codice fiscale " + PersonFixtures.TAX_CODE + ")")
                .contains("Difficoltà abitative", "Chiede aiuto per la cura della madre")
                .contains("Con il consenso della persona vi trasmettiamo questi dati:", "Dati anagrafici", "Recapiti")
                .contains("Vi chiediamo una risposta entro il 20/12/2026.")
                .contains("Per informazioni: Giulia Bianchi, CPI Firenze.", "L’operatore (Giulia Bianchi)");
    }

    @Test
    void withoutConsentTheLetterSharesNoDataAndReadsInEnglish() {
        var bytes = letter.render(referral(false), PersonFixtures.rossi(PERSON, 1), FIRENZE, Locale.ENGLISH);
        PdfTemplates.screenshots(bytes, "349-referral-letter-en");
        assertThat(PdfTemplates.text(bytes))
                .contains("For the attention of", "Re: referral of Mario Rossi")
                .contains("We send you no other data about the person.")
                .doesNotContain("Recapiti", "Contacts");
    }
}
