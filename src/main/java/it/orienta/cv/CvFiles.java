package it.orienta.cv;

import it.orienta.system.CaseAccess;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CV files as other modules read them (the worker file, the portal's transfer), and the transfer state they
 * report back. {@link #current} is a read of the person's case (the record-access policy); the others serve the
 * portal's background delivery, which runs as the application. Only {@link #content} reads the PDF.
 */
@Service
@Transactional(readOnly = true)
public class CvFiles {

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final Clock clock;

    CvFiles(JdbcClient jdbc, CaseAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    /** The columns a {@link CvFileView} shows: never the file itself, which only {@link #content} reads. */
    private static final String COLUMNS = "id, person_id, origin, file_name, size_bytes, sha256, saved_at, saved_by,"
            + " obsolete_from, transfer_state, transfer_detail, transfer_updated_at";

    /** The person's current CV, if any: a read of the person's case (the file is not read). */
    public Optional<CvFileView> current(UUID personId) {
        access.read(personId, "cv");
        return jdbc.sql("select " + COLUMNS + " from cv where person_id = :person and is_current")
                .param("person", personId)
                .query(this::view)
                .optional();
    }

    /** A CV by id, current or not, while it exists (deleted CVs are not found). */
    public Optional<CvFileView> find(UUID cvId) {
        return jdbc.sql("select " + COLUMNS + " from cv where id = :id and deleted_at is null")
                .param("id", cvId)
                .query(this::view)
                .optional();
    }

    /** The PDF of a CV, unless deleted or purged. */
    public Optional<byte[]> content(UUID cvId) {
        return jdbc.sql("select content from cv where id = :id and deleted_at is null and content is not null")
                .param("id", cvId)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /** Records the state of a CV's transfer to the portal, as the portal module sees it. */
    @Transactional
    public void recordTransferState(UUID cvId, String state, String detail) {
        jdbc.sql("""
                        update cv set transfer_state = :state, transfer_detail = :detail, transfer_updated_at = :at
                         where id = :id""")
                .param("state", state)
                .param("detail", detail)
                .param("at", Timestamp.from(clock.instant()))
                .param("id", cvId)
                .update();
    }

    private CvFileView view(ResultSet rs, int n) throws SQLException {
        LocalDate obsoleteFrom = rs.getDate("obsolete_from").toLocalDate();
        Timestamp transferAt = rs.getTimestamp("transfer_updated_at");
        return new CvFileView(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getString("origin"),
                rs.getString("file_name"),
                rs.getInt("size_bytes"),
                rs.getString("sha256"),
                rs.getTimestamp("saved_at").toInstant(),
                rs.getString("saved_by"),
                obsoleteFrom,
                Cv.obsolete(obsoleteFrom, LocalDate.now(clock.withZone(it.orienta.system.Rome.ZONE))),
                rs.getString("transfer_state"),
                rs.getString("transfer_detail"),
                transferAt == null ? null : transferAt.toInstant());
    }

    /**
     * The first day each of these persons' current CV is obsolete (R20), for the persons who have one: the candidate
     * profile of the {@code matching} module, which judges the validity on the day it scores. No access check.
     */
    public java.util.Map<UUID, java.time.LocalDate> currentObsoleteFrom(java.util.Collection<UUID> personIds) {
        var result = new java.util.HashMap<UUID, java.time.LocalDate>();
        if (personIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select person_id, obsolete_from from cv where is_current and deleted_at is null "
                        + "and person_id = any(cast(:ids as uuid[]))")
                .param(
                        "ids",
                        personIds.stream()
                                .map(UUID::toString)
                                .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .query((rs, i) -> result.put(rs.getObject(1, UUID.class), rs.getObject(2, java.time.LocalDate.class)))
                .list();
        return result;
    }
}
