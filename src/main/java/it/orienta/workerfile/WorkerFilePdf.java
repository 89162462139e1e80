package it.orienta.workerfile;

import it.orienta.intake.IntakeView;
import it.orienta.organisation.CentreView;
import it.orienta.person.PersonView;
import it.orienta.system.Rome;
import it.orienta.web.TaggedPdf;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the worker file as a PDF ({@code workerfile/pdf.html}, well-formed XHTML) tagged for accessibility through
 * {@link TaggedPdf}: the region's and the centre's heading, the person's identity and contacts, the intakes, and the
 * timeline of the period asked for (or the whole file), oldest first, in a table whose header repeats on each page.
 */
@Component
class WorkerFilePdf {

    private final ITemplateEngine templates;

    WorkerFilePdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * What the document shows.
     *
     * @param from the period's first day, or null for the file's beginning
     * @param to the period's last day, or null for today
     * @param places the labels of the person's municipality and country codes
     */
    record Content(
            PersonView person,
            CentreView centre,
            List<IntakeView> intakes,
            List<TimelineEntry> timeline,
            LocalDate from,
            LocalDate to,
            Instant exportedAt,
            Map<String, String> places) {}

    byte[] render(Content content, Locale locale) {
        var context = new Context(locale);
        context.setVariable("c", content);
        context.setVariable("p", content.person());
        context.setVariable("centre", content.centre());
        context.setVariable("zone", Rome.ZONE.getId());
        context.setVariable("lang", locale.getLanguage().equals("en") ? "en" : "it");
        return TaggedPdf.render(templates.process("workerfile/pdf", context), 48 * 1024);
    }
}
