package it.orienta.scouting;

import it.orienta.occupation.DesiredOccupationView;
import it.orienta.occupation.OccupationDirectory;
import it.orienta.organisation.CentreView;
import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.reference.ReferenceService;
import it.orienta.system.CaseAccess;
import it.orienta.system.Rome;
import it.orienta.system.RuleViolationException;
import it.orienta.vacancy.EmployerService;
import it.orienta.vacancy.Vacancies;
import it.orienta.vacancy.Vacancies.EmployerSearch;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Support to self-promotion (autocandidatura, the card's measure d): the companies potentially interested in a
 * person — employers near them that hired in their professions or groups in the last {@value #MONTHS} months, or
 * that work in the sectors of their desired occupations ({@link CompanyRanking}) — and the document the person takes
 * home to send them a spontaneous candidature (the companies ticked, their contacts, what to say), recorded on the
 * timeline. The list is a read of the person's case; the document an export of it (the centre in charge only).
 */
@Service
public class SelfPromotionService {

    /** How far back an employer's vacancies count. */
    static final int MONTHS = 24;

    /** The most employers one search reads (the nearest first). */
    static final int FETCH = 300;

    /** The most companies one document lists. */
    public static final int MAX_CHOSEN = 15;

    private final CaseAccess access;
    private final OpportunityService opportunities;
    private final OccupationDirectory occupations;
    private final Vacancies vacancies;
    private final EmployerService employers;
    private final ReferenceService reference;
    private final PersonService persons;
    private final OrganisationService organisation;
    private final CurrentActor current;
    private final SelfPromotionPdf pdf;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    SelfPromotionService(
            CaseAccess access,
            OpportunityService opportunities,
            OccupationDirectory occupations,
            Vacancies vacancies,
            EmployerService employers,
            ReferenceService reference,
            PersonService persons,
            OrganisationService organisation,
            CurrentActor current,
            SelfPromotionPdf pdf,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.access = access;
        this.opportunities = opportunities;
        this.occupations = occupations;
        this.vacancies = vacancies;
        this.employers = employers;
        this.reference = reference;
        this.persons = persons;
        this.organisation = organisation;
        this.current = current;
        this.pdf = pdf;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A document ready to hand over: the PDF and the name to save it under. */
    public record Document(byte[] pdf, String fileName) {}

    /** The companies potentially interested in the person, best first, each explained (a read of the case). */
    public Companies companiesFor(UUID personId, Locale locale) {
        access.read(personId, "self-promotion");
        return find(personId, locale);
    }

    /**
     * The document for the person with these companies of their list (1 to {@value #MAX_CHOSEN}), their contacts
     * and what to say; on the person's timeline. Refused with {@code selfpromotion.employers.required},
     * {@code selfpromotion.employers.too-many} or {@code selfpromotion.employers.not-listed} (a company not in the
     * person's list now), field {@code employerIds}.
     */
    public Document document(UUID personId, List<UUID> employerIds, Locale locale) {
        access.write(personId); // the centre in charge only (checked before anything else; nothing recorded yet)
        var ids = new LinkedHashSet<>(employerIds == null ? List.<UUID>of() : employerIds);
        ids.remove(null);
        if (ids.isEmpty()) {
            throw new RuleViolationException("selfpromotion.employers.required", "employerIds");
        }
        if (ids.size() > MAX_CHOSEN) {
            throw new RuleViolationException("selfpromotion.employers.too-many", "employerIds", MAX_CHOSEN);
        }
        var listed = find(personId, locale).items().stream()
                .collect(Collectors.toMap(c -> c.employer().employerId(), c -> c));
        if (!listed.keySet().containsAll(ids)) {
            throw new RuleViolationException("selfpromotion.employers.not-listed", "employerIds");
        }
        var chosen = ids.stream().map(listed::get).toList();
        // an export, never under an exceptional access: the event below is the request's one audit entry (a refusal
        // above leaves the page's own read to be audited as usual)
        access.export(personId);
        var person = persons.open(personId, "self-promotion");
        CentreView centre = current.centreCode().flatMap(organisation::centre).orElse(null);
        var professions = occupations.current(personId).stream()
                .map(DesiredOccupationView::professionTitle)
                .distinct()
                .toList();
        byte[] file = pdf.render(person, centre, professions, chosen, today(), locale);
        tx.executeWithoutResult(status -> events.publishEvent(new SelfPromotionSupported(
                UUID.randomUUID(),
                current.actor(),
                Instant.now(clock),
                personId,
                chosen.stream().map(c -> c.employer().employerId()).toList(),
                chosen.stream().map(c -> c.employer().name()).toList())));
        return new Document(file, "autocandidatura-" + slug(person.lastName()) + "-" + today() + ".pdf");
    }

    private Companies find(UUID personId, Locale locale) {
        var reach = opportunities.reachOf(personId);
        Set<Integer> sectors = occupations.current(personId).stream()
                .map(DesiredOccupationView::sepSector)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        var divisions = SepAteco.divisionsOf(sectors);
        if (reach.units().isEmpty() && divisions.isEmpty()) {
            return new Companies(personId, Companies.Area.MUNICIPALITY, 0, List.of(), true);
        }
        var groups = reach.units().stream()
                .map(u -> PersonReach.prefix(u, 4))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        var found = vacancies.employersNear(new EmployerSearch(
                reach.units(),
                groups,
                divisions,
                reach.municipalityCode(),
                reach.province(),
                Regions.provincesWith(reach.province()),
                MONTHS,
                FETCH));
        Map<String, String> ateco = new HashMap<>();
        employers.ateco(locale).forEach(a -> ateco.putIfAbsent(a.code(), a.label()));
        Map<Integer, String> sep = new HashMap<>();
        reference.sepSectors().forEach(s -> sep.put(s.code(), s.label()));
        return CompanyRanking.rank(
                personId,
                found,
                sectors,
                today(),
                d -> ateco.getOrDefault(d, d),
                s -> sep.getOrDefault(s, String.valueOf(s)));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Rome.ZONE));
    }

    /** A surname as a file name's part: letters and digits, lower case. */
    static String slug(String text) {
        var s = java.text.Normalizer.normalize(text == null ? "" : text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "persona" : s;
    }
}
