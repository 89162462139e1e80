package it.orienta.portalsim;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The simulated portal and CV search system: their state (V25), the person's confirmation as the person would give
 * it, and the failure modes tests and demos set. Public so that tests can set a failure and count deliveries.
 */
@Service
@ConditionalOnExpression(PortalSimulator.ENABLED)
public class PortalSimulator {

    /** On when {@code orienta.portalsim.enabled} says so, else when the database is embedded. */
    static final String ENABLED = "${orienta.portalsim.enabled:'${spring.datasource.url:}'.isEmpty()}";

    /** The API key the simulator accepts and the secret it signs its notices with, unless configured. */
    static final String DEFAULT_KEY = "orienta-portal-simulator";

    /** How the simulator misbehaves. */
    public enum Mode {
        /** Answers as the contract says. */
        NORMAL,
        /** Answers 503 and closes the connection, as a portal behind a gateway with no backend. */
        UNREACHABLE,
        /** Waits {@code slowMillis} before answering. */
        SLOW,
        /** Answers 500. */
        ERROR,
        /** Refuses pre-registrations, uploads and removals with 422 and the reason set. */
        REFUSE
    }

    /** The current failure mode. */
    public record Failure(Mode mode, String reason, long slowMillis) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final NoticeSender notices;
    private final Environment environment;
    private volatile Failure failure = new Failure(Mode.NORMAL, null, 0);

