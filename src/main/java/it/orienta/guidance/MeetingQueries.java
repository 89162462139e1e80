package it.orienta.guidance;

import it.orienta.charter.CharterService;
import it.orienta.charter.Compliance;
import it.orienta.charter.TimeStandard;
import it.orienta.system.NotFoundException;
import it.orienta.system.Rome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read model of meetings and engagements (lists, the compliance list, the operator's clashes): SQL over this
 * module's tables, the standards' limits added from the charter's API by id (one read per list).
 */
@Component
class MeetingQueries {

    private static final String MEETING_COLUMNS = "m.id, m.person_id, m.engagement_id, m.appointment_id,"
            + " m.session_id, m.activity_id, m.centre_code, m.operator_id, m.operator_name, m.group_meeting,"
            + " m.status, m.attendance, m.justification, m.started_at, m.ended_at, m.minutes, m.standard_id,"
            + " m.compliance, m.deviation_reason, m.notes, m.version";

    /** An engagement with how many meetings it has and the minutes delivered in its closed, present ones. */
    private static final String ENGAGEMENT_SELECT = "select e.id, e.person_id, e.activity_id, e.centre_code,"
            + " e.opened_at, e.status, e.closed_at, e.total_minutes, e.standard_id, e.compliance, e.deviation_reason,"
            + " e.version, (select count(*) from meeting m where m.engagement_id = e.id) as meetings,"
            + " (select coalesce(sum(m.minutes), 0) from meeting m where m.engagement_id = e.id"
            + " and m.attendance = 'PRESENT' and m.status = 'CLOSED') as delivered from engagement e";

    /** The delivered meetings of a centre in a month: centre, from, to. */
    private static final String CENTRE_MONTH = " where m.centre_code = ? and m.started_at >= ? and m.started_at < ?"
            + " and m.status = 'CLOSED' and m.attendance = 'PRESENT'";

    private final JdbcClient jdbc;
    private final CharterService charter;

    MeetingQueries(JdbcClient jdbc, CharterService charter) {
        this.jdbc = jdbc;
        this.charter = charter;
    }

    MeetingView meeting(UUID id) {
        return withStandards(meetings(" where m.id = ?", List.of(id))).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Meeting", id));
    }

    List<MeetingView> ofPerson(UUID personId, int limit) {
        return withStandards(
                meetings(" where m.person_id = ? order by m.started_at desc limit ?", List.of(personId, limit)));
    }

    Optional<MeetingView> running(UUID operatorId) {
        return withStandards(meetings(
                        " where m.operator_id = ? and m.status = 'RUNNING' order by m.started_at limit 1",
                        List.of(operatorId)))
                .stream()
                .findFirst();
    }

    /**
     * The operator's present meeting whose time overlaps {@code start}–{@code end} (an open end: from {@code start}
     * on), the earliest first: a running meeting overlaps any time after its start. Individual meetings
     * ({@code sessionId} null) clash with individual ones only; a session's times with any meeting but its own.
     */
    Optional<MeetingView> clash(UUID operatorId, Instant start, Instant end, UUID sessionId) {
        var args = new ArrayList<Object>(List.of(operatorId));
        String ofKind = " and m.session_id is null";
        if (sessionId != null) {
            ofKind = " and m.session_id is distinct from ?";
            args.add(sessionId);
        }
        args.add(Timestamp.from(start));
        args.add(end == null ? null : Timestamp.from(end));
        return meetings(
                        " where m.operator_id = ? and m.attendance = 'PRESENT'" + ofKind
                                + " and tstzrange(m.started_at, m.ended_at) && tstzrange(?, ?)"
                                + " order by m.started_at limit 1",
                        args)
                .stream()
                .findFirst();
    }

    /**
     * The operator's appointments still to hold and their present meetings that may overlap {@code from}–{@code to}
     * (issue 14), each with its person to name; {@code except} is the appointment being moved. A running meeting
     * lasts at least an hour from its start, or until {@code now}; an appointment is fetched when it starts at most
     * 12 hours (its longest) before {@code from}, and {@link AppointmentService#firstOverlap} decides.
     */
    List<AppointmentService.Commitment> commitments(
            UUID operatorId, Instant from, Instant to, UUID except, Instant now) {
        var found = new ArrayList<AppointmentService.Commitment>();
        jdbc.sql("select id, person_id, starts_at, minutes from appointment where operator_id = ?"
                        + " and status = 'SCHEDULED' and starts_at < ? and starts_at >= ? and id is distinct from ?"
                        + " order by starts_at")
                .params(
                        operatorId,
                        Timestamp.from(to),
                        Timestamp.from(from.minus(java.time.Duration.ofHours(12))),
                        except)
                .query((rs, i) -> {
                    Instant start = rs.getTimestamp(3).toInstant();
                    UUID id = rs.getObject(1, UUID.class);
                    return new AppointmentService.Commitment(
                            AppointmentService.Commitment.APPOINTMENT,
                            id,
                            "/appointments/" + id,
                            rs.getObject(2, UUID.class),
                            null,
                            start,
                            start.plus(java.time.Duration.ofMinutes(rs.getInt(4))));
                })
                .list()
                .forEach(found::add);
        jdbc.sql("select id, person_id, started_at, ended_at from meeting where operator_id = ?"
                        + " and attendance = 'PRESENT' and started_at < ?"
                        + " and (ended_at > ? or (ended_at is null and status = 'RUNNING')) order by started_at")
                .params(operatorId, Timestamp.from(to), Timestamp.from(from))
                .query((rs, i) -> {
                    Instant start = rs.getTimestamp(3).toInstant();
                    Instant end = rs.getTimestamp(4) == null
                            ? null
                            : rs.getTimestamp(4).toInstant();
                    if (end == null) {
                        end = start.plus(java.time.Duration.ofHours(1));
                        end = end.isBefore(now) ? now : end;
                    }
                    UUID id = rs.getObject(1, UUID.class);
                    return new AppointmentService.Commitment(
                            AppointmentService.Commitment.MEETING,
                            id,
                            "/meetings/" + id,
                            rs.getObject(2, UUID.class),
                            null,
                            start,
                            end);
                })
                .list()
                .forEach(found::add);
        return found;
    }

    /** When the person's last meeting of each activity started. */
    Map<String, Instant> lastStarts(UUID personId) {
        var last = new HashMap<String, Instant>();
        jdbc.sql("select activity_id, max(started_at) from meeting where person_id = ? group by activity_id")
                .param(personId)
                .query((ResultSet rs) -> {
                    last.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                });
        return last;
    }

    GuidanceService.AttendedPeriod attendedPeriod(UUID engagementId) {
        return jdbc.sql("select min(started_at), max(started_at) from meeting where engagement_id = ?"
                        + " and attendance = 'PRESENT'")
                .param(engagementId)
                .query((rs, i) -> new GuidanceService.AttendedPeriod(
                        rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant(),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .single();
    }

    List<EngagementView> engagements(UUID personId) {
        return jdbc.sql(ENGAGEMENT_SELECT
                        + " where e.person_id = ? order by (e.status = 'OPEN') desc, e.opened_at desc")
                .param(personId)
                .query((rs, i) -> engagementRow(rs))
                .list();
    }

    EngagementView engagement(UUID id) {
        return jdbc.sql(ENGAGEMENT_SELECT + " where e.id = ?")
                .param(id)
                .query((rs, i) -> engagementRow(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("Engagement", id));
    }

    /** See {@link GuidanceService#compliance}. */
    GuidanceService.CompliancePage compliance(
            String centreCode,
            YearMonth month,
            Compliance compliance,
            String activityId,
            UUID operatorId,
            int page,
            int size) {
        int limit = Math.min(Math.max(size, 1), 200);
        var args = new ArrayList<Object>();
        var where = new StringBuilder(CENTRE_MONTH);
        args.add(centreCode);
        args.add(Timestamp.from(month.atDay(1).atStartOfDay(Rome.ZONE).toInstant()));
        args.add(Timestamp.from(
                month.plusMonths(1).atDay(1).atStartOfDay(Rome.ZONE).toInstant()));
        var counts = new EnumMap<Compliance, Integer>(Compliance.class);
        jdbc.sql("select m.compliance, count(*) from meeting m" + CENTRE_MONTH + " group by m.compliance")
                .params(List.copyOf(args))
                .query((ResultSet rs) -> {
                    counts.put(Compliance.valueOf(rs.getString(1)), rs.getInt(2));
                });
        if (compliance != null) {
            where.append(" and m.compliance = ?");
            args.add(compliance.name());
        }
        if (activityId != null && !activityId.isBlank()) {
            where.append(" and m.activity_id = ?");
            args.add(activityId);
        }
        if (operatorId != null) {
            where.append(" and m.operator_id = ?");
            args.add(operatorId);
        }
        args.add(limit + 1);
        args.add(Math.max(page, 0) * limit);
        var rows = withStandards(meetings(where + " order by m.started_at desc, m.id limit ? offset ?", args));
        boolean more = rows.size() > limit;
        return new GuidanceService.CompliancePage(
                more ? rows.subList(0, limit) : rows, Math.max(page, 0), more, counts);
    }

    private List<MeetingView> meetings(String where, List<Object> args) {
        return jdbc.sql("select " + MEETING_COLUMNS + " from meeting m" + where)
                .params(args)
                .query((rs, i) -> meetingRow(rs))
                .list();
    }

    /** The limits of the standard each meeting was (or will be) judged against, from the charter by id. */
    private List<MeetingView> withStandards(List<MeetingView> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, TimeStandard> standards =
                charter.standards(rows.stream().map(MeetingView::standardId).toList());
        return rows.stream()
                .map(m -> {
                    var s = m.standardId() == null ? null : standards.get(m.standardId());
                    return s == null ? m : m.withLimits(s.minMinutes(), s.maxMinutes());
                })
                .toList();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static MeetingView meetingRow(ResultSet rs) throws SQLException {
        String compliance = rs.getString("compliance");
        return new MeetingView(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getObject("engagement_id", UUID.class),
                rs.getObject("appointment_id", UUID.class),
                rs.getObject("session_id", UUID.class),
                rs.getString("activity_id"),
                rs.getString("centre_code"),
                rs.getObject("operator_id", UUID.class),
                rs.getString("operator_name"),
                rs.getBoolean("group_meeting"),
                Meeting.Status.valueOf(rs.getString("status")) == Meeting.Status.RUNNING,
                Attendance.valueOf(rs.getString("attendance")),
                rs.getString("justification"),
                instant(rs, "started_at"),
                instant(rs, "ended_at"),
                (Integer) rs.getObject("minutes"),
                rs.getObject("standard_id", UUID.class),
                null,
                null,
                compliance == null ? null : Compliance.valueOf(compliance),
                rs.getString("deviation_reason"),
                rs.getString("notes"),
                rs.getLong("version"));
    }

    private static EngagementView engagementRow(ResultSet rs) throws SQLException {
        String compliance = rs.getString("compliance");
        return new EngagementView(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getString("activity_id"),
                rs.getString("centre_code"),
                instant(rs, "opened_at"),
                Engagement.Status.valueOf(rs.getString("status")) == Engagement.Status.OPEN,
                instant(rs, "closed_at"),
                rs.getInt("meetings"),
                rs.getInt("delivered"),
                (Integer) rs.getObject("total_minutes"),
                rs.getObject("standard_id", UUID.class),
                compliance == null ? null : Compliance.valueOf(compliance),
                rs.getString("deviation_reason"),
                rs.getLong("version"));
    }
}
