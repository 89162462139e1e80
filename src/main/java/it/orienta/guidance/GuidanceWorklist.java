package it.orienta.guidance;

import it.orienta.charter.ActivityView;
import it.orienta.charter.CharterService;
import it.orienta.home.WorklistItem;
import it.orienta.home.WorklistSource;
import it.orienta.organisation.CurrentActor;
import it.orienta.person.PersonService;
import it.orienta.person.PersonSummary;
import it.orienta.system.Actor;
import it.orienta.system.Rome;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guidance on the home page: the operator's appointments of today and their meetings still running (urgent past the
 * standard's maximum or left open from an earlier day). Each read is an indexed range of one operator's rows; the
 * group sessions are the session module's own source.
 */
@Component
class GuidanceWorklist implements WorklistSource {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int LIMIT = 50;

    private final JdbcClient jdbc;
    private final CharterService charter;
    private final PersonService persons;
    private final Clock clock;

    GuidanceWorklist(JdbcClient jdbc, CharterService charter, PersonService persons, Clock clock) {
        this.jdbc = jdbc;
        this.charter = charter;
        this.persons = persons;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorklistItem> worklist(Actor actor, LocalDate today) {
        if (actor.operatorId() == null) {
            return List.of();
        }
        Instant from = today.atStartOfDay(Rome.ZONE).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(Rome.ZONE).toInstant();
        Map<String, ActivityView> activities = new HashMap<>();
        charter.activities().forEach(a -> activities.put(a.id(), a));
        var items = new ArrayList<WorklistItem>();
        var personIds = new HashSet<UUID>();

        record Appointment(UUID id, UUID personId, String activityId, Instant startsAt, boolean remote, String place) {}
        var appointments = jdbc.sql("select id, person_id, activity_id, starts_at, remote, place from appointment"
                        + " where operator_id = ? and starts_at >= ? and starts_at < ? and status = 'SCHEDULED'"
                        + " order by starts_at limit " + LIMIT)
                .params(actor.operatorId(), Timestamp.from(from), Timestamp.from(to))
                .query((rs, i) -> new Appointment(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getBoolean(5),
                        rs.getString(6)))
                .list();
        appointments.forEach(a -> personIds.add(a.personId()));

        record Running(UUID id, UUID personId, String activityId, Instant startedAt, Integer max) {}
        var running = jdbc.sql("select id, person_id, activity_id, started_at from meeting where operator_id = ?"
                        + " and status = 'RUNNING' order by started_at limit " + LIMIT)
                .param(actor.operatorId())
                .query((rs, i) -> {
                    String activityId = rs.getString(3);
                    Instant startedAt = rs.getTimestamp(4).toInstant();
                    // the standard of the meeting's day, from the charter (a running meeting is one or two)
                    var standard = charter.standardAt(activityId, LocalDate.ofInstant(startedAt, Rome.ZONE));
                    return new Running(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class),
                            activityId,
                            startedAt,
                            standard.maxMinutes());
                })
                .list();
        running.forEach(r -> personIds.add(r.personId()));
        Map<UUID, PersonSummary> names = persons.summaries(personIds);

        Instant now = Instant.now(clock);
        for (var a : appointments) {
            var person = names.get(a.personId());
            String fullName = person == null ? "" : person.firstName() + " " + person.lastName();
            // one click: the appointment's own start action (a POST with the CSRF token), as on its page
            var start = new WorklistItem.Action(
                    "/persons/" + a.personId() + "/meetings/start",
                    true,
                    Map.of("activityId", a.activityId(), "appointmentId", a.id().toString()),
                    "home.agenda.start.appointment",
                    List.of(fullName));
            items.add(new WorklistItem(
                    WorklistItem.TODAY,
                    a.startsAt(),
                    name(person),
                    a.remote() ? "home.item.appointment.remote" : "home.item.appointment",
                    List.of(time(a.startsAt()), label(activities, a.activityId())),
                    "/appointments/" + a.id(),
                    false,
                    new WorklistItem.Agenda(
                            fullName,
                            label(activities, a.activityId()),
                            a.place(),
                            a.remote(),
                            a.startsAt().isBefore(now),
                            start)));
        }

        for (var r : running) {
            long minutes = Duration.between(r.startedAt(), now).toMinutes();
            boolean earlierDay = r.startedAt().isBefore(from);
            boolean over = r.max() != null && minutes > r.max();
            items.add(new WorklistItem(
                    WorklistItem.MEETINGS,
                    r.startedAt(),
                    name(names.get(r.personId())),
                    earlierDay
                            ? "home.item.meeting.left-open"
                            : over ? "home.item.meeting.over" : "home.item.meeting.running",
                    List.of(
                            label(activities, r.activityId()),
                            earlierDay ? day(r.startedAt()) : time(r.startedAt()),
                            String.valueOf(minutes),
                            r.max() == null ? "" : String.valueOf(r.max())),
                    "/meetings/" + r.id(),
                    earlierDay || over));
        }
        return items;
    }

