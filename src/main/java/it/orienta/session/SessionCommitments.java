package it.orienta.session;

import it.orienta.guidance.AppointmentService;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The group sessions an operator holds, for guidance's check of an appointment's time (issue 14): a session still
 * to hold overlaps an appointment booked in its time. One indexed range of the operator's sessions (a session lasts
 * at most 12 hours).
 */
@Component
class SessionCommitments implements AppointmentService.Commitments {

    private final JdbcClient jdbc;

    SessionCommitments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AppointmentService.Commitment> of(UUID operatorId, Instant from, Instant to) {
        return jdbc.sql("select id, title, starts_at, minutes from group_session where operator_id = ?"
                        + " and status = 'SCHEDULED' and starts_at < ? and starts_at >= ? order by starts_at")
                .params(operatorId, Timestamp.from(to), Timestamp.from(from.minus(Duration.ofHours(12))))
                .query((rs, i) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    Instant start = rs.getTimestamp(3).toInstant();
                    return new AppointmentService.Commitment(
                            AppointmentService.Commitment.SESSION,
                            id,
                            "/sessions/" + id,
                            null,
                            rs.getString(2),
                            start,
                            start.plus(Duration.ofMinutes(rs.getInt(4))));
                })
                .list();
    }
}
