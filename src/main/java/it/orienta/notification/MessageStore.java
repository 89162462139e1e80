package it.orienta.notification;

import it.orienta.notification.MessageView.DeliveryView;
import it.orienta.notification.MessageView.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox: messages, their deliveries per channel, in SQL (JdbcClient). */
@Repository
class MessageStore {

    private static final String MESSAGE_COLUMNS =
            "id, person_id, centre_code, dedup_key, subject, body, status, reason," + " queued_at, settled_at";
    private static final String DELIVERY_COLUMNS =
            "id, message_id, channel, status, attempts, last_error," + " last_attempt_at, next_attempt_at, sent_at";

    private final JdbcClient jdbc;

    MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new message; empty when one with the same deduplication key exists already. */
    Optional<UUID> insert(
            UUID id, MessageRequest request, String centreCode, Rendered rendered, Instant now, String queuedBy) {
        return jdbc.sql("insert into notification_message (id, person_id, centre_code, dedup_key, subject_key,"
                        + " body_key, args, locale, subject, body, sms_text, status, queued_at, queued_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (dedup_key) do nothing returning id")
                .params(
                        id,
                        request.personId(),
                        centreCode,
                        request.dedupKey(),
                        request.subjectKey(),
                        request.bodyKey(),
                        request.args().toArray(String[]::new),
                        request.locale().toLanguageTag(),
                        rendered.subject(),
                        rendered.body(),
                        rendered.sms(),
                        Status.QUEUED.name(),
                        Timestamp.from(now),
                        queuedBy)
                .query(UUID.class)
                .optional();
    }

    Optional<UUID> idByDedupKey(String dedupKey) {
        return jdbc.sql("select id from notification_message where dedup_key = ?")
                .param(dedupKey)
                .query(UUID.class)
                .optional();
    }

    void insertDelivery(UUID messageId, Channel channel, DeliveryView.Status status, String error, Instant now) {
        jdbc.sql("insert into notification_delivery (id, message_id, channel, status, last_error, next_attempt_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        messageId,
                        channel.name(),
                        status.name(),
                        error,
                        status == DeliveryView.Status.PENDING ? Timestamp.from(now) : null)
                .update();
    }

    Optional<MessageView> message(UUID id) {
        return messages("where id = ?", List.of(id), 1).stream().findFirst();
    }

