package it.orienta.vacancyfeed;

import it.orienta.person.CefrLevel;
import it.orienta.person.DrivingLicence;
import it.orienta.vacancy.EmployerCommand;
import it.orienta.vacancy.VacancyCommand;
import it.orienta.vacancy.VacancyTerms.ContractType;
import it.orienta.vacancy.VacancyTerms.SizeBand;
import it.orienta.vacancy.VacancyTerms.Source;
import it.orienta.vacancy.VacancyTerms.Status;
import it.orienta.vacancy.VacancyTerms.WorkingTime;
import it.orienta.vacancy.VacancyView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The feed's items as the vacancy module's commands ({@link Source#REGIONAL_FEED}, the regional id as external id).
 * The contract's terms are VacancyTerms' names; a term the vocabulary does not know rejects the item
 * ({@link FeedSink.Rejected} "vacancyfeed.term.unknown"). What the employer has no field for (legal form, PEC, a
 * partita IVA other than the tax code) goes to its notes, the postal code to its address; what the vacancy has no field
 * for (months of the contract, weekly hours, field of education) to the last line of its description.
 */
final class FeedMapping {

    private FeedMapping() {}

    static EmployerCommand employer(FeedEmployer e) {
        var notes = new ArrayList<String>();
        if (present(e.legalForm()))
            notes.add("Forma giuridica: " + e.legalForm().strip());
        if (present(e.vatNumber()) && !e.vatNumber().strip().equalsIgnoreCase(strip(e.taxCode()))) {
            notes.add("Partita IVA: " + e.vatNumber().strip());
        }
        if (present(e.pec())) notes.add("PEC: " + e.pec().strip());
        String address = strip(e.address());
        if (present(e.postalCode()) && !address.contains(e.postalCode().strip())) {
            address = address.isEmpty()
                    ? e.postalCode().strip()
                    : address + ", " + e.postalCode().strip();
        }
        return new EmployerCommand(
                e.taxCode(),
                e.name(),
                e.atecoCode(),
                e.municipalityCode(),
                address,
                present(e.email()) ? e.email() : e.pec(),
                e.phone(),
                e.contactPerson(),
                term(SizeBand.class, e.sizeBand(), "sizeBand"),
                String.join(" · ", notes),
                Source.REGIONAL_FEED,
                e.externalId());
    }

    static VacancyCommand vacancy(FeedVacancy v, UUID employerId) {
        var licences = new ArrayList<DrivingLicence>();
        for (var l : v.drivingLicences() == null ? List.<String>of() : v.drivingLicences()) {
            licences.add(term(DrivingLicence.class, l, "drivingLicences"));
        }
        var languages = new ArrayList<VacancyView.Language>();
        for (var l : v.languages() == null ? List.<FeedVacancy.Language>of() : v.languages()) {
            if (l == null) continue;
            var level = term(CefrLevel.class, l.level(), "languages");
            if (level == null) {
                throw new FeedSink.Rejected("vacancyfeed.term.unknown languages " + l.code() + ": no level");
            }
            languages.add(new VacancyView.Language(l.code(), level));
        }
        return new VacancyCommand(
                employerId,
                v.professionCode(),
                v.title(),
                description(v),
                v.posts(),
                v.municipalityCode(),
                term(ContractType.class, v.contractType(), "contractType"),
                term(WorkingTime.class, v.workingTime(), "workingTime"),
                v.startDate(),
                v.publishedOn(),
                v.expiresOn(),
                new VacancyView.Requirements(v.educationLevel(), licences, languages, v.experienceYears()),
                v.reservedL68(),
                Source.REGIONAL_FEED,
                v.externalId());
    }

    /** The status the regional system gives; OPEN when it gives none. */
    static Status status(FeedVacancy v) {
        var status = term(Status.class, v.status(), "status");
        return status == null ? Status.OPEN : status;
    }

    /** The description with the facts the vacancy has no field for, in a last line, when they fit. */
    static String description(FeedVacancy v) {
        var extra = new ArrayList<String>();
        if (v.contractMonths() != null) extra.add("Durata del contratto: " + v.contractMonths() + " mesi");
        if (v.weeklyHours() != null) extra.add("Ore settimanali: " + v.weeklyHours());
        if (present(v.educationField()))
            extra.add("Indirizzo di studio: " + v.educationField().strip());
        String text = strip(v.description());
        if (extra.isEmpty()) return text;
        String line = String.join(" · ", extra);
        String joined = text.isEmpty() ? line : text + "\n\n" + line;
        return joined.length() <= 4000 ? joined : text;
    }

    /** The enum constant named {@code value}; null for none; rejects a name the vocabulary does not know. */
    static <E extends Enum<E>> E term(Class<E> type, String value, String field) {
        if (!present(value)) return null;
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FeedSink.Rejected("vacancyfeed.term.unknown " + field + ": " + value.strip());
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
