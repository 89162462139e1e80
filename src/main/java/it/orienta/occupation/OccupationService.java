package it.orienta.occupation;

import it.orienta.organisation.CurrentActor;
import it.orienta.reference.CodeSystem;
import it.orienta.reference.ProfessionGlossary;
import it.orienta.reference.ReferenceService;
import it.orienta.system.Actor;
import it.orienta.system.CaseAccess;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.StaleVersionException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, changes and removes a person's desired occupations (R11–R13) and keeps the person's availability. The limit
 * of three holds under concurrency: every change locks the person's row first, so two operators adding at once are
 * served one after the other and the second sees the first's occupation. A refusal saves nothing. Every read and
 * change of a person's occupations or availability asks the record-access policy first ({@link CaseAccess}).
 */
@Service
public class OccupationService {

    static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    private final JdbcClient jdbc;
    private final DesiredOccupations occupations;
    private final ProfessionGlossary glossary;
    private final ReferenceService reference;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final CaseAccess access;
    private final Clock clock;

    OccupationService(
            JdbcClient jdbc,
            DesiredOccupations occupations,
            ProfessionGlossary glossary,
            ReferenceService reference,
            CurrentActor current,
            ApplicationEventPublisher events,
            MessageSource messages,
            CaseAccess access,
            Clock clock) {
        this.jdbc = jdbc;
        this.occupations = occupations;
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
        requirePerson(personId);
        access.read(personId, "occupations");
        return occupations.current(personId);
    }

    /** One desired occupation of the person; not found when it is another person's. */
    @Transactional(readOnly = true)
    public DesiredOccupationView get(UUID personId, UUID occupationId) {
        access.read(ownerOf(occupationId), "occupations");
        return find(personId, occupationId);
    }

