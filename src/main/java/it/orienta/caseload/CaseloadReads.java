package it.orienta.caseload;

import it.orienta.caseload.CaseloadFilter.CvState;
import it.orienta.charter.Stage;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The caseload list in one query: the centre's assignments (index on centre and operator) joined, per row, to the
 * views the owners publish — the person's name, the current intake, the next appointment and the overdue plan items
 * (one index probe each, {@code lateral}), the current CV — so a page costs one statement whatever its size (no N+1).
 */
@Component
class CaseloadReads {

    /** A CV is expiring in its last 30 days of validity (R20), as on the CV module's list. */
    static final int EXPIRING_DAYS = 30;

    private final JdbcClient jdbc;

    CaseloadReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A page of the list.
     *
     * @param operatorId only this operator's persons; null for the whole centre
     * @param responsible the operators who may be responsible at the centre now; with {@code unassigned}, the rows of
     *     anybody else (left the centre) or nobody are listed
     * @param now the time from which an appointment is still to come
     * @param weekEnd the end of the current week (exclusive)
     */
    CaseloadPage page(
            String centre,
            UUID operatorId,
            boolean unassigned,
            Collection<UUID> responsible,
            CaseloadFilter filter,
            LocalDate today,
            Instant now,
            Instant weekEnd) {
        var sql = new StringBuilder("""
                select c.person_id, p.last_name, p.first_name, p.tax_code, ic.intake_date, c.operator_id,
                       c.operator_name, c.stage, na.starts_at, od.overdue, cv.obsolete_from, c.version
                  from caseload_assignment c
                  join intake_current_v ic on ic.person_id = c.person_id and ic.centre_code = c.centre_code
                  join person_directory_v p on p.id = c.person_id
                  left join lateral (select min(a.starts_at) as starts_at from appointment_scheduled_v a
                                      where a.person_id = c.person_id and a.starts_at >= ?) na on true
                  left join lateral (select count(*) as overdue from agreement_open_item_v o
                                      where o.person_id = c.person_id and o.due_date < ?) od on true
                  left join cv_validity_v cv on cv.person_id = c.person_id
                 where c.centre_code = ?
                """);
        var args = new ArrayList<Object>(List.of(Timestamp.from(now), Date.valueOf(today), centre));
        if (operatorId != null) {
            sql.append(" and c.operator_id = ?");
            args.add(operatorId);
        }
        if (unassigned) {
            sql.append(" and (c.operator_id is null or not (c.operator_id = any(?)))");
            args.add(responsible.toArray(UUID[]::new));
        }
        if (filter.stage() != null) {
            sql.append(" and c.stage = ?");
            args.add(filter.stage().name());
        }
        switch (filter.appointment()) {
            case NONE -> sql.append(" and na.starts_at is null");
            case THIS_WEEK -> {
                sql.append(" and na.starts_at < ?");
                args.add(Timestamp.from(weekEnd));
            }
            case ANY -> {}
        }
        if (filter.overdue()) {
            sql.append(" and od.overdue > 0");
        }
        var expiringFrom = Date.valueOf(today.plusDays(EXPIRING_DAYS));
        switch (filter.cv()) {
            case NONE -> sql.append(" and cv.person_id is null");
            case VALID -> {
                sql.append(" and cv.obsolete_from > ?");
                args.add(expiringFrom);
            }
            case EXPIRING -> {
                sql.append(" and cv.obsolete_from > ? and cv.obsolete_from <= ?");
                args.add(Date.valueOf(today));
                args.add(expiringFrom);
            }
            case OBSOLETE -> {
                sql.append(" and cv.obsolete_from <= ?");
                args.add(Date.valueOf(today));
            }
            case ANY -> {}
        }
        sql.append(
                switch (filter.sort()) {
                    case NAME -> " order by p.last_name, p.first_name, c.person_id";
                    case INTAKE_DATE -> " order by ic.intake_date desc, p.last_name, c.person_id";
                    case NEXT_APPOINTMENT -> " order by na.starts_at nulls last, p.last_name, c.person_id";
                    case OVERDUE -> " order by od.overdue desc, p.last_name, c.person_id";
                });
        sql.append(" limit ? offset ?");
        args.add(filter.size() + 1);
        args.add((long) filter.page() * filter.size());
        var rows = jdbc.sql(sql.toString())
                .params(args)
                .query((rs, i) -> {
                    var obsoleteFrom =
                            rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate();
                    var next = rs.getTimestamp(9);
                    return new CaseloadRow(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getDate(5).toLocalDate(),
                            rs.getObject(6, UUID.class),
                            rs.getString(7),
                            Stage.valueOf(rs.getString(8)),
                            next == null ? null : next.toInstant(),
                            rs.getInt(10),
                            cvState(obsoleteFrom, today),
                            obsoleteFrom,
                            rs.getLong(12));
                })
                .list();
        boolean more = rows.size() > filter.size();
        return new CaseloadPage(more ? rows.subList(0, filter.size()) : rows, filter.page(), filter.size(), more);
    }

    /** The CV state on a day: the Java twin of the filter above (and of {@code cv_state}, with "expiring"). */
    static CvState cvState(LocalDate obsoleteFrom, LocalDate today) {
        if (obsoleteFrom == null) return CvState.NONE;
        if (!obsoleteFrom.isAfter(today)) return CvState.OBSOLETE;
        if (!obsoleteFrom.isAfter(today.plusDays(EXPIRING_DAYS))) return CvState.EXPIRING;
        return CvState.VALID;
    }
}
