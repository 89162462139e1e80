package it.orienta.scouting;

import it.orienta.organisation.CentreView;
import it.orienta.person.PersonView;
import it.orienta.scouting.Companies.Company;
import it.orienta.web.TaggedPdf;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the self-promotion document ({@code scouting/self-promotion-pdf.html}, well-formed XHTML) into a PDF
 * tagged for accessibility through {@link TaggedPdf}: the centre's heading, the person's professions, one block per
 * company (sector, address, contacts, why it may be interested, a line to note the contact), and what to say.
 */
@Component
class SelfPromotionPdf {

    private final ITemplateEngine templates;

    SelfPromotionPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(
            PersonView person,
            CentreView centre,
            List<String> professions,
            List<Company> companies,
            LocalDate today,
            Locale locale) {
        var context = new Context(locale);
        context.setVariable("person", person);
        context.setVariable("centre", centre);
        context.setVariable("professions", professions);
        context.setVariable("companies", companies);
        context.setVariable("today", today);
        context.setVariable("lang", locale.getLanguage().equals("en") ? "en" : "it");
        return TaggedPdf.render(templates.process("scouting/self-promotion-pdf", context), 48 * 1024);
    }
}
