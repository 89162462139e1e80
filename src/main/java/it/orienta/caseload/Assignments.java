package it.orienta.caseload;

import it.orienta.charter.Stage;
import it.orienta.system.Actor;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The caseload's own tables: the current assignment of each person and its history. */
@Component
class Assignments {

    /** The stages in the card's order, for "only forward" in SQL. */
    private static final String STAGE_ORDER = "array['RECEPTION', 'NEEDS_ANALYSIS', 'INFORMATION_GUIDANCE', "
            + "'CAREER_COUNSELLING', 'SKILLS_AUDIT', 'AGREEMENT', 'TRANSITION_SUPPORT']::varchar[]";

    private final JdbcClient jdbc;

    Assignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current assignment of a person, locked for the change. */
    record Current(UUID personId, String centreCode, UUID operatorId, String operatorName, long version) {}

    Optional<Current> current(UUID personId) {
        return jdbc.sql("select person_id, centre_code, operator_id, operator_name, version "
                        + "from caseload_assignment where person_id = ?")
                .param(personId)
                .query((rs, i) -> new Current(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getLong(5)))
                .optional();
    }

    /** The assignments of these persons, locked in a fixed order so that two coordinators never deadlock. */
    List<Current> lock(Collection<UUID> personIds) {
        return jdbc.sql("select person_id, centre_code, operator_id, operator_name, version from caseload_assignment "
                        + "where person_id = any(?) order by person_id for update")
                .param(personIds.toArray(UUID[]::new))
                .query((rs, i) -> new Current(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getLong(5)))
                .list();
    }

    /** The person was taken in charge at a centre: the operator who did it is responsible, whatever was before. */
    void takenInCharge(UUID personId, String centre, UUID operatorId, String operatorName, Instant at) {
        jdbc.sql("insert into caseload_assignment (person_id, centre_code, operator_id, operator_name, assigned_at, "
                        + "stage, version) values (?, ?, ?, ?, ?, 'RECEPTION', 0) on conflict (person_id) do update set "
                        + "centre_code = excluded.centre_code, operator_id = excluded.operator_id, "
                        + "operator_name = excluded.operator_name, assigned_at = excluded.assigned_at, "
                        + "version = caseload_assignment.version + 1")
                .params(personId, centre, operatorId, operatorName, Timestamp.from(at))
                .update();
    }

    void assign(UUID personId, UUID operatorId, String operatorName, Instant at) {
        jdbc.sql("update caseload_assignment set operator_id = ?, operator_name = ?, assigned_at = ?, "
                        + "version = version + 1 where person_id = ?")
                .params(operatorId, operatorName, Timestamp.from(at), personId)
                .update();
    }

    /** The person reached this stage: kept when it is further than the one recorded (stages only move forward). */
    void reached(UUID personId, Stage stage) {
        jdbc.sql("update caseload_assignment set stage = ? where person_id = ? "
                        + "and array_position(" + STAGE_ORDER + ", stage) < array_position(" + STAGE_ORDER
                        + ", cast(? as varchar))")
                .params(stage.name(), personId, stage.name())
                .update();
    }

    void record(
            UUID personId,
            String centre,
            AssignmentChange.Kind kind,
            UUID fromId,
            String fromName,
            UUID toId,
            String toName,
            String reason,
            Instant at,
            Actor actor) {
        jdbc.sql("insert into caseload_assignment_change (id, person_id, centre_code, from_operator_id, "
                        + "from_operator_name, to_operator_id, to_operator_name, kind, reason, changed_at, "
                        + "changed_by_id, changed_by_name) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        personId,
                        centre,
                        fromId,
                        fromName,
                        toId,
                        toName,
                        kind.name(),
                        reason,
                        Timestamp.from(at),
                        actor.operatorId(),
                        actor.displayName())
                .update();
    }

    /** The person's changes, newest first. */
    List<AssignmentChange> history(UUID personId) {
        return jdbc.sql("select id, centre_code, kind, from_operator_id, from_operator_name, to_operator_id, "
                        + "to_operator_name, reason, changed_at, changed_by_name from caseload_assignment_change "
                        + "where person_id = ? order by changed_at desc, id")
                .param(personId)
                .query((rs, i) -> new AssignmentChange(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        AssignmentChange.Kind.valueOf(rs.getString(3)),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        rs.getObject(6, UUID.class),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getTimestamp(9).toInstant(),
                        rs.getString(10)))
                .list();
    }
}