    /** The sms text and the locale of a message, for delivery. */
    String smsText(UUID id) {
        return jdbc.sql("select sms_text from notification_message where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    /** A person's messages, newest first, at most {@code limit}. */
    List<MessageView> ofPerson(UUID personId, int limit) {
        return messages("where person_id = ? order by queued_at desc, id", List.of(personId), limit);
    }

    private List<MessageView> messages(String where, List<Object> args, int limit) {
        var all = new ArrayList<Object>(args);
        all.add(limit);
        var rows = jdbc.sql("select " + MESSAGE_COLUMNS + " from notification_message " + where + " limit ?")
                .params(all)
                .query((rs, i) -> new MessageView(
                        rs.getObject("id", UUID.class),
                        rs.getObject("person_id", UUID.class),
                        rs.getString("centre_code"),
                        rs.getString("dedup_key"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        Status.valueOf(rs.getString("status")),
                        rs.getString("reason"),
                        instant(rs, "queued_at"),
                        instant(rs, "settled_at"),
                        List.of()))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<DeliveryView>> deliveries = new LinkedHashMap<>();
        jdbc.sql("select " + DELIVERY_COLUMNS
                        + " from notification_delivery where message_id = any (?) order by channel")
                .param(rows.stream().map(MessageView::id).toArray(UUID[]::new))
                .query(MessageStore::delivery)
                .list()
                .forEach(d -> deliveries
                        .computeIfAbsent(d.messageId(), k -> new ArrayList<>())
                        .add(d));
        return rows.stream()
                .map(m -> new MessageView(
                        m.id(),
                        m.personId(),
                        m.centreCode(),
                        m.dedupKey(),
                        m.subject(),
                        m.body(),
                        m.status(),
                        m.reason(),
                        m.queuedAt(),
                        m.settledAt(),
                        List.copyOf(deliveries.getOrDefault(m.id(), List.of()))))
                .toList();
    }

    /** Deliveries newest attempt first, optionally of one status; one more row than asked tells whether more follow. */
    List<DeliveryView> deliveries(DeliveryView.Status status, int page, int size) {
        var sql = "select " + DELIVERY_COLUMNS + " from notification_delivery"
                + (status == null ? "" : " where status = ?")
                + " order by last_attempt_at desc nulls last, id limit ? offset ?";
        var args = new ArrayList<Object>();
        if (status != null) {
            args.add(status.name());
        }
        args.add(size + 1);
        args.add(page * size);
        return jdbc.sql(sql).params(args).query(MessageStore::delivery).list();
    }

    /**
     * Claims the due deliveries for {@code worker}: locks them skipping those another worker holds, leases them until
     * {@code leaseUntil} and counts the attempt, in one statement (ADR 0025). A delivery whose lease expired (its
     * worker's node died) is due again; one still leased is not.
     */
    List<Claimed> claimDue(String worker, Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                        with due as (
                            select id from notification_delivery
                             where status = 'PENDING' and next_attempt_at <= :now
                               and (lease_until is null or lease_until <= :now)
                             order by next_attempt_at
                             limit :limit
                             for update skip locked),
                        claimed as (
                            update notification_delivery d
                               set claimed_by = :worker, lease_until = :lease, attempts = d.attempts + 1
                              from due where d.id = due.id
                            returning d.id, d.message_id, d.channel, d.attempts)
                        select c.id, c.message_id, c.channel, c.attempts, m.person_id, m.centre_code, m.subject,
                               m.body, m.sms_text
                          from claimed c join notification_message m on m.id = c.message_id""")
                .param("now", Timestamp.from(now))
                .param("lease", Timestamp.from(leaseUntil))
                .param("worker", worker)
                .param("limit", limit)
                .query((rs, i) -> new Claimed(
                        rs.getObject("id", UUID.class),
                        rs.getObject("message_id", UUID.class),
                        Channel.valueOf(rs.getString("channel")),
                        rs.getInt("attempts"),
                        rs.getObject("person_id", UUID.class),
                        rs.getString("centre_code"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("sms_text")))
                .list();
    }

    /** A delivery claimed by a worker, with what sending it needs. {@code attempts} counts this one. */
    record Claimed(
            UUID id,
            UUID messageId,
            Channel channel,
            int attempts,
            UUID personId,
            String centreCode,
            String subject,
            String body,
            String smsText) {

        /** The text for the channel: the short SMS text or the e-mail's body. */
        String text() {
            return channel == Channel.SMS ? smsText : body;
        }
    }

    /**
     * Renews the leases {@code worker} still holds at {@code now} among {@code deliveryIds} (the rest of its batch)
     * until {@code leaseUntil}, just before it sends the next one: a lease lasts while its worker makes progress, so
     * it needs to outlast one send, not a whole batch. Answers the ids still held; a worker sends nothing else.
     */
    java.util.Set<UUID> renew(List<UUID> deliveryIds, String worker, Instant now, Instant leaseUntil) {
        return new java.util.HashSet<>(jdbc.sql("""
                        update notification_delivery set lease_until = :lease
                         where id = any (:ids) and status = 'PENDING' and claimed_by = :worker and lease_until > :now
                        returning id""")
                .param("lease", Timestamp.from(leaseUntil))
                .param("ids", deliveryIds.toArray(UUID[]::new))
                .param("worker", worker)
                .param("now", Timestamp.from(now))
                .query(UUID.class)
                .list());
    }

    /**
     * Records the outcome of a claimed delivery, only while {@code worker} still holds its lease at {@code now}:
     * answers false (and writes nothing) when the lease expired or another worker took the row since. The lease
     * ends; {@code claimed_by} stays, telling which worker made the last attempt.
     */
    boolean record(UUID deliveryId, String worker, DeliveryRules.Step step, String address, Instant now) {
        return jdbc.sql("""
                        update notification_delivery
                           set status = :status, address = coalesce(:address, address), last_attempt_at = :now,
                               next_attempt_at = :next, last_error = :error, sent_at = :sent, lease_until = null
                         where id = :id and status = 'PENDING' and claimed_by = :worker and lease_until > :now""")
                        .param("status", step.status().name())
                        .param("address", address)
                        .param("now", Timestamp.from(now))
                        .param("next", step.nextAttemptAt() == null ? null : Timestamp.from(step.nextAttemptAt()))
                        .param("error", step.error())
                        .param("sent", step.status() == DeliveryView.Status.SENT ? Timestamp.from(now) : null)
                        .param("id", deliveryId)
                        .param("worker", worker)
                        .update()
                == 1;
    }

    /** Deliveries waiting for an attempt (due or not, leased or not). */
    long countPending() {
        return jdbc.sql("select count(*) from notification_delivery where status = 'PENDING'")
                .query(Long.class)
                .single();
    }

    /**
     * Settles a message whose deliveries are all done: sent when one reached the person, undeliverable otherwise
     * with the first failure as the reason. Answers the new status, or empty while a delivery is pending.
     */
    Optional<Status> settle(UUID messageId, Instant now) {
        // the message's row lock orders two workers recording its two channels at once: the second one reads the
        // first one's committed outcome, so one of them settles the message
        jdbc.sql("select id from notification_message where id = ? for update")
                .param(messageId)
                .query(UUID.class)
                .optional();
        var outcomes = jdbc.sql("select status, last_error from notification_delivery where message_id = ?")
                .param(messageId)
                .query((rs, i) -> new Outcome(DeliveryView.Status.valueOf(rs.getString(1)), rs.getString(2)))
                .list();
        if (outcomes.stream().anyMatch(o -> o.status() == DeliveryView.Status.PENDING)) {
            return Optional.empty();
        }
        boolean sent = outcomes.stream().anyMatch(o -> o.status() == DeliveryView.Status.SENT);
        String reason = sent
                ? null
                : outcomes.stream()
                        .map(o -> o.error() != null && o.error().startsWith("no-address")
                                ? "no-address"
                                : "attempts-exhausted")
                        .sorted()
                        .findFirst()
                        .orElse("no-contact");
        var status = sent ? Status.SENT : Status.UNDELIVERABLE;
        setStatus(messageId, status, reason, now);
        return Optional.of(status);
    }

    /** A delivery's status and last error, to settle its message. */
    private record Outcome(DeliveryView.Status status, String error) {}

    void setStatus(UUID messageId, Status status, String reason, Instant now) {
        jdbc.sql("update notification_message set status = ?, reason = ?, settled_at = ? where id = ?")
                .params(status.name(), reason, now == null ? null : Timestamp.from(now), messageId)
                .update();
    }

    /** Puts the failed deliveries of an undeliverable message back in the queue, due now. */
    int requeue(UUID messageId, Instant now) {
        int n = jdbc.sql("update notification_delivery set status = ?, attempts = 0, next_attempt_at = ?,"
                        + " claimed_by = null, lease_until = null where message_id = ? and status = ?")
                .params(
                        DeliveryView.Status.PENDING.name(),
                        Timestamp.from(now),
                        messageId,
                        DeliveryView.Status.FAILED.name())
                .update();
        setStatus(messageId, Status.QUEUED, null, null);
        return n;
    }

    /** The centre's messages that became undeliverable since {@code since}, newest first. */
    List<Undeliverable> undeliverable(String centreCode, Instant since, int limit) {
        return jdbc.sql("select id, person_id, subject, settled_at from notification_message"
                        + " where status = ? and centre_code = ? and settled_at >= ?"
                        + " order by settled_at desc limit ?")
                .params(Status.UNDELIVERABLE.name(), centreCode, Timestamp.from(since), limit)
                .query((rs, i) -> new Undeliverable(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        instant(rs, "settled_at")))
                .list();
    }

    record Undeliverable(UUID messageId, UUID personId, String subject, Instant settledAt) {}

    /** A message's rendered texts. */
    record Rendered(String subject, String body, String sms) {}

    private static DeliveryView delivery(ResultSet rs, int i) throws SQLException {
        return new DeliveryView(
                rs.getObject("id", UUID.class),
                rs.getObject("message_id", UUID.class),
                Channel.valueOf(rs.getString("channel")),
                DeliveryView.Status.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                instant(rs, "last_attempt_at"),
                instant(rs, "next_attempt_at"),
                instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
