package it.orienta.workerfile;

import it.orienta.intake.ConsentState;
import it.orienta.intake.ConsentView;
import it.orienta.intake.IntakeService;
import it.orienta.intake.IntakeView;
import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.OrganisationService;
import it.orienta.person.PersonService;
import it.orienta.person.PersonView;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ReferenceService;
import it.orienta.system.CaseAccess;
import it.orienta.system.Rome;
import it.orienta.system.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composes a person's worker file from the modules that own its parts. Each read asks the record-access policy
 * first ({@link CaseAccess}), which records it once per request.
 */
@Service
class WorkerFileService {

    private final PersonService persons;
    private final IntakeService intakes;
    private final Timeline timeline;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final CaseAccess access;
    private final Clock clock;
    private final WorkerFilePdf pdf;
    private final OrganisationService organisation;
    private final ReferenceService reference;

    WorkerFileService(
            PersonService persons,
            IntakeService intakes,
            Timeline timeline,
            CurrentActor current,
            ApplicationEventPublisher events,
            CaseAccess access,
            Clock clock,
            WorkerFilePdf pdf,
            OrganisationService organisation,
            ReferenceService reference) {
        this.persons = persons;
        this.intakes = intakes;
        this.timeline = timeline;
        this.current = current;
        this.events = events;
        this.access = access;
        this.clock = clock;
        this.pdf = pdf;
        this.organisation = organisation;
        this.reference = reference;
    }

    /** The file's header, as a user opens it. */
    @Transactional(readOnly = true)
    public Header open(UUID personId) {
        persons.identity(personId); // 404 for an unknown person, before anything is recorded
        access.read(personId, "worker-file");
        var person = persons.view(personId);
        return new Header(person, intakes.currentIntake(personId), intakes.currentMatchingConsent(personId));
    }

    /** A page of the timeline, newest first. */
    @Transactional(readOnly = true)
    public TimelinePage timeline(UUID personId, List<String> kinds, int page, int size) {
        persons.identity(personId); // 404 for an unknown person, before anything is recorded
        return timelineOfKnownPerson(personId, kinds, page, size);
    }

    /** {@link #timeline} for a person whose existence the caller has just checked (the page, after the header). */
    @Transactional(readOnly = true)
    TimelinePage timelineOfKnownPerson(UUID personId, List<String> kinds, int page, int size) {
        access.read(personId, "timeline");
        int limit = Math.min(Math.max(size, 1), 100);
        var rows = timeline.page(personId, kinds, Math.max(page, 0), limit);
        boolean more = rows.size() > limit;
        return new TimelinePage(
                more ? rows.subList(0, limit) : rows, Math.max(page, 0), more, timeline.kinds(personId));
    }

    /**
     * Everything Orienta holds about the person (right of access, GDPR art. 15): the read is recorded by the policy,
     * and the export itself on the timeline and in the audit log.
     */
    @Transactional
    public Export export(UUID personId) {
        persons.identity(personId); // 404 for an unknown person, before anything is recorded
        access.export(personId); // the WorkerFileExported event below is the request's one audit entry
        var person = persons.view(personId);
        var special = persons.maySeeSpecialCategoryData() ? persons.specialCategoryData(personId) : null;
        var all = timeline.page(personId, List.of(), 0, 100_000);
        var actor = current.actor();
        events.publishEvent(new WorkerFileExported(UUID.randomUUID(), actor, Instant.now(clock), personId));
        return new Export(
                Instant.now(clock), person, special, intakes.intakes(personId), intakes.consentHistory(personId), all);
    }

    /**
     * The file as a PDF to hand over (right of access): identity, intakes and the timeline from {@code from} to
     * {@code to} (days in Rome, both included; either may be null: the file's beginning, today). Audited as an export,
     * like {@link #export}. Refused with {@code workerfile.pdf.period} (field {@code from}) when the period ends
     * before it starts.
     */
    @Transactional
    public byte[] pdf(UUID personId, LocalDate from, LocalDate to, Locale locale) {
        persons.identity(personId); // 404 for an unknown person, before anything is recorded
        if (from != null && to != null && to.isBefore(from)) {
            throw new RuleViolationException("workerfile.pdf.period", "from");
        }
        access.export(personId); // the WorkerFileExported event below is the request's one audit entry
        var person = persons.view(personId);
        var intakes = this.intakes.intakes(personId);
        var entries = timeline.page(personId, List.of(), 0, 100_000).stream()
                .filter(e -> within(e.occurredAt(), from, to))
                .sorted(java.util.Comparator.comparing(TimelineEntry::occurredAt))
                .toList();
        var centreCode = intakes.stream()
                .filter(IntakeView::current)
                .map(IntakeView::centreCode)
                .findFirst()
                .or(current::centreCode);
        var centre = centreCode.flatMap(organisation::centre).orElse(null);
        var places = new HashMap<String, String>();
        places.putAll(reference.labels(
                CodeSystem.MUNICIPALITY,
                java.util.stream.Stream.of(person.birthMunicipalityCode(), person.residenceMunicipalityCode())
                        .filter(Objects::nonNull)
                        .toList()));
        places.putAll(reference.labels(
                CodeSystem.COUNTRY,
                java.util.stream.Stream.of(person.birthCountryCode(), person.citizenshipCode())
                        .filter(Objects::nonNull)
                        .toList()));
        var now = Instant.now(clock);
        byte[] file =
                pdf.render(new WorkerFilePdf.Content(person, centre, intakes, entries, from, to, now, places), locale);
        events.publishEvent(new WorkerFileExported(UUID.randomUUID(), current.actor(), now, personId));
        return file;
    }

    private static boolean within(Instant at, LocalDate from, LocalDate to) {
        LocalDate day = at.atZone(Rome.ZONE).toLocalDate();
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** The header of a worker file. */
    public record Header(PersonView person, Optional<IntakeView> currentIntake, ConsentState consent) {}

    /** A page of timeline entries and the kinds present, for the filter. */
    public record TimelinePage(List<TimelineEntry> entries, int page, boolean hasMore, List<String> kinds) {}

    /** The whole file as exported. */
    public record Export(
            Instant exportedAt,
            PersonView person,
            it.orienta.person.SpecialCategoryData specialCategoryData,
            List<IntakeView> intakes,
            List<ConsentView> matchingConsents,
            List<TimelineEntry> timeline) {}
}
