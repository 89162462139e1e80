package it.orienta.agreement;

import it.orienta.system.NotFoundException;
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
 * The agreement's plain SQL: the read models (version lists and summaries, one indexed row each, no content), whose
 * person a version or a plan item belongs to (for the access check before anything is loaded), what a version's view
 * says of its scan without loading the file, and the lock that puts one person's changes in a row. Explicit columns
 * mapped to records; the aggregate is loaded through {@link AgreementRepository}.
 */
@Component
class AgreementReads {

    /** The first key of the agreement's advisory locks (the second is the person's). */
    private static final int LOCK_SPACE = 0x50535031; // "PSP1"

    private static final String SUMMARY_COLUMNS =
            "id, person_id, number, status, operator_name, created_at, updated_at, signed_on, version";

    private final JdbcClient jdbc;

    AgreementReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person a version belongs to; 404 when unknown. Says nothing of the content. */
    UUID personOf(UUID agreementId) {
        return jdbc.sql("select person_id from agreement where id = ?")
                .param(agreementId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Agreement", agreementId));
    }

    /** The person a plan item belongs to; 404 when unknown. */
    UUID personOfItem(UUID itemId) {
        return jdbc.sql("select a.person_id from agreement_item i join agreement a on a.id = i.agreement_id"
                        + " where i.id = ?")
                .param(itemId)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("AgreementItem", itemId));
    }

    AgreementSummary summary(UUID id) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from agreement where id = ?")
                .param(id)
                .query((rs, n) -> summaryRow(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("Agreement", id));
    }

    Optional<AgreementSummary> byStatus(UUID personId, AgreementView.Status status) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from agreement where person_id = ? and status = ?")
                .params(personId, status.name())
                .query((rs, n) -> summaryRow(rs))
                .optional();
    }

    /** A person's versions, newest first. */
    List<AgreementSummary> versions(UUID personId) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from agreement where person_id = ? order by number desc")
                .param(personId)
                .query((rs, n) -> summaryRow(rs))
                .list();
    }

    /** The name and size of a version's signed scan, if any, without its content. */
    Optional<AgreementScan.Info> scanInfo(UUID agreementId) {
        return jdbc.sql("select file_name, size_bytes from agreement_scan where agreement_id = ?")
                .param(agreementId)
                .query((rs, n) -> new AgreementScan.Info(rs.getString(1), rs.getInt(2)))
                .optional();
    }

    /**
     * Puts the changes of one person's agreements in a row until the transaction ends: a transaction-scoped
     * advisory lock on a key derived from the person's id (this module's own key space), taken before any row lock,
     * so it cannot deadlock with them and locks no other module's rows; what is read after it is what the change
     * before left.
     */
    void lockPerson(UUID personId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)")
                .params(LOCK_SPACE, personId.hashCode())
                .query((rs, n) -> 1)
                .list();
    }

    private static AgreementSummary summaryRow(ResultSet rs) throws SQLException {
        return new AgreementSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getInt("number"),
                AgreementView.Status.valueOf(rs.getString("status")),
                rs.getString("operator_name"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                rs.getObject("signed_on", LocalDate.class),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