    private DesiredOccupationView find(UUID personId, UUID occupationId) {
        return occupations.current(personId).stream()
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
        requirePerson(personId);
        access.write(personId);
        var actor = actorWithCentre();
        lockPerson(personId);
        var existing = occupations.current(personId);
        if (!OccupationRules.roomForOneMore(existing.size())) {
            throw new OccupationLimitException(existing.stream()
                    .map(o -> o.professionTitle() + " (" + o.professionCode() + ")")
                    .toList());
        }
        var c = validated(command);
        String title = title(c.professionCode());
        if (existing.stream().anyMatch(o -> o.professionCode().equals(c.professionCode()))) {
            throw new OccupationConflictException(title);
        }
        UUID id = UUID.randomUUID();
        var now = Timestamp.from(Instant.now(clock));
        jdbc.sql("""
                        insert into desired_occupation (id, person_id, profession_code, from_work, from_education,
                            from_training, interview_date, sep_sector, specific_skills, experience_years,
                            last_year_worked, formal_learning, formal_learning_detail, licences_tools, other_info,
                            centre_code, created_at, created_by, updated_at, updated_by, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(
                        id,
                        personId,
                        c.professionCode(),
                        c.fromWork(),
                        c.fromEducation(),
                        c.fromTraining(),
                        Date.valueOf(c.interviewDate()),
                        c.sepSector(),
                        c.specificSkills(),
                        c.experienceYears(),
                        c.lastYearWorked(),
                        c.formalLearning(),
                        c.formalLearningDetail(),
                        c.licencesTools(),
                        c.otherInfo(),
                        actor.centreCode(),
                        now,
                        actor.displayName(),
                        now,
                        actor.displayName())
                .update();
        events.publishEvent(new OccupationEvents.OccupationAdded(
                UUID.randomUUID(), actor, now.toInstant(), personId, id, c.professionCode(), title));
        return find(personId, id);
    }

    /** Changes a desired occupation based on {@code version}; a stale version answers 409 with the current one. */
    @Transactional
    public DesiredOccupationView change(UUID personId, UUID occupationId, long version, OccupationCommand command) {
        access.write(ownerOf(occupationId));
        var actor = actorWithCentre();
        lockPerson(personId);
        var before = find(personId, occupationId);
        if (before.version() != version) {
            throw new StaleVersionException(before.version(), before);
        }
        var c = validated(command);
        String title = title(c.professionCode());
        var changed = changed(before, c);
        if (changed.isEmpty()) {
            return before;
        }
        var now = Timestamp.from(Instant.now(clock));
        int updated;
        try {
            updated = jdbc.sql("""
                            update desired_occupation set profession_code = ?, from_work = ?, from_education = ?,
                                from_training = ?, interview_date = ?, sep_sector = ?, specific_skills = ?,
                                experience_years = ?, last_year_worked = ?, formal_learning = ?,
                                formal_learning_detail = ?, licences_tools = ?, other_info = ?, updated_at = ?,
                                updated_by = ?, version = version + 1
                             where id = ? and person_id = ? and version = ?""")
                    .params(
                            c.professionCode(),
                            c.fromWork(),
                            c.fromEducation(),
                            c.fromTraining(),
                            Date.valueOf(c.interviewDate()),
                            c.sepSector(),
                            c.specificSkills(),
                            c.experienceYears(),
                            c.lastYearWorked(),
                            c.formalLearning(),
                            c.formalLearningDetail(),
                            c.licencesTools(),
                            c.otherInfo(),
                            now,
                            actor.displayName(),
                            occupationId,
                            personId,
                            version)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new OccupationConflictException(title);
        }
        if (updated == 0) {
            var saved = find(personId, occupationId);
            throw new StaleVersionException(saved.version(), saved);
        }
        events.publishEvent(new OccupationEvents.OccupationChanged(
                UUID.randomUUID(), actor, now.toInstant(), personId, occupationId, c.professionCode(), title, changed));
        return find(personId, occupationId);
    }

    /** Removes a desired occupation based on {@code version}. */
    @Transactional
    public void remove(UUID personId, UUID occupationId, long version) {
        access.write(ownerOf(occupationId));
        var actor = actorWithCentre();
        lockPerson(personId);
        var before = find(personId, occupationId);
        if (before.version() != version) {
            throw new StaleVersionException(before.version(), before);
        }
        jdbc.sql("delete from desired_occupation where id = ? and version = ?")
                .params(occupationId, version)
                .update();
        events.publishEvent(new OccupationEvents.OccupationRemoved(
                UUID.randomUUID(),
                actor,
                Instant.now(clock),
                personId,
                occupationId,
                before.professionCode(),
                before.professionTitle()));
    }

    /** The person's availability; an empty one of version 0 before the first save. */
    @Transactional(readOnly = true)
    public Availability.View availability(UUID personId) {
        requirePerson(personId);
        access.read(personId, "availability");
        return availabilityOf(personId);
    }

    private Availability.View availabilityOf(UUID personId) {
        return jdbc.sql("select * from person_availability where person_id = ?")
                .param(personId)
                .query((rs, i) -> new Availability.View(
                        personId,
                        rs.getString("hours").isEmpty() ? null : Availability.Hours.valueOf(rs.getString("hours")),
                        rs.getString("willing_to_travel").isEmpty()
                                ? null
                                : Availability.Travel.valueOf(rs.getString("willing_to_travel")),
                        Arrays.stream((String[]) rs.getArray("transport").getArray())
                                .map(Availability.Transport::valueOf)
                                .toList(),
                        rs.getTimestamp("updated_at").toInstant(),
                        rs.getString("updated_by"),
                        rs.getLong("version")))
                .optional()
                .orElse(new Availability.View(personId, null, null, List.of(), null, null, 0));
    }

    /** Saves the person's availability based on {@code version} (0 before the first save). */
    @Transactional
    public Availability.View saveAvailability(UUID personId, long version, Availability.Command command) {
        requirePerson(personId);
        access.write(personId);
        var actor = actorWithCentre();
        lockPerson(personId);
        var before = availabilityOf(personId);
        if (before.version() != version) {
            throw new StaleVersionException(before.version(), before);
        }
        var fields = new ArrayList<String>();
        if (before.hours() != command.hours()) fields.add("hours");
        if (before.travel() != command.travel()) fields.add("willingToTravel");
        if (!before.transport().equals(command.transport())) fields.add("transport");
        if (fields.isEmpty()) {
            return before;
        }
        var now = Timestamp.from(Instant.now(clock));
        String hours = command.hours() == null ? "" : command.hours().name();
        String travel = command.travel() == null ? "" : command.travel().name();
        String[] transport = command.transport().stream().map(Enum::name).toArray(String[]::new);
        jdbc.sql("""
                        insert into person_availability (person_id, hours, willing_to_travel, transport, updated_at,
                            updated_by, version) values (?, ?, ?, ?, ?, ?, 1)
                        on conflict (person_id) do update set hours = excluded.hours,
                            willing_to_travel = excluded.willing_to_travel, transport = excluded.transport,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by,
                            version = person_availability.version + 1""")
                .params(personId, hours, travel, transport, now, actor.displayName())
                .update();
        events.publishEvent(new OccupationEvents.AvailabilityChanged(
                UUID.randomUUID(), actor, now.toInstant(), personId, List.copyOf(fields)));
        return availabilityOf(personId);
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
        return OccupationRules.regionalText(
                o, sepLabel, availability, key -> msg("occupation.regional." + key, Locale.ITALIAN));
    }

    /** Today in Italy: the interview date may not be after it. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    // ---------------------------------------------------------------- internals

    private OccupationCommand validated(OccupationCommand command) {
        var c = command.normalised();
        var violations = OccupationRules.check(c, profession(c.professionCode()), today());
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        return c;
    }

    private OccupationRules.Profession profession(String code) {
        if (code == null || code.isBlank()) {
            return OccupationRules.Profession.UNKNOWN;
        }
        if (glossary.unit(code).isPresent()) {
            return OccupationRules.Profession.UNIT;
        }
        return reference
                .find(CodeSystem.PROFESSION, code)
                .filter(r -> !r.retired())
                .map(r -> OccupationRules.Profession.NOT_UNIT)
                .orElse(OccupationRules.Profession.UNKNOWN);
    }

    private String title(String code) {
        return glossary.unit(code).map(u -> u.title()).orElse(code);
    }

    /** The person exists, or 404. */
    private void requirePerson(UUID personId) {
        if (!jdbc.sql("select exists (select 1 from person where id = ?)")
                .param(personId)
                .query(Boolean.class)
                .single()) {
            throw new NotFoundException("Person", personId);
        }
    }

    /** The person a desired occupation belongs to, or 404. */
    private UUID ownerOf(UUID occupationId) {
        return jdbc.sql("select person_id from desired_occupation where id = ?")
                .param(occupationId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("DesiredOccupation", occupationId));
    }

    /** Locks the person's row for the rest of the transaction (the limit of three under concurrency). */
    private void lockPerson(UUID personId) {
        jdbc.sql("select id from person where id = ? for update")
                .param(personId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Person", personId));
    }

    private Actor actorWithCentre() {
        var actor = current.actor();
        if (actor.centreCode() == null || actor.operatorId() == null) {
            throw new RuleViolationException("occupation.centre.required", null);
        }
        return actor;
    }

    private static List<String> changed(DesiredOccupationView b, OccupationCommand c) {
        var f = new ArrayList<String>();
        if (!b.professionCode().equals(c.professionCode())) f.add("professionCode");
        if (b.fromWork() != c.fromWork()
                || b.fromEducation() != c.fromEducation()
                || b.fromTraining() != c.fromTraining()) f.add("sources");
        if (!b.interviewDate().equals(c.interviewDate())) f.add("interviewDate");
        if (!Objects.equals(b.sepSector(), c.sepSector())) f.add("sepSector");
        if (!b.specificSkills().equals(c.specificSkills())) f.add("specificSkills");
        if (!Objects.equals(b.experienceYears(), c.experienceYears())) f.add("experienceYears");
        if (!Objects.equals(b.lastYearWorked(), c.lastYearWorked())) f.add("lastYearWorked");
        if (b.formalLearning() != c.formalLearning()
                || !b.formalLearningDetail().equals(c.formalLearningDetail())) f.add("formalLearning");
        if (!b.licencesTools().equals(c.licencesTools())) f.add("licencesTools");
        if (!b.otherInfo().equals(c.otherInfo())) f.add("otherInfo");
        return f;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
