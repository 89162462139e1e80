package it.orienta.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The local mailbox of the embedded default: what would have gone out by e-mail, and what the in-app SMS gateway
 * simulator received. Each item carries the delivery's reference, stored once however often it arrives. Public for
 * the SMS gateway simulator ({@code smssim}), which writes what it accepts here.
 */
@Repository
public class Mailbox {

    private final JdbcClient jdbc;

    Mailbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores an item; answers its id, the existing one when the reference arrived before. */
    public UUID receive(String reference, Channel channel, String recipient, String subject, String body, Instant now) {
        var id = jdbc.sql("insert into notification_mailbox (id, reference, channel, recipient, subject, body,"
                        + " received_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (reference) do nothing returning id")
                .params(UUID.randomUUID(), reference, channel.name(), recipient, subject, body, Timestamp.from(now))
                .query(UUID.class)
                .optional();
        return id.orElseGet(() -> jdbc.sql("select id from notification_mailbox where reference = ?")
                .param(reference)
                .query(UUID.class)
                .single());
    }

    /** Whether an item with this reference arrived before. */
    public boolean received(String reference) {
        return jdbc.sql("select exists (select 1 from notification_mailbox where reference = ?)")
                .param(reference)
                .query(Boolean.class)
                .single();
    }

    /** Newest first; one more row than asked tells whether more follow. */
    List<Item> page(int page, int size) {
        return jdbc.sql("select id, reference, channel, recipient, subject, body, received_at from notification_mailbox"
                        + " order by received_at desc, id desc limit ? offset ?")
                .params(size + 1, page * size)
                .query(Mailbox::item)
                .list();
    }

    Optional<Item> item(UUID id) {
        return jdbc.sql("select id, reference, channel, recipient, subject, body, received_at from notification_mailbox"
                        + " where id = ?")
                .param(id)
                .query(Mailbox::item)
                .optional();
    }

    /** The items received for a delivery (tests and the simulator's answer). */
    List<Item> byReference(String reference) {
        return jdbc.sql("select id, reference, channel, recipient, subject, body, received_at from notification_mailbox"
                        + " where reference = ?")
                .param(reference)
                .query(Mailbox::item)
                .list();
    }

    private static Item item(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Item(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                Channel.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getTimestamp(7).toInstant());
    }

    /** One message in the mailbox. */
    record Item(
            UUID id,
            String reference,
            Channel channel,
            String recipient,
            String subject,
            String body,
            Instant receivedAt) {}
}