    PortalSimulator(JdbcClient jdbc, Clock clock, NoticeSender notices, Environment environment) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.notices = notices;
        this.environment = environment;
    }

    /** Sets how the simulator fails from now on ({@link Mode#NORMAL} to recover). */
    public void failWith(Mode mode, String reason, long slowMillis) {
        failure = new Failure(mode == null ? Mode.NORMAL : mode, reason, Math.max(0, slowMillis));
    }

    public Failure failure() {
        return failure;
    }

    String apiKey() {
        return environment.getProperty("orienta.portalsim.api-key", DEFAULT_KEY);
    }

    /** How many requests carried this idempotency key (0 when none). */
    public int deliveries(String idempotencyKey) {
        return jdbc.sql("select deliveries from portalsim_cv where idempotency_key = :key")
                .param("key", idempotencyKey)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /** The status of the CV received with this key: HELD, SEARCHABLE, REMOVED; empty when never received. */
    public Optional<String> cvStatus(String idempotencyKey) {
        return jdbc.sql("select status from portalsim_cv where idempotency_key = :key")
                .param("key", idempotencyKey)
                .query(String.class)
                .optional();
    }

    /** The person's status on the portal: PENDING_CONFIRMATION, CONFIRMED; empty when unknown. */
    public Optional<String> personStatus(String taxCode) {
        return jdbc.sql("select status from portalsim_person where tax_code = :tax")
                .param("tax", taxCode)
                .query(String.class)
                .optional();
    }

    /** Registers a person as already confirmed on the portal (tests, demo). */
    @Transactional
    public void registerConfirmed(String taxCode, String firstName, String lastName) {
        Instant now = Instant.now(clock);
        jdbc.sql("""
                        insert into portalsim_person (tax_code, first_name, last_name, channel, status, created_at,
                                                      confirmed_at)
                        values (:tax, :first, :last, 'EMAIL', 'CONFIRMED', :now, :now)
                        on conflict (tax_code) do nothing""")
                .param("tax", taxCode)
                .param("first", firstName)
                .param("last", lastName)
                .param("now", Timestamp.from(now))
                .update();
    }

    // --- the portal

    Optional<Map<String, Object>> person(String taxCode) {
        return jdbc.sql("select tax_code, status, channel from portalsim_person where tax_code = :tax")
                .param("tax", taxCode)
                .query((rs, n) -> Map.<String, Object>of(
                        "taxCode", rs.getString(1), "status", rs.getString(2), "channel", rs.getString(3)))
                .optional();
    }

    /** Pre-registers a person; answers false when the portal knew them already. */
    @Transactional
    boolean preRegister(
            String taxCode, String firstName, String lastName, String email, String mobile, String channel) {
        return jdbc.sql("""
                                insert into portalsim_person (tax_code, first_name, last_name, email, mobile_phone,
                                                              channel, status, created_at)
                                values (:tax, :first, :last, :email, :mobile, :channel, 'PENDING_CONFIRMATION', :now)
                                on conflict (tax_code) do nothing""")
                        .param("tax", taxCode)
                        .param("first", firstName)
                        .param("last", lastName)
                        .param("email", email)
                        .param("mobile", mobile)
                        .param("channel", channel)
                        .param("now", Timestamp.from(Instant.now(clock)))
                        .update()
                == 1;
    }

    /** The receipt of an upload. */
    record Receipt(String idempotencyKey, String status, boolean first) {}

    /** Receives a CV once per key; passes it to the CV search system at once if the person is confirmed. */
    @Transactional
    Receipt upload(String taxCode, String key, String fileName, byte[] pdf, String sha256, boolean confirmed) {
        var existing = jdbc.sql("select status from portalsim_cv where idempotency_key = :key for update")
                .param("key", key)
                .query(String.class)
                .optional();
        if (existing.isPresent()) {
            jdbc.sql("update portalsim_cv set deliveries = deliveries + 1 where idempotency_key = :key")
                    .param("key", key)
                    .update();
            return new Receipt(key, receipt(existing.get()), false);
        }
        Instant now = Instant.now(clock);
        String status = confirmed ? "SEARCHABLE" : "HELD";
        int inserted = jdbc.sql("""
                        insert into portalsim_cv (idempotency_key, tax_code, file_name, size_bytes, sha256, status,
                                                  received_at, searchable_at)
                        values (:key, :tax, :name, :size, :sha, :status, :now, :searchable)
                        on conflict (idempotency_key) do update set deliveries = portalsim_cv.deliveries + 1""")
                .param("key", key)
                .param("tax", taxCode)
                .param("name", fileName)
                .param("size", pdf.length)
                .param("sha", sha256)
                .param("status", status)
                .param("now", Timestamp.from(now))
                .param("searchable", confirmed ? Timestamp.from(now) : null)
                .update();
        if (confirmed) {
            notice("CV_ACCEPTED", taxCode, key, null, now);
        }
        return new Receipt(key, confirmed ? "RECEIVED" : "AWAITING_CONFIRMATION", inserted == 1);
    }

    private static String receipt(String status) {
        return switch (status) {
            case "HELD" -> "AWAITING_CONFIRMATION";
            case "SEARCHABLE" -> "ACCEPTED";
            default -> status;
        };
    }

    /**
     * The person confirms their pre-registration (as they would by the link in the message): the portal notifies
     * Orienta and passes the CVs it held to the CV search system.
     *
     * @return false when the person is unknown or confirmed already
     */
    @Transactional
    public boolean confirm(String taxCode) {
        Instant now = Instant.now(clock);
        int changed = jdbc.sql("""
                        update portalsim_person set status = 'CONFIRMED', confirmed_at = :now
                         where tax_code = :tax and status = 'PENDING_CONFIRMATION'""")
                .param("tax", taxCode)
                .param("now", Timestamp.from(now))
                .update();
        if (changed == 0) {
            return false;
        }
        notice("PERSON_CONFIRMED", taxCode, null, null, now);
        var held = jdbc.sql("""
                        update portalsim_cv set status = 'SEARCHABLE', searchable_at = :now
                         where tax_code = :tax and status = 'HELD' returning idempotency_key""")
                .param("tax", taxCode)
                .param("now", Timestamp.from(now))
                .query(String.class)
                .list();
        held.forEach(key -> notice("CV_ACCEPTED", taxCode, key, null, now));
        return true;
    }

    // --- the CV search system

    /** Removes a CV from the search system; answers false when it never had it. */
    @Transactional
    boolean remove(String key) {
        var status = jdbc.sql("select status from portalsim_cv where idempotency_key = :key for update")
                .param("key", key)
                .query(String.class)
                .optional();
        if (status.isEmpty()) {
            return false;
        }
        jdbc.sql("""
                        update portalsim_cv set status = 'REMOVED', removed_at = coalesce(removed_at, :now)
                         where idempotency_key = :key""")
                .param("key", key)
                .param("now", Timestamp.from(Instant.now(clock)))
                .update();
        return true;
    }

    // --- the admin page

    record PersonRow(
            String taxCode,
            String firstName,
            String lastName,
            String email,
            String mobilePhone,
            String channel,
            String status,
            Instant createdAt) {}

    record CvRow(String key, String taxCode, String fileName, String status, int deliveries, Instant receivedAt) {}

    List<PersonRow> persons() {
        return jdbc.sql("""
                        select tax_code, first_name, last_name, email, mobile_phone, channel, status, created_at
                          from portalsim_person order by created_at desc limit 200""")
                .query((rs, n) -> new PersonRow(
                        rs.getString("tax_code"),
                        rs.getString("first_name"),
                        rs.getString("last_name"),
                        rs.getString("email"),
                        rs.getString("mobile_phone"),
                        rs.getString("channel"),
                        rs.getString("status"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    List<CvRow> cvs() {
        return jdbc.sql("""
                        select idempotency_key, tax_code, file_name, status, deliveries, received_at
                          from portalsim_cv order by received_at desc limit 200""")
                .query((rs, n) -> new CvRow(
                        rs.getString("idempotency_key"),
                        rs.getString("tax_code"),
                        rs.getString("file_name"),
                        rs.getString("status"),
                        rs.getInt("deliveries"),
                        rs.getTimestamp("received_at").toInstant()))
                .list();
    }

    private void notice(String type, String taxCode, String key, String reason, Instant now) {
        jdbc.sql("""
                        insert into portalsim_notice (id, type, tax_code, idempotency_key, reason, created_at)
                        values (:id, :type, :tax, :key, :reason, :now)""")
                .param("id", UUID.randomUUID())
                .param("type", type)
                .param("tax", taxCode)
                .param("key", key)
                .param("reason", reason)
                .param("now", Timestamp.from(now))
                .update();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    notices.kick();
                }
            });
        } else {
            notices.kick();
        }
    }
}
