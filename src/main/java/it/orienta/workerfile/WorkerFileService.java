package it.orienta.workerfile;

import it.orienta.intake.ConsentState;
import it.orienta.intake.ConsentView;
import it.orienta.intake.IntakeService;
import it.orienta.intake.IntakeView;
import it.orienta.organisation.CurrentActor;
import it.orienta.person.PersonService;
import it.orienta.person.PersonView;
import it.orienta.system.CaseAccess;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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

    WorkerFileService(
            PersonService persons,
            IntakeService intakes,
            Timeline timeline,
            CurrentActor current,
            ApplicationEventPublisher events,
            CaseAccess access,
            Clock clock) {
        this.persons = persons;
        this.intakes = intakes;
        this.timeline = timeline;
        this.current = current;
        this.events = events;
        this.access = access;
        this.clock = clock;
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
