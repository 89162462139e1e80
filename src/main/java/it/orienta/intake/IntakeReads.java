package it.orienta.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The intake module's read models, read with {@link JdbcClient} (ADR 0018): what the worker file and the other
 * modules show of a person's intakes and consents, one query each, with the privacy notice's number joined instead of
 * loaded per intake. Changes go through the {@link Intake} and {@link MatchingConsent} aggregates.
 */
@Component
class IntakeReads {

    private static final String INTAKE = "select i.id, i.person_id, i.centre_code, i.operator_name, i.intake_date, "
            + "n.number, i.privacy_acknowledged_at, i.profiling_index, i.profiling_date, i.status, i.ended_at, "
            + "i.version, i.transferred_from, i.transfer_reason "
            + "from intake i join privacy_notice n on n.id = i.privacy_notice_id where i.person_id = ?";

    private final JdbcClient jdbc;

    IntakeReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<IntakeView> current(UUID personId) {
        return jdbc.sql(INTAKE + " and i.status = 'CURRENT'")
                .param(personId)
                .query(IntakeReads::intake)
                .optional();
    }

    /** Newest first. */
    List<IntakeView> all(UUID personId) {
        return jdbc.sql(INTAKE + " order by i.intake_date desc, i.id desc")
                .param(personId)
                .query(IntakeReads::intake)
                .list();
    }

    Optional<ConsentState> currentConsent(UUID personId) {
        return jdbc.sql("select state from matching_consent where person_id = ? order by recorded_at desc, id desc "
                        + "limit 1")
                .param(personId)
                .query((rs, i) -> ConsentState.valueOf(rs.getString(1)))
                .optional();
    }

    /** Newest first. */
    List<ConsentView> consentHistory(UUID personId) {
        return jdbc.sql("select id, state, recorded_at, operator_name, centre_code, intake_id from matching_consent "
                        + "where person_id = ? order by recorded_at desc, id desc")
                .param(personId)
                .query((rs, i) -> new ConsentView(
                        rs.getObject(1, UUID.class),
                        ConsentState.valueOf(rs.getString(2)),
                        instant(rs.getTimestamp(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, UUID.class)))
                .list();
    }

    private static IntakeView intake(ResultSet rs, int row) throws SQLException {
        return new IntakeView(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                rs.getInt(6),
                instant(rs.getTimestamp(7)),
                rs.getBigDecimal(8),
                rs.getObject(9, LocalDate.class),
                "CURRENT".equals(rs.getString(10)),
                instant(rs.getTimestamp(11)),
                rs.getLong(12),
                rs.getString(13),
                rs.getString(14));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
