package it.orienta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Counts read as Italian and English do: "1 minuto", "2 minuti" (ChoiceFormat in the messages, as Spring's
 * MessageSource formats them), and no message puts a bare number before a plural noun.
 */
class MessagePluralsTest {

    static final Locale IT = Locale.ITALIAN;
    static final Locale EN = Locale.ENGLISH;

    /** The application's message source as application.yml configures it. */
    static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void oneMinuteTwoMinutesInBothLanguages() {
        var m = messages();
        assertThat(m.getMessage("agreement.interview.minutes", new Object[] {1}, IT))
                .isEqualTo("1 minuto");
        assertThat(m.getMessage("agreement.interview.minutes", new Object[] {2}, IT))
                .isEqualTo("2 minuti");
        assertThat(m.getMessage("agreement.interview.minutes", new Object[] {1}, EN))
                .isEqualTo("1 minute");
        assertThat(m.getMessage("agreement.interview.minutes", new Object[] {2}, EN))
                .isEqualTo("2 minutes");
        assertThat(m.getMessage("agreement.interview.minutes", new Object[] {0L}, IT))
                .isEqualTo("0 minuti");
    }

    @Test
    void oneEnrolledPersonAndOnePlace() {
        var m = messages();
        assertThat(m.getMessage("guidance.session.places-count", new Object[] {1, 1, 0}, IT))
                .isEqualTo("1 iscritto su 1 posto, 0 in attesa");
        assertThat(m.getMessage("guidance.session.places-count", new Object[] {2, 12, 1}, IT))
                .isEqualTo("2 iscritti su 12 posti, 1 in attesa");
        assertThat(m.getMessage("guidance.session.places-count", new Object[] {1, 1, 0}, EN))
                .isEqualTo("1 enrolled of 1 place, 0 waiting");
    }

    @Test
    void theErrorSummaryCountsTheFieldsToCorrect() {
        var m = messages();
        assertThat(m.getMessage("form.errors.title", new Object[] {1}, IT)).isEqualTo("Correggi 1 campo");
        assertThat(m.getMessage("form.errors.title", new Object[] {5}, IT)).isEqualTo("Correggi 5 campi");
        assertThat(m.getMessage("form.errors.title", new Object[] {1}, EN)).isEqualTo("Correct 1 field");
        assertThat(m.getMessage("form.errors.title", new Object[] {5}, EN)).isEqualTo("Correct 5 fields");
    }

    @Test
    void hoursOfAStandardAgreeWithTheirNumberAndKeepTheirDecimals() {
        var m = messages();
        assertThat(m.getMessage("charter.standard.total.max", new Object[] {"1", 1.0}, IT))
                .isEqualTo("al massimo 1 ora in totale");
        assertThat(m.getMessage("charter.standard.total.max", new Object[] {"1,5", 1.5}, IT))
                .isEqualTo("al massimo 1,5 ore in totale");
        assertThat(m.getMessage("charter.standard.total.between", new Object[] {"0,5", "1", 1.0}, EN))
                .isEqualTo("0,5 to 1 hour in total");
        assertThat(m.getMessage("monitoring.chart.psp.summary", new Object[] {BigDecimal.ONE, 1, 100}, IT))
                .isEqualTo("Nel mese scelto la mediana è di 1 giorno su 1 PSP firmato, il 100% entro 30 giorni.");
    }

    /** Every message with a choice parses and formats for 0, 1, 2 and 1,000 in both languages. */
    @Test
    void everyChoiceFormatsForAnyCount() throws IOException {
        for (var locale : new Locale[] {IT, EN}) {
            var p = MessagesSyncTest.load(locale == IT ? "messages.properties" : "messages_en.properties");
            for (var key : p.stringPropertyNames()) {
                var text = p.getProperty(key);
                if (!text.contains(",choice,")) {
                    continue;
                }
                for (long n : new long[] {0, 1, 2, 1000}) {
                    var args = new Object[10];
                    java.util.Arrays.fill(args, n);
                    assertThatCode(() -> new MessageFormat(text, locale).format(args))
                            .as(locale + " " + key)
                            .doesNotThrowAnyException();
                }
            }
        }
    }

