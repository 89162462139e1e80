package it.orienta.monitoring;

import it.orienta.organisation.OperatorAccount;
import it.orienta.organisation.OrganisationService;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the figures of a range of months from the owners' published views and replaces them in one
 * transaction (ADR 0034): the dashboard never sees a half-written month. Counts are grouped in SQL; the median and
 * the share within 30 days are computed here from the days of each signed PSP ({@link Rules}). Public for the
 * schedule's tests and the browser journeys, which refresh when they need the figures; no module calls it.
 */
@Component
public class FigureRefresh {

    /** A figure's identity: centre, operator (null: the centre), month, indicator, detail (an activity or ''). */
    record Key(String centre, UUID operator, YearMonth month, Indicator indicator, String detail) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;
    private final OrganisationService organisation;

    FigureRefresh(JdbcClient jdbc, JdbcTemplate template, Clock clock, OrganisationService organisation) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
        this.organisation = organisation;
    }

    /** Recomputes the months {@code from} to {@code to} (both included); returns how many figures were written. */
    @Transactional
    public int refresh(YearMonth from, YearMonth to) {
        LocalDate first = from.atDay(1);
        LocalDate end = to.plusMonths(1).atDay(1);
        var figures = new LinkedHashMap<Key, BigDecimal>();
        var names = new HashMap<UUID, String>();
        // one refresh at a time across the cluster (the start-up one of each node is not under ShedLock): the next
        // waits for this one's commit and then replaces the same months, never meeting a half-written month
        jdbc.sql("select pg_advisory_xact_lock(hashtext('monitoring_figure'))")
                .query()
                .singleValue();
        intakes("intake_date", Indicator.TAKEN_IN_CHARGE, first, end, figures, names);
        intakes("ended_on", Indicator.CLOSED, first, end, figures, names);
        agreements(first, end, figures, names);
        planItems(first, end, figures, names);
        referrals(first, end, figures);
        cvs(from, to, figures);
        transfers(first, end, figures);
        var operators = operators();
        proposals(first, end, figures, names, operators);
        pathways(first, end, figures, names, operators);
        meetings(Rules.start(from), Rules.start(to.plusMonths(1)), figures, names);
        sessions(Rules.start(from), Rules.start(to.plusMonths(1)), figures, names);
        template.update(
                "delete from monitoring_figure where month >= ? and month < ?", Date.valueOf(first), Date.valueOf(end));
        var now = Timestamp.from(clock.instant());
        var rows = new ArrayList<Object[]>();
        figures.forEach((k, v) -> rows.add(new Object[] {
            k.centre(),
            k.operator(),
            k.operator() == null ? "" : names.getOrDefault(k.operator(), ""),
            Date.valueOf(k.month().atDay(1)),
            k.indicator().name(),
            k.detail(),
            v,
            now
        }));
        template.batchUpdate("""
                insert into monitoring_figure
                    (centre_code, operator_id, operator_name, month, indicator, detail, value, refreshed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return rows.size();
    }

    private void intakes(
            String column,
            Indicator indicator,
            LocalDate first,
            LocalDate end,
            Map<Key, BigDecimal> figures,
            Map<UUID, String> names) {
        String day = "ended_on".equals(column) ? "ended_on" : "intake_date";
        jdbc.sql("""
                        select centre_code, operator_id, max(operator_name) as operator_name,
                               date_trunc('month', %1$s)::date as month, count(*) as n,
                               count(*) filter (where profiling_index is not null) as profiled
                          from intake_monitoring_v
                         where %1$s >= :first and %1$s < :end
                         group by centre_code, operator_id, date_trunc('month', %1$s)""".formatted(day))
                .param("first", first)
                .param("end", end)
                .query((rs, i) -> {
                    String centre = rs.getString("centre_code");
                    UUID operator = rs.getObject("operator_id", UUID.class);
                    var month = YearMonth.from(rs.getDate("month").toLocalDate());
                    var n = BigDecimal.valueOf(rs.getLong("n"));
                    var profiled = BigDecimal.valueOf(rs.getLong("profiled"));
                    boolean taken = indicator == Indicator.TAKEN_IN_CHARGE && profiled.signum() > 0;
                    add(figures, new Key(centre, null, month, indicator, ""), n);
                    if (taken) add(figures, new Key(centre, null, month, Indicator.PROFILED, ""), profiled);
                    if (operator != null) {
                        names.put(operator, rs.getString("operator_name"));
                        add(figures, new Key(centre, operator, month, indicator, ""), n);
                        if (taken) add(figures, new Key(centre, operator, month, Indicator.PROFILED, ""), profiled);
                    }
                    return null;
                })
                .list();
    }

    /** The first PSP signed in each taking in charge, by the month it was signed: its days from the intake's start. */
    private void agreements(LocalDate first, LocalDate end, Map<Key, BigDecimal> figures, Map<UUID, String> names) {
        var days = new LinkedHashMap<Key, List<Integer>>();
        jdbc.sql("""
                        select centre_code, operator_id, operator_name, signed_on, days
                          from (select distinct on (i.intake_id)
                                       i.centre_code, a.operator_id, a.operator_name, a.signed_on,
                                       a.signed_on - i.intake_date as days
                                  from intake_monitoring_v i
                                  join agreement_monitoring_v a
                                    on a.person_id = i.person_id
                                   and a.signed_on >= i.intake_date
                                   and (i.ended_on is null or a.signed_on <= i.ended_on)
                                 where i.intake_date < :end
                                 order by i.intake_id, a.signed_on, a.number) firsts
                         where signed_on >= :first and signed_on < :end""")
                .param("first", first)
                .param("end", end)
                .query((rs, i) -> {
                    String centre = rs.getString("centre_code");
                    UUID operator = rs.getObject("operator_id", UUID.class);
                    var month = YearMonth.from(rs.getDate("signed_on").toLocalDate());
                    int d = rs.getInt("days");
                    days.computeIfAbsent(
                                    new Key(centre, null, month, Indicator.PSP_DAYS_MEDIAN, ""), k -> new ArrayList<>())
                            .add(d);
                    if (operator != null) {
                        names.put(operator, rs.getString("operator_name"));
                        days.computeIfAbsent(
                                        new Key(centre, operator, month, Indicator.PSP_DAYS_MEDIAN, ""),
                                        k -> new ArrayList<>())
                                .add(d);
                    }
                    return null;
                })
                .list();
        days.forEach((k, list) -> {
            figures.put(k, Rules.median(list));
            figures.put(withIndicator(k, Indicator.PSP_SIGNED), BigDecimal.valueOf(list.size()));
            figures.put(
                    withIndicator(k, Indicator.PSP_WITHIN_30),
                    BigDecimal.valueOf(
                            list.stream().filter(d -> d <= Rules.PSP_DAYS).count()));
        });
    }

    /**
     * The dated plan items of the PSPs in force by the month they are due, and those overdue today (Rome): due
     * before today and still planned or in progress ({@link Rules#overdue}).
     */
    private void planItems(LocalDate first, LocalDate end, Map<Key, BigDecimal> figures, Map<UUID, String> names) {
        var today = LocalDate.now(clock.withZone(it.orienta.system.Rome.ZONE));
        jdbc.sql("""
                        select centre_code, operator_id, max(operator_name) as operator_name,
                               date_trunc('month', due_date)::date as month, due_date, status, count(*) as n
                          from agreement_item_monitoring_v
                         where due_date >= :first and due_date < :end
                         group by centre_code, operator_id, date_trunc('month', due_date), due_date, status""")
                .param("first", first)
                .param("end", end)
                .query((rs, i) -> {
                    String centre = rs.getString("centre_code");
                    UUID operator = rs.getObject("operator_id", UUID.class);
                    var month = YearMonth.from(rs.getDate("month").toLocalDate());
                    var n = BigDecimal.valueOf(rs.getLong("n"));
                    var kinds = new ArrayList<Indicator>();
                    kinds.add(Indicator.PLAN_ITEMS_DUE);
                    if (Rules.overdue(rs.getDate("due_date").toLocalDate(), rs.getString("status"), today))
                        kinds.add(Indicator.PLAN_ITEMS_OVERDUE);
                    for (var kind : kinds) {
                        add(figures, new Key(centre, null, month, kind, ""), n);
                        if (operator != null) {
                            names.put(operator, rs.getString("operator_name"));
                            add(figures, new Key(centre, operator, month, kind, ""), n);
                        }
                    }
                    return null;
                })
                .list();
    }

    /** The referrals due in the month and overdue today (Rome): still awaiting an answer, due before today. */
    private void referrals(LocalDate first, LocalDate end, Map<Key, BigDecimal> figures) {
        var today = LocalDate.now(clock.withZone(it.orienta.system.Rome.ZONE));
        jdbc.sql("""
                        select centre_code, date_trunc('month', due_date)::date as month, due_date, status,
                               count(*) as n
                          from referral_monitoring_v
                         where due_date >= :first and due_date < :end and due_date < :today
                           and status in ('SENT', 'ACKNOWLEDGED')
                         group by centre_code, date_trunc('month', due_date), due_date, status""")
                .param("first", first)
                .param("end", end)
                .param("today", today)
                .query((rs, i) -> {
                    if (Rules.referralOverdue(rs.getDate("due_date").toLocalDate(), rs.getString("status"), today))
                        add(
                                figures,
                                new Key(
                                        rs.getString("centre_code"),
                                        null,
                                        YearMonth.from(rs.getDate("month").toLocalDate()),
                                        Indicator.REFERRALS_OVERDUE,
                                        ""),
                                BigDecimal.valueOf(rs.getLong("n")));
                    return null;
                })
                .list();
    }

    /**
     * The centre's current CVs by their state on each month's last day (today for this month), counting those saved
     * by then; months after today have none. As of the refresh: a CV replaced since is not counted (ADR 0034).
     */
    private void cvs(YearMonth from, YearMonth to, Map<Key, BigDecimal> figures) {
        var today = LocalDate.now(clock.withZone(it.orienta.system.Rome.ZONE));
        for (var month = from; !month.isAfter(to) && !month.atDay(1).isAfter(today); month = month.plusMonths(1)) {
            var day = Rules.cvDay(month, today);
            var m = month;
            jdbc.sql("""
                            select centre_code, obsolete_from, count(*) as n
                              from cv_monitoring_v
                             where saved_on <= :day
                             group by centre_code, obsolete_from""")
                    .param("day", day)
                    .query((rs, i) -> {
                        var state = Rules.cvState(rs.getDate("obsolete_from").toLocalDate(), day);
                        add(
                                figures,
                                new Key(rs.getString("centre_code"), null, m, state, ""),
                                BigDecimal.valueOf(rs.getLong("n")));
                        return null;
                    })
                    .list();
        }
    }

    /** The transfers to the portal by the month of their request (Rome), with their state at the refresh. */
    private void transfers(LocalDate first, LocalDate end, Map<Key, BigDecimal> figures) {
        jdbc.sql("""
                        select centre_code, date_trunc('month', requested_on)::date as month, state, count(*) as n
                          from portal_transfer_monitoring_v
                         where requested_on >= :first and requested_on < :end
                         group by centre_code, date_trunc('month', requested_on), state""")
                .param("first", first)
                .param("end", end)
                .query((rs, i) -> {
                    String centre = rs.getString("centre_code");
                    var month = YearMonth.from(rs.getDate("month").toLocalDate());
                    var n = BigDecimal.valueOf(rs.getLong("n"));
                    add(figures, new Key(centre, null, month, Indicator.TRANSFERS_REQUESTED, ""), n);
                    var state = Rules.transferState(rs.getString("state"));
                    if (state != null) add(figures, new Key(centre, null, month, state, ""), n);
                    return null;
                })
                .list();
    }

    /**
     * The proposals made in the month and those whose outcome "hired" was recorded in the month, each for the centre
     * and for the operator who proposed it (proposal records their name: resolved to the operator here).
     */
    private void proposals(
            LocalDate first,
            LocalDate end,
            Map<Key, BigDecimal> figures,
            Map<UUID, String> names,
            Map<String, OperatorAccount> operators) {
        jdbc.sql("""
                        select centre_code, proposed_by, 'PROPOSALS' as kind,
                               date_trunc('month', proposed_on)::date as month, count(*) as n
                          from proposal_monitoring_v
                         where proposed_on >= :first and proposed_on < :end
                         group by centre_code, proposed_by, date_trunc('month', proposed_on)
                        union all
                        select centre_code, proposed_by, 'HIRES', date_trunc('month', outcome_on)::date, count(*)
                          from proposal_monitoring_v
                         where status = 'HIRED' and outcome_on >= :first and outcome_on < :end
                         group by centre_code, proposed_by, date_trunc('month', outcome_on)""")
                .param("first", first)
                .param("end", end)
                .query((rs, i) -> {
                    String centre = rs.getString("centre_code");
                    var month = YearMonth.from(rs.getDate("month").toLocalDate());
                    var kind = Indicator.valueOf(rs.getString("kind"));
                    var n = BigDecimal.valueOf(rs.getLong("n"));
                    add(figures, new Key(centre, null, month, kind, ""), n);
                    addForOperator(
                            figures,
                            names,
                            operators,
                            rs.getString("proposed_by"),
                            new Key(centre, null, month, kind, ""),
                            n);
                    return null;
                })
                .list();
    }

    /**
     * The pathways closed in the month by outcome, for the centre and the operator who recorded the closure; a
     * pathway with several outcomes counts once in {@link Indicator#PATHWAYS_CLOSED} and once under each outcome.
     */
    private void pathways(
            LocalDate first,
            LocalDate end,
            Map<Key, BigDecimal> figures,
            Map<UUID, String> names,
            Map<String, OperatorAccount> operators) {
        jdbc.sql("""
                        select centre_code, recorded_by, date_trunc('month', closed_on)::date as month,
                               cast(outcomes as text[]) as outcomes, count(*) as n
                          from pathway_monitoring_v
                         where closed_on >= :first and closed_on < :end
                         group by centre_code, recorded_by, date_trunc('month', closed_on), outcomes""")
                .param("first", first)
                .param("end", end)
                .query((rs, i) -> {
                    String centre = rs.getString("centre_code");
                    var month = YearMonth.from(rs.getDate("month").toLocalDate());
                    var n = BigDecimal.valueOf(rs.getLong("n"));
                    String by = rs.getString("recorded_by");
                    var kinds = new ArrayList<Indicator>();
                    kinds.add(Indicator.PATHWAYS_CLOSED);
                    for (Object o : (Object[]) rs.getArray("outcomes").getArray()) {
                        var kind = Rules.pathwayOutcome(String.valueOf(o));
                        if (kind != null && !kinds.contains(kind)) kinds.add(kind);
                    }
                    for (var kind : kinds) {
                        var key = new Key(centre, null, month, kind, "");
                        add(figures, key, n);
                        addForOperator(figures, names, operators, by, key, n);
                    }
                    return null;
                })
                .list();
    }

    /**
     * The operators by the name the owners record who acted by (proposal and pathway keep the actor's display name,
     * the operator's full name): a name two operators share is left out, so those figures are the centre's only.
     */
    private Map<String, OperatorAccount> operators() {
        var operators = new HashMap<String, OperatorAccount>();
        var shared = new java.util.HashSet<String>();
        for (var o : organisation.operators()) {
            if (operators.putIfAbsent(o.fullName(), o) != null) shared.add(o.fullName());
        }
        shared.forEach(operators::remove);
        return operators;
    }

    /** Adds the centre's figure {@code key} for the operator named {@code by} too, when one operator has that name. */
    private static void addForOperator(
            Map<Key, BigDecimal> figures,
            Map<UUID, String> names,
            Map<String, OperatorAccount> operators,
            String by,
            Key key,
            BigDecimal n) {
        var operator = by == null ? null : operators.get(by);
        if (operator == null) return;
        names.put(operator.id(), operator.fullName());
        add(figures, new Key(key.centre(), operator.id(), key.month(), key.indicator(), key.detail()), n);
    }

    private void meetings(Instant from, Instant to, Map<Key, BigDecimal> figures, Map<UUID, String> names) {
        jdbc.sql("""
                        select centre_code, operator_id, max(operator_name) as operator_name, activity_id,
                               date_trunc('month', started_at at time zone 'Europe/Rome')::date as month,
                               attendance, compliance, count(*) as n
                          from meeting_monitoring_v
                         where started_at >= :from and started_at < :to
                         group by centre_code, operator_id, activity_id,
                                  date_trunc('month', started_at at time zone 'Europe/Rome'), attendance, compliance""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, i) -> {
                    String centre = rs.getString("centre_code");
                    UUID operator = rs.getObject("operator_id", UUID.class);
                    names.put(operator, rs.getString("operator_name"));
                    var month = YearMonth.from(rs.getDate("month").toLocalDate());
                    String activity = rs.getString("activity_id");
                    var n = BigDecimal.valueOf(rs.getLong("n"));
                    var kinds = new ArrayList<Indicator>();
                    kinds.add(Indicator.MEETINGS);
                    String attendance = rs.getString("attendance");
                    if ("ABSENT".equals(attendance)) kinds.add(Indicator.MEETINGS_ABSENT);
                    if ("PRESENT".equals(attendance)) kinds.add(Indicator.ofCompliance(rs.getString("compliance")));
                    for (var kind : kinds) {
                        add(figures, new Key(centre, null, month, kind, ""), n);
                        add(figures, new Key(centre, null, month, kind, activity), n);
                        add(figures, new Key(centre, operator, month, kind, ""), n);
                    }
                    return null;
                })
                .list();
    }

    /** The group sessions held by the month (Rome) they started: how many, their places and the persons enrolled. */
    private void sessions(Instant from, Instant to, Map<Key, BigDecimal> figures, Map<UUID, String> names) {
        jdbc.sql("""
                        select centre_code, operator_id, max(operator_name) as operator_name,
                               date_trunc('month', started_at at time zone 'Europe/Rome')::date as month,
                               count(*) as held, sum(capacity) as places, sum(enrolled) as enrolled
                          from session_monitoring_v
                         where started_at >= :from and started_at < :to
                         group by centre_code, operator_id, date_trunc('month', started_at at time zone 'Europe/Rome')""")
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, i) -> {
                    String centre = rs.getString("centre_code");
                    UUID operator = rs.getObject("operator_id", UUID.class);
                    names.put(operator, rs.getString("operator_name"));
                    var month = YearMonth.from(rs.getDate("month").toLocalDate());
                    var values = Map.of(
                            Indicator.SESSIONS_HELD, rs.getLong("held"),
                            Indicator.SESSION_PLACES, rs.getLong("places"),
                            Indicator.SESSION_ENROLLED, rs.getLong("enrolled"));
                    values.forEach((kind, n) -> {
                        add(figures, new Key(centre, null, month, kind, ""), BigDecimal.valueOf(n));
                        add(figures, new Key(centre, operator, month, kind, ""), BigDecimal.valueOf(n));
                    });
                    return null;
                })
                .list();
    }

    private static Key withIndicator(Key k, Indicator indicator) {
        return new Key(k.centre(), k.operator(), k.month(), indicator, k.detail());
    }

    private static void add(Map<Key, BigDecimal> figures, Key key, BigDecimal n) {
        figures.merge(key, n, BigDecimal::add);
    }
}
