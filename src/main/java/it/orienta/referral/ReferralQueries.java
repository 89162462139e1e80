package it.orienta.referral;

import it.orienta.person.PersonService;
import it.orienta.person.PersonSummary;
import it.orienta.referral.ReferralService.ReferralPage;
import it.orienta.referral.ReferralView.Reason;
import it.orienta.referral.ReferralView.ReasonSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read model of referrals: one referral, a person's, a centre's awaiting an answer, overdue, or filtered for the
 * coordinator; each with its reasons and the person's name, and {@code overdue} computed for today.
 */
@Component
class ReferralQueries {

    /** Most rows a list answers with, whatever it is asked. */
    static final int MAX_PAGE = 100;

    private static final String COLUMNS = "select id, person_id, centre_code, kind, service_name, recipient,"
            + " shared_data, consent_given, due_date, status, created_at, created_on, created_by, sent_on,"
            + " acknowledged_on, answered_on, answer, outcome_on, outcome, cancelled_on, cancel_reason, version"
            + " from referral";
    private static final String AWAITING = " status in ('SENT', 'ACKNOWLEDGED')";

    private final JdbcClient jdbc;
    private final PersonService persons;

    ReferralQueries(JdbcClient jdbc, PersonService persons) {
        this.jdbc = jdbc;
        this.persons = persons;
    }

    Optional<ReferralView> byId(UUID id, LocalDate today) {
        return load(today, " where id = ?", id).stream().findFirst();
    }

    /** A person's referrals, newest first. */
    List<ReferralView> ofPerson(UUID personId, LocalDate today) {
        return load(today, " where person_id = ? order by created_at desc", personId);
    }

    /** The referrals of a centre awaiting an answer whose due date has passed, most overdue first. */
    List<ReferralView> overdue(String centreCode, LocalDate today) {
        return load(
                today,
                " where centre_code = ? and" + AWAITING + " and due_date < ? order by due_date, created_at limit ?",
                centreCode,
                today,
                MAX_PAGE);
    }

    /** The referrals of a centre awaiting an answer, overdue first then by due date; at most {@code limit}. */
    List<ReferralView> awaiting(String centreCode, int limit, LocalDate today) {
        return load(
                today,
                " where centre_code = ? and" + AWAITING + " order by due_date nulls last, created_at limit ?",
                centreCode,
                Math.min(Math.max(limit, 0), MAX_PAGE));
    }

    /**
     * The centre's referrals filtered by status and/or overdue, overdue first then awaiting, by due date and newest;
     * {@code size} rows from {@code page}.
     */
    ReferralPage ofCentre(
            String centreCode, ReferralStatus status, boolean overdueOnly, int page, int size, LocalDate today) {
        int rows = Math.min(Math.max(size, 1), MAX_PAGE);
        int from = Math.max(page, 0) * rows;
        var where = new StringBuilder(" where centre_code = ?");
        var args = new ArrayList<Object>(List.of(centreCode));
        if (status != null) {
            where.append(" and status = ?");
            args.add(status.name());
        }
        if (overdueOnly) {
            where.append(" and").append(AWAITING).append(" and due_date < ?");
            args.add(today);
        }
        where.append(" order by (")
                .append(AWAITING)
                .append(" and due_date < ?) desc,")
                .append(" (")
                .append(AWAITING)
                .append(") desc, due_date nulls last, created_at desc")
                .append(" limit ? offset ?");
        args.add(today);
        args.add(rows + 1);
        args.add(from);
        var found = load(today, where.toString(), args.toArray());
        return new ReferralPage(
                found.size() > rows ? found.subList(0, rows) : found, Math.max(page, 0), found.size() > rows);
    }

    private List<ReferralView> load(LocalDate today, String where, Object... args) {
        var rows = jdbc.sql(COLUMNS + where)
                .params(args)
                .query(ReferralQueries::row)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(Row::id).toArray(UUID[]::new);
        var reasons = new HashMap<UUID, List<Reason>>();
        jdbc.sql("select referral_id, source, source_id, text from referral_reason where referral_id = any (?)"
                        + " order by referral_id, position")
                .param(ids)
                .query(rs -> {
                    reasons.computeIfAbsent(rs.getObject("referral_id", UUID.class), k -> new ArrayList<>())
                            .add(new Reason(
                                    ReasonSource.valueOf(rs.getString("source")),
                                    rs.getObject("source_id", UUID.class),
                                    rs.getString("text")));
                });
        Map<UUID, PersonSummary> names =
                persons.summaries(rows.stream().map(Row::personId).collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> r.view(reasons.getOrDefault(r.id(), List.of()), names.get(r.personId()), today))
                .toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getString("centre_code"),
                ReferralKind.valueOf(rs.getString("kind")),
                rs.getString("service_name"),
                rs.getString("recipient"),
                rs.getString("shared_data"),
                rs.getBoolean("consent_given"),
                rs.getObject("due_date", LocalDate.class),
                ReferralStatus.valueOf(rs.getString("status")),
                instant(rs, "created_at"),
                rs.getObject("created_on", LocalDate.class),
                rs.getString("created_by"),
                rs.getObject("sent_on", LocalDate.class),
                rs.getObject("acknowledged_on", LocalDate.class),
                rs.getObject("answered_on", LocalDate.class),
                rs.getString("answer"),
                rs.getObject("outcome_on", LocalDate.class),
                rs.getString("outcome"),
                rs.getObject("cancelled_on", LocalDate.class),
                rs.getString("cancel_reason"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** A referral's row before its reasons and the person's name are added. */
    private record Row(
            UUID id,
            UUID personId,
            String centreCode,
            ReferralKind kind,
            String serviceName,
            String recipient,
            String sharedData,
            boolean consentGiven,
            LocalDate dueDate,
            ReferralStatus status,
            Instant createdAt,
            LocalDate createdOn,
            String createdBy,
            LocalDate sentOn,
            LocalDate acknowledgedOn,
            LocalDate answeredOn,
            String answer,
            LocalDate outcomeOn,
            String outcome,
            LocalDate cancelledOn,
            String cancelReason,
            long version) {

        ReferralView view(List<Reason> reasons, PersonSummary person, LocalDate today) {
            return new ReferralView(
                    id,
                    personId,
                    person == null ? "" : person.lastName() + " " + person.firstName(),
                    centreCode,
                    kind,
                    serviceName,
                    recipient,
                    List.copyOf(reasons),
                    Referral.parseCategories(sharedData),
                    consentGiven,
                    dueDate,
                    status,
                    createdAt,
                    createdOn,
                    createdBy,
                    sentOn,
                    acknowledgedOn,
                    answeredOn,
                    answer,
                    outcomeOn,
                    outcome,
                    cancelledOn,
                    cancelReason,
                    Referral.overdue(status, dueDate, today),
                    version);
        }
    }
}
