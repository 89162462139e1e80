package it.orienta.referral;

import it.orienta.organisation.CentreView;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.person.PersonView;
import it.orienta.web.TaggedPdf;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The referral letter to print and hand over or send ({@code profiling/referral-letter-pdf.html}, a PDF tagged for
 * accessibility through {@link TaggedPdf}): the region's and the centre's heading, the recipient, whom the centre
 * refers and why, the data shared with the person's consent, the answer's due date and the operator's signature
 * line. Reading it is a read of the referral, checked and recorded by the record-access policy. Served from the
 * referral's page ({@code /referrals/{id}/letter}) and, through {@link ReferralApiController} so that refusals are
 * problem details, in the REST API ({@code /api/v1/referrals/{id}/letter}), to open and print (inline).
 */
@Controller
class ReferralLetter {

    private final ReferralService referrals;
    private final PersonService persons;
    private final OrganisationService organisation;
    private final ITemplateEngine templates;

    ReferralLetter(
            ReferralService referrals,
            PersonService persons,
            OrganisationService organisation,
            ITemplateEngine templates) {
        this.referrals = referrals;
        this.persons = persons;
        this.organisation = organisation;
        this.templates = templates;
    }

    @GetMapping(value = "/referrals/{id}/letter", produces = MediaType.APPLICATION_PDF_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> letter(@PathVariable UUID id, Locale locale) {
        return response(id, locale);
    }

    /** The letter as an inline PDF answer: the page's and the REST API's ({@link ReferralApiController}). */
    ResponseEntity<byte[]> response(UUID id, Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"invio-" + id + ".pdf\"")
                .body(pdf(id, locale));
    }

    /** The letter of the referral, in {@code locale}'s language (Italian unless English). */
    byte[] pdf(UUID id, Locale locale) {
        var referral = referrals.referral(id);
        var person = persons.view(referral.personId());
        var centre = referral.centreCode() == null
                ? null
                : organisation.centre(referral.centreCode()).orElse(null);
        return render(referral, person, centre, locale);
    }

    byte[] render(ReferralView referral, PersonView person, CentreView centre, Locale locale) {
        var context = new Context(locale);
        context.setVariable("r", referral);
        context.setVariable("person", person);
        context.setVariable("centre", centre);
        context.setVariable("lang", locale.getLanguage().equals("en") ? "en" : "it");
        return TaggedPdf.render(templates.process("profiling/referral-letter-pdf", context), 32 * 1024);
    }
}