    private static String name(PersonSummary p) {
        return p == null ? null : p.lastName() + " " + p.firstName();
    }

    private static String label(Map<String, ActivityView> activities, String id) {
        var a = activities.get(id);
        return a == null ? id : a.labelIt();
    }

    private static String time(Instant instant) {
        return TIME.format(instant.atZone(Rome.ZONE));
    }

    private static String day(Instant instant) {
        return DAY.format(instant.atZone(Rome.ZONE));
    }

    /**
     * The meeting the operator has running, as a banner with its clock on every page (issue 14: it no longer scrolls
     * away with the page it was started on): one indexed read of the operator's running meeting per page, none for
     * htmx fragments, redirects and users who are not operators.
     */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class RunningMeetingBanner
            implements org.springframework.web.servlet.HandlerInterceptor,
                    org.springframework.web.servlet.config.annotation.WebMvcConfigurer {

        /** The pages that show the running meeting's clock themselves. */
        private static final java.util.Set<String> OWN_CLOCK =
                java.util.Set.of("guidance/meeting", "agreement/interview");

        /** What the banner shows. */
        record Banner(UUID meetingId, String personName, long startedAtMillis) {}

        // providers: the controller slice tests load every WebMvcConfigurer without the database or the services
        private final org.springframework.beans.factory.ObjectProvider<JdbcClient> jdbc;
        private final org.springframework.beans.factory.ObjectProvider<CurrentActor> current;
        private final org.springframework.beans.factory.ObjectProvider<PersonService> persons;

        RunningMeetingBanner(
                org.springframework.beans.factory.ObjectProvider<JdbcClient> jdbc,
                org.springframework.beans.factory.ObjectProvider<CurrentActor> current,
                org.springframework.beans.factory.ObjectProvider<PersonService> persons) {
            this.jdbc = jdbc;
            this.current = current;
            this.persons = persons;
        }

        @Override
        public void addInterceptors(org.springframework.web.servlet.config.annotation.InterceptorRegistry registry) {
            registry.addInterceptor(this).excludePathPatterns("/api/**", "/sim/**", "/actuator/**");
        }

        @Override
        public void postHandle(
                jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response,
                Object handler,
                org.springframework.web.servlet.ModelAndView page) {
            if (page == null
                    || "true".equals(request.getHeader("HX-Request"))
                    || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))
                    || OWN_CLOCK.contains(page.getViewName())) {
                return;
            }
            var actor = current.getIfAvailable();
            var client = jdbc.getIfAvailable();
            var registry = persons.getIfAvailable();
            var account = actor == null
                    ? java.util.Optional.<it.orienta.organisation.OperatorAccount>empty()
                    : actor.account();
            if (account.isEmpty() || client == null || registry == null) {
                return;
            }
            client.sql("select id, person_id, started_at from meeting where operator_id = :operator"
                            + " and status = 'RUNNING' order by started_at desc limit 1")
                    .param("operator", account.get().id())
                    .query((rs, i) ->
                            new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getTimestamp(3)})
                    .optional()
                    .ifPresent(row -> {
                        var person = registry.identity((UUID) row[1]);
                        page.addObject(
                                "runningMeeting",
                                new Banner(
                                        (UUID) row[0],
                                        person.firstName() + " " + person.lastName(),
                                        ((java.sql.Timestamp) row[2]).getTime()));
                    });
        }
    }
}
