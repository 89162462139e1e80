package it.orienta.charter;

import it.orienta.organisation.CurrentActor;
import it.orienta.system.AuditAction;
import it.orienta.system.DataChanged;
import it.orienta.system.DuplicateException;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import it.orienta.system.StaleVersionException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The activities of the service charter and their dated time standards. */
@Service
public class CharterService {

    private static final String ACTIVITY_COLUMNS =
            "id, code, label_it, label_en, description_it, description_en, stage,"
                    + " delivery, measure, parent_id, retired, version";
    private static final String STANDARD_COLUMNS =
            "id, activity_id, valid_from, min_minutes, max_minutes, min_total_minutes, max_total_minutes";

    private final JdbcClient jdbc;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CharterService(JdbcClient jdbc, CurrentActor current, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.current = current;
        this.events = events;
        this.clock = clock;
    }

    /** Every activity, retired ones included, in the charter's order, each with the standard in force today. */
    @Transactional(readOnly = true)
    public List<ActivityView> activities() {
        var today = LocalDate.now(clock);
        Map<String, TimeStandard> standards = new HashMap<>();
        jdbc.sql("select distinct on (activity_id) " + STANDARD_COLUMNS + " from charter_standard where valid_from <= ?"
                        + " order by activity_id, valid_from desc")
                .param(today)
                .query((rs, i) -> standard(rs))
                .list()
                .forEach(s -> standards.put(s.activityId(), s));
        return jdbc.sql("select " + ACTIVITY_COLUMNS + " from charter_activity order by sort_order, id")
                .query((rs, i) -> activity(rs, standards))
                .list();
    }

    /**
     * The label of every activity (retired ones included) in the user's language, by activity id, in the
     * charter's order: what pages and documents show beside an activity id.
     */
    @Transactional(readOnly = true)
    public Map<String, String> activityLabels(Locale locale) {
        var english = "en".equals(locale.getLanguage());
        var labels = new LinkedHashMap<String, String>();
        jdbc.sql("select id, label_it, label_en from charter_activity order by sort_order, id")
                .query((rs, i) -> Map.entry(rs.getString("id"), rs.getString(english ? "label_en" : "label_it")))
                .list()
                .forEach(e -> labels.put(e.getKey(), e.getValue()));
        return labels;
    }

    /** The activities that can be delivered now, individually ({@code group} false) or in a group. */
    @Transactional(readOnly = true)
    public List<ActivityView> deliverable(boolean group) {
        return activities().stream()
                .filter(a -> !a.retired() && a.delivery().allows(group))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<ActivityView> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        var today = LocalDate.now(clock);
        return jdbc.sql("select " + ACTIVITY_COLUMNS + " from charter_activity where id = ?")
                .param(id)
                .query((rs, i) -> activity(rs, Map.of(id, standardAt(id, today))))
                .optional();
    }

