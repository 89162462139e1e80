package it.orienta.occupation;

import it.orienta.organisation.CurrentActor;
import it.orienta.person.PersonService;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ProfessionGlossary;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import it.orienta.system.CaseAccess;
import it.orienta.system.NotFoundException;
import it.orienta.system.Rome;
import it.orienta.system.RuleViolationException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, changes and removes a person's desired occupations (R11–R13) and keeps the person's availability: checks
 * the record-access policy ({@link CaseAccess}) first, takes the person's case lock
 * ({@link PersonService#lockCase}), loads the {@link DesiredOccupations} aggregate (or the
 * {@link Availability.PersonAvailability}), calls it, saves it and publishes the event. The rules are the
 * aggregate's; a refusal saves nothing.
 */
@Service
public class OccupationService {

    private final DesiredOccupationRepository rows;
    private final AvailabilityRepository availabilities;
    private final EntityManager entities;
    private final OccupationDirectory directory;
    private final PersonService persons;
    private final ProfessionGlossary glossary;
    private final ReferenceService reference;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final CaseAccess access;
    private final Clock clock;

    OccupationService(
            DesiredOccupationRepository rows,
            AvailabilityRepository availabilities,
            EntityManager entities,
            OccupationDirectory directory,
            PersonService persons,
            ProfessionGlossary glossary,
            ReferenceService reference,
            CurrentActor current,
            ApplicationEventPublisher events,
            MessageSource messages,
            CaseAccess access,
            Clock clock) {
        this.rows = rows;
        this.availabilities = availabilities;
        this.entities = entities;
        this.directory = directory;
        this.persons = persons;
        this.glossary = glossary;
        this.reference = reference;
        this.current = current;
        this.events = events;
        this.messages = messages;
        this.access = access;
        this.clock = clock;
    }

    /** The person's desired occupations, oldest first. */
    @Transactional(readOnly = true)
    public List<DesiredOccupationView> list(UUID personId) {
        persons.identity(personId);
        access.read(personId, "occupations");
        return directory.current(personId);
    }

    /** One desired occupation of the person; not found when it is another person's. */
    @Transactional(readOnly = true)
    public DesiredOccupationView get(UUID personId, UUID occupationId) {
        access.read(ownerOf(occupationId), "occupations");
        return directory.current(personId).stream()
                .filter(o -> o.id().equals(occupationId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("DesiredOccupation", occupationId));
    }

    /**
     * Adds a desired occupation: at most three per person (409 {@code occupation.limit} naming the three), at least
     * one source, the interview date not in the future, a current fifth-level profession not already chosen.
     */
    @Transactional
    public DesiredOccupationView add(UUID personId, OccupationCommand command) {
        persons.identity(personId);
        access.write(personId);
        var actor = actorWithCentre();
        var occupations = load(personId);
        var now = Instant.now(clock);
        var c = command.normalised();
        var added = occupations.add(command, profession(c.professionCode()), today(), actor, now, this::label);
        entities.persist(added);
        entities.flush();
        String title = title(added.professionCode());
        events.publishEvent(new OccupationEvents.OccupationAdded(
                UUID.randomUUID(), actor, now, personId, added.id(), added.professionCode(), title));
        return added.view(label(added.professionCode()));
    }

    /** Changes a desired occupation based on {@code version}; a stale version answers 409 with the current one. */
    @Transactional
    public DesiredOccupationView change(UUID personId, UUID occupationId, long version, OccupationCommand command) {
        access.write(ownerOf(occupationId));
        var actor = actorWithCentre();
        var occupations = load(personId);
        var now = Instant.now(clock);
        var c = command.normalised();
        var changed = occupations.change(
                occupationId, version, command, profession(c.professionCode()), today(), actor, now, this::label);
        var o = occupations.require(occupationId);
        if (changed.isEmpty()) {
            return o.view(label(o.professionCode()));
        }
        rows.saveAndFlush(o);
        String title = title(o.professionCode());
        events.publishEvent(new OccupationEvents.OccupationChanged(
                UUID.randomUUID(), actor, now, personId, occupationId, o.professionCode(), title, changed));
        return o.view(label(o.professionCode()));
    }

    /** Removes a desired occupation based on {@code version}. */
    @Transactional
    public void remove(UUID personId, UUID occupationId, long version) {
        access.write(ownerOf(occupationId));
        var actor = actorWithCentre();
        var occupations = load(personId);
        var removed = occupations.remove(occupationId, version, this::label);
        rows.delete(removed);
        rows.flush();
        events.publishEvent(new OccupationEvents.OccupationRemoved(
                UUID.randomUUID(),
                actor,
                Instant.now(clock),
                personId,
                occupationId,
                removed.professionCode(),
                label(removed.professionCode())));
    }

    /** The person's availability; an empty one of version 0 before the first save. */
    @Transactional(readOnly = true)
    public Availability.View availability(UUID personId) {
        persons.identity(personId);
        access.read(personId, "availability");
        return availabilityOf(personId);
    }

    private Availability.View availabilityOf(UUID personId) {
        return availabilities
                .findById(personId)
                .map(Availability.PersonAvailability::view)
                .orElse(Availability.PersonAvailability.none(personId));
    }

    /** Saves the person's availability based on {@code version} (0 before the first save). */
    @Transactional
    public Availability.View saveAvailability(UUID personId, long version, Availability.Command command) {
        persons.identity(personId);
        access.write(personId);
        var actor = actorWithCentre();
        persons.lockCase(personId);
        var stored = availabilities.findById(personId);
        var before = stored.map(Availability.PersonAvailability::view)
                .orElse(Availability.PersonAvailability.none(personId));
        var fields = Availability.PersonAvailability.changes(before, version, command);
        if (fields.isEmpty()) {
            return before;
        }
        var now = Instant.now(clock);
        var availability = stored.orElseGet(() -> new Availability.PersonAvailability(personId));
        availability.set(command, actor.displayName(), now);
        if (stored.isPresent()) {
            availabilities.saveAndFlush(availability);
        } else {
            entities.persist(availability);
            entities.flush();
        }
        events.publishEvent(
                new OccupationEvents.AvailabilityChanged(UUID.randomUUID(), actor, now, personId, List.copyOf(fields)));
        return availability.view();
    }

    /** The availability as one line in Italian, as the regional notes put it; empty when not given. */
    public String availabilityLine(Availability.View a, Locale locale) {
        var parts = new ArrayList<String>();
        if (a.hours() != null) {
            parts.add(msg("occupation.hours." + a.hours(), locale));
        }
        if (a.travel() != null) {
            parts.add(msg("occupation.travel." + a.travel(), locale));
        }
        if (!a.transport().isEmpty()) {
            parts.add(msg("occupation.transport", locale) + ": "
                    + String.join(
                            ", ",
                            a.transport().stream()
                                    .map(t -> msg("occupation.transport." + t, locale))
                                    .toList()));
        }
        return String.join("; ", parts);
    }

    /**
     * The notes of an occupation as the regional system's free-text block (Italian, one line per element), with the
     * person's availability: for an occupation the caller read or saved through this service, which checked.
     */
    @Transactional(readOnly = true)
    public String regionalText(DesiredOccupationView o) {
        String sepLabel = o.sepSector() == null
                ? null
                : reference.sepSectors().stream()
                        .filter(s -> s.code() == o.sepSector())
                        .map(ReferenceService.SepSector::label)
                        .findFirst()
                        .orElse(null);
        String availability = availabilityLine(availabilityOf(o.personId()), Locale.ITALIAN);
        return DesiredOccupations.regionalText(
                o, sepLabel, availability, key -> msg("occupation.regional." + key, Locale.ITALIAN));
    }

    /** Today in Italy: the interview date may not be after it. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(Rome.ZONE));
    }

    // ---------------------------------------------------------------- internals

    /** The person's occupations under the person's case lock, held until the end of the transaction. */
    private DesiredOccupations load(UUID personId) {
        persons.lockCase(personId);
        return new DesiredOccupations(personId, rows.findByPersonIdOrderByCreatedAtAscIdAsc(personId));
    }

    private DesiredOccupations.Profession profession(String code) {
        if (code == null || code.isBlank()) {
            return DesiredOccupations.Profession.UNKNOWN;
        }
        if (glossary.unit(code).isPresent()) {
            return DesiredOccupations.Profession.UNIT;
        }
        return reference
                .find(CodeSystem.PROFESSION, code)
                .filter(r -> !r.retired())
                .map(r -> DesiredOccupations.Profession.NOT_UNIT)
                .orElse(DesiredOccupations.Profession.UNKNOWN);
    }

    /** The current unit's title for the events and the timeline, or its code. */
    private String title(String code) {
        return glossary.unit(code).map(u -> u.title()).orElse(code);
    }

    /** The profession's label as the pages show it (retired ones too), or its code when unknown. */
    private String label(String code) {
        return reference.find(CodeSystem.PROFESSION, code).map(r -> r.display()).orElse(code);
    }

    /** The person a desired occupation belongs to, or 404. */
    private UUID ownerOf(UUID occupationId) {
        return rows.findById(occupationId)
                .map(DesiredOccupation::personId)
                .orElseThrow(() -> new NotFoundException("DesiredOccupation", occupationId));
    }

    private Actor actorWithCentre() {
        var actor = current.actor();
        if (actor.centreCode() == null || actor.operatorId() == null) {
            throw new RuleViolationException("occupation.centre.required", null);
        }
        return actor;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