    /**
     * A number placeholder right before a plural noun ("{0} minuti") reads "1 minuti" when the count is one: such a
     * message puts the noun in a choice. The messages listed here are the exceptions, with why.
     */
    @Test
    void noCountStandsBeforeAPluralNounOutsideAChoice() throws IOException {
        var exceptions = Map.ofEntries(
                // limits the rules set, never one: "al massimo 200 caratteri", "da 15 a 480 minuti"
                Map.entry("rule.field.too-long-rule", "limit"),
                Map.entry("rule.field.too-short-rule", "limit"),
                Map.entry("rule.operator.password.too-short", "limit"),
                Map.entry("rule.guidance.session.title.long", "limit"),
                Map.entry("rule.guidance.session.minutes.range", "limit"),
                Map.entry("rule.guidance.session.days.range", "limit"),
                Map.entry("rule.agreement.text.too-long", "limit"),
                Map.entry("rule.profiling.text.too-long", "limit"),
                Map.entry("rule.guidance.outcome.referred-to.long", "limit"),
                Map.entry("rule.guidance.outcome.notes.long", "limit"),
                Map.entry("rule.guidance.audit.section.long", "limit"),
                Map.entry("rule.occupation.text.too-long", "limit"),
                Map.entry("rule.occupation.limit", "limit"),
                Map.entry("rule.request.uri-too-long", "limit"),
                Map.entry("rule.employer.text.too-long", "limit"),
                Map.entry("rule.vacancy.language.too-many", "limit"),
                Map.entry("rule.vacancy.text.too-long", "limit"),
                Map.entry("rule.vacancy-import.file.too-many-rows", "limit"),
                Map.entry("rule.proposal.text.too-long", "limit"),
                Map.entry("rule.selfpromotion.employers.too-many", "limit"),
                Map.entry("rule.caseload.persons.too-many", "limit"),
                Map.entry("rule.caseload.reason.length", "limit"),
                Map.entry("rule.audit.person.too-many", "limit"),
                Map.entry("matching.gap.contract.apprenticeship", "limit"),
                // the standard's minimum and maximum, which may be a dash
                Map.entry("guidance.session.standard", "range"),
                // hours with one decimal ("1,0 ore", "2,5 ore"): a decimal takes the plural
                Map.entry("guidance.audit.engagement.open", "decimal"),
                Map.entry("guidance.audit.engagement.closed", "decimal"),
                Map.entry("guidance.audit.pdf.period", "decimal"),
                // an age
                Map.entry("scouting.age", "age"));
        var it = Pattern.compile("\\{\\d}\\s+(minuti|ore|giorni|iscritti|righe|persone|offerte|incontri|sinonimi"
                + "|pagine|campi|elementi|anni|caratteri|posti|professioni|lingue|aziende|tentativi|risposte|datori"
                + "|settimane|mesi|volte)\\b");
        var en = Pattern.compile("\\{\\d}\\s+(minutes|hours|days|rows|persons|people|vacancies|meetings|synonyms"
                + "|pages|fields|items|years|characters|places|occupations|languages|companies|attempts|answers"
                + "|employers|weeks|months|times)\\b");
        var offending = new TreeMap<String, String>();
        for (var file : new String[] {"messages.properties", "messages_en.properties"}) {
            var p = MessagesSyncTest.load(file);
            var pattern = file.contains("_en") ? en : it;
            for (var key : p.stringPropertyNames()) {
                if (exceptions.containsKey(key)) {
                    continue;
                }
                // the text outside the choices: inside one, "1<{0} minuti" is right
                var outside = p.getProperty(key).replaceAll("\\{\\d,choice,([^{}]|\\{[^{}]*})*}", "");
                var m = pattern.matcher(outside);
                if (m.find()) {
                    offending.put(file + " " + key, m.group());
                }
            }
        }
        assertThat(offending).isEmpty();
    }
}