    @Transactional(readOnly = true)
    public ActivityView activity(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("Activity", id));
    }

    /** The standard that applied to an activity on a date: the latest that started on or before it. */
    @Transactional(readOnly = true)
    public TimeStandard standardAt(String activityId, LocalDate date) {
        return jdbc.sql("select " + STANDARD_COLUMNS
                        + " from charter_standard where activity_id = ? and valid_from <= ?"
                        + " order by valid_from desc limit 1")
                .param(activityId)
                .param(date)
                .query((rs, i) -> standard(rs))
                .optional()
                .orElse(TimeStandard.none(activityId));
    }

    /** A standard by its id: the one a past meeting was judged against. */
    @Transactional(readOnly = true)
    public Optional<TimeStandard> standard(UUID id) {
        return jdbc.sql("select " + STANDARD_COLUMNS + " from charter_standard where id = ?")
                .param(id)
                .query((rs, i) -> standard(rs))
                .optional();
    }

    /**
     * The standards of these ids, by id: those the listed meetings or sessions were judged against (one read for
     * a list, for the modules that keep a standard's id, such as guidance and session).
     */
    @Transactional(readOnly = true)
    public Map<UUID, TimeStandard> standards(java.util.Collection<UUID> ids) {
        var wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toArray(UUID[]::new);
        if (wanted.length == 0) {
            return Map.of();
        }
        var byId = new HashMap<UUID, TimeStandard>();
        jdbc.sql("select id, activity_id, valid_from, min_minutes, max_minutes, min_total_minutes,"
                        + " max_total_minutes from charter_standard where id = any (?)")
                .param(wanted)
                .query((rs, i) -> standard(rs))
                .list()
                .forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    /** Every standard an activity has had, newest first. */
    @Transactional(readOnly = true)
    public List<TimeStandard> standards(String activityId) {
        activity(activityId);
        return jdbc.sql("select " + STANDARD_COLUMNS
                        + " from charter_standard where activity_id = ? order by valid_from desc")
                .param(activityId)
                .query((rs, i) -> standard(rs))
                .list();
    }

    /** Adds an activity to the charter. */
    @Transactional
    public ActivityView create(String id, ActivityCommand command) {
        var violations = new ArrayList<Violation>();
        if (id == null || !id.matches("[A-Z0-9][A-Z0-9-]{1,19}")) {
            violations.add(Violation.of("charter.id.invalid", "id"));
        }
        check(id, command, violations);
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        if (find(id).isPresent()) {
            throw new DuplicateException("charter.id.taken", "id", "/admin/charter/" + id, id);
        }
        int order = jdbc.sql("select coalesce(max(sort_order), 0) + 10 from charter_activity")
                .query(Integer.class)
                .single();
        jdbc.sql("insert into charter_activity (id, code, label_it, label_en, description_it, description_en, stage,"
                        + " delivery, measure, parent_id, sort_order) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        command.code(),
                        command.labelIt().strip(),
                        command.labelEn().strip(),
                        text(command.descriptionIt()),
                        text(command.descriptionEn()),
                        command.stage().name(),
                        command.delivery().name(),
                        blankToNull(command.measure()),
                        blankToNull(command.parentId()),
                        order)
                .update();
        events.publishEvent(
                DataChanged.of(clock.instant(), current.actor(), AuditAction.CREATE, "Activity", id, List.of("all")));
        return activity(id);
    }

    /** Changes an activity's code, labels, stage, delivery and measure; {@code version} is the one the user saw. */
    @Transactional
    public ActivityView update(String id, ActivityCommand command, long version) {
        var existing = activity(id);
        var violations = new ArrayList<Violation>();
        check(id, command, violations);
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        int n = jdbc.sql("update charter_activity set code = ?, label_it = ?, label_en = ?, description_it = ?,"
                        + " description_en = ?, stage = ?, delivery = ?, measure = ?, parent_id = ?,"
                        + " version = version + 1 where id = ? and version = ?")
                .params(
                        command.code(),
                        command.labelIt().strip(),
                        command.labelEn().strip(),
                        text(command.descriptionIt()),
                        text(command.descriptionEn()),
                        command.stage().name(),
                        command.delivery().name(),
                        blankToNull(command.measure()),
                        blankToNull(command.parentId()),
                        id,
                        version)
                .update();
        if (n == 0) {
            throw new StaleVersionException(existing.version(), existing);
        }
        events.publishEvent(DataChanged.of(
                clock.instant(),
                current.actor(),
                AuditAction.UPDATE,
                "Activity",
                id,
                List.of("code", "labels", "descriptions", "stage", "delivery", "measure", "parent")));
        return activity(id);
    }

    /** Retires an activity (no new meetings or appointments of it) or brings it back; it is never deleted. */
    @Transactional
    public ActivityView retire(String id, boolean retired) {
        activity(id);
        jdbc.sql("update charter_activity set retired = ?, version = version + 1 where id = ?")
                .params(retired, id)
                .update();
        events.publishEvent(DataChanged.of(
                clock.instant(), current.actor(), AuditAction.UPDATE, "Activity", id, List.of("retired")));
        return activity(id);
    }

    /**
     * Gives an activity a new time standard from a date on. Earlier standards stay, and meetings already
     * judged keep the standard they were judged against; a standard cannot start on or before the latest one.
     */
    @Transactional
    public TimeStandard addStandard(String activityId, StandardCommand command) {
        activity(activityId);
        var violations = new ArrayList<Violation>();
        if (command.validFrom() == null) {
            violations.add(Violation.of("charter.standard.valid-from.required", "validFrom"));
        }
        positive(command.minMinutes(), "minMinutes", violations);
        positive(command.maxMinutes(), "maxMinutes", violations);
        positive(command.minTotalMinutes(), "minTotalMinutes", violations);
        positive(command.maxTotalMinutes(), "maxTotalMinutes", violations);
        if (command.minMinutes() != null
                && command.maxMinutes() != null
                && command.minMinutes() > command.maxMinutes()) {
            violations.add(Violation.of("charter.standard.min-over-max", "maxMinutes"));
        }
        if (command.minTotalMinutes() != null
                && command.maxTotalMinutes() != null
                && command.minTotalMinutes() > command.maxTotalMinutes()) {
            violations.add(Violation.of("charter.standard.min-over-max", "maxTotalMinutes"));
        }
        if (command.validFrom() != null) {
            var latest = jdbc.sql("select max(valid_from) from charter_standard where activity_id = ?")
                    .param(activityId)
                    .query(LocalDate.class)
                    .optional();
            if (latest.isPresent() && !command.validFrom().isAfter(latest.get())) {
                violations.add(Violation.of(
                        "charter.standard.not-after-latest",
                        "validFrom",
                        latest.get().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
            }
        }
        if (!violations.isEmpty()) {
            throw RuleViolationException.of(violations);
        }
        var actor = current.actor();
        var id = UUID.randomUUID();
        jdbc.sql("insert into charter_standard (id, activity_id, valid_from, min_minutes, max_minutes,"
                        + " min_total_minutes, max_total_minutes, created_at, created_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        activityId,
                        command.validFrom(),
                        command.minMinutes(),
                        command.maxMinutes(),
                        command.minTotalMinutes(),
                        command.maxTotalMinutes(),
                        java.sql.Timestamp.from(Instant.now(clock)),
                        actor.displayName())
                .update();
        jdbc.sql("update charter_activity set version = version + 1 where id = ?")
                .param(activityId)
                .update();
        events.publishEvent(
                DataChanged.of(clock.instant(), actor, AuditAction.CREATE, "TimeStandard", id, List.of(activityId)));
        return standard(id).orElseThrow();
    }

    private void check(String id, ActivityCommand c, List<Violation> violations) {
        if (c.code() == null || !c.code().matches("[A-Z0-9]{2,10}")) {
            violations.add(Violation.of("charter.code.invalid", "code"));
        }
        if (c.labelIt() == null || c.labelIt().isBlank()) {
            violations.add(Violation.of("field.required-rule", "labelIt"));
        }
        if (c.labelEn() == null || c.labelEn().isBlank()) {
            violations.add(Violation.of("field.required-rule", "labelEn"));
        }
        if (c.stage() == null) {
            violations.add(Violation.of("field.required-rule", "stage"));
        }
        if (c.delivery() == null) {
            violations.add(Violation.of("field.required-rule", "delivery"));
        }
        if (c.measure() != null && !c.measure().isBlank() && !c.measure().matches("[a-h]")) {
            violations.add(Violation.of("charter.measure.invalid", "measure"));
        }
        String parent = blankToNull(c.parentId());
        if (parent != null && (parent.equals(id) || find(parent).isEmpty())) {
            violations.add(Violation.of("charter.parent.invalid", "parentId"));
        }
    }

    private static void positive(Integer value, String field, List<Violation> violations) {
        if (value != null && value <= 0) {
            violations.add(Violation.of("charter.standard.positive", field));
        }
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static ActivityView activity(ResultSet rs, Map<String, TimeStandard> standards) throws SQLException {
        String id = rs.getString("id");
        return new ActivityView(
                id,
                rs.getString("code"),
                rs.getString("label_it"),
                rs.getString("label_en"),
                rs.getString("description_it"),
                rs.getString("description_en"),
                Stage.valueOf(rs.getString("stage")),
                Delivery.valueOf(rs.getString("delivery")),
                rs.getString("measure"),
                rs.getString("parent_id"),
                rs.getBoolean("retired"),
                rs.getLong("version"),
                standards.getOrDefault(id, TimeStandard.none(id)));
    }

    private static TimeStandard standard(ResultSet rs) throws SQLException {
        return new TimeStandard(
                rs.getObject("id", UUID.class),
                rs.getString("activity_id"),
                rs.getObject("valid_from", LocalDate.class),
                (Integer) rs.getObject("min_minutes"),
                (Integer) rs.getObject("max_minutes"),
                (Integer) rs.getObject("min_total_minutes"),
                (Integer) rs.getObject("max_total_minutes"));
    }
}
