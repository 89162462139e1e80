package it.orienta.notification;

import it.orienta.notification.MessageView.DeliveryView;
import it.orienta.notification.NotificationEvents.MessageQueued;
import it.orienta.notification.NotificationEvents.MessageUndeliverable;
import it.orienta.organisation.CurrentActor;
import it.orienta.person.PersonService;
import it.orienta.person.PersonView;
import it.orienta.system.Actor;
import it.orienta.system.CaseAccess;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages to persons. {@link #send} stores the message in the outbox within the caller's transaction and
 * publishes {@link MessageQueued}; the outbox's worker delivers it after the commit, retries it with backoff when a
 * send fails, and records it as undeliverable after the last attempt (ADR 0007, ADR 0025).
 */
@Service
public class NotificationService {

    private final MessageStore store;
    private final PersonService persons;
    private final MessageSource messages;
    private final CurrentActor current;
    private final ApplicationEventPublisher events;
    private final CaseAccess access;
    private final DeliveryWorker worker;
    private final Clock clock;

    NotificationService(
            MessageStore store,
            PersonService persons,
            MessageSource messages,
            CurrentActor current,
            ApplicationEventPublisher events,
            CaseAccess access,
            DeliveryWorker worker,
            Clock clock) {
        this.store = store;
        this.persons = persons;
        this.messages = messages;
        this.current = current;
        this.events = events;
        this.access = access;
        this.worker = worker;
        this.clock = clock;
    }

    /** Queues a message on behalf of the user of the request (the application itself outside one). */
    @Transactional
    public UUID send(MessageRequest request) {
        return send(request, current.actor());
    }

    /**
     * Queues a message: rendered now in the person's language, stored with its deduplication key in the caller's
     * transaction, delivered after the commit. A request whose key was queued before returns that message's id and
     * sends nothing. A person with neither e-mail nor mobile number gets a message recorded as undeliverable
     * ({@code no-contact}).
     *
     * @param actor who (or what) caused the message; their centre becomes the message's centre
     * @return the message's id
     */
    @Transactional
    public UUID send(MessageRequest request, Actor actor) {
        var existing = store.idByDedupKey(request.dedupKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        PersonView person = persons.view(request.personId());
        var rendered = render(messages, request);
        Instant now = Instant.now(clock);
        UUID id = UUID.randomUUID();
        var inserted = store.insert(id, request, actor.centreCode(), rendered, now, actor.displayName());
        if (inserted.isEmpty()) {
            // the same key was queued by a concurrent transaction that committed first
            return store.idByDedupKey(request.dedupKey()).orElseThrow();
        }
        var pending = new ArrayList<Channel>();
        for (var channel : List.of(Channel.EMAIL, Channel.SMS)) {
            if (!request.channels().contains(channel)) {
                continue;
            }
            if (address(person, channel) == null) {
                store.insertDelivery(id, channel, DeliveryView.Status.FAILED, "no-address", now);
            } else {
                store.insertDelivery(id, channel, DeliveryView.Status.PENDING, null, now);
                pending.add(channel);
            }
        }
        if (pending.isEmpty()) {
            boolean noContact = address(person, Channel.EMAIL) == null && address(person, Channel.SMS) == null;
            String reason = noContact ? "no-contact" : "no-address";
            store.setStatus(id, MessageView.Status.UNDELIVERABLE, reason, now);
            events.publishEvent(new MessageUndeliverable(
                    UUID.randomUUID(), actor, now, person.id(), id, rendered.subject(), null, reason));
        } else {
            events.publishEvent(new MessageQueued(
                    UUID.randomUUID(), actor, now, person.id(), id, rendered.subject(), List.copyOf(pending)));
            worker.deliverAfterCommit();
        }
        return id;
    }

    /** A person's messages, newest first (at most 100): a read of the person's case. */
    @Transactional(readOnly = true)
    public List<MessageView> messages(UUID personId) {
        persons.identity(personId);
        access.read(personId, "messages");
        return store.ofPerson(personId, 100);
    }

    @Transactional(readOnly = true)
    public MessageView message(UUID id) {
        return store.message(id).orElseThrow(() -> new NotFoundException("Message", id));
    }

    /** Deliveries of every message, latest attempt first, optionally of one status (PENDING, SENT, FAILED). */
    @Transactional(readOnly = true)
    public DeliveryPage deliveries(String status, int page, int size) {
        var wanted = status == null ? null : deliveryStatus(status);
        int p = Math.max(0, page);
        int s = Math.clamp(size, 1, 100);
        var rows = store.deliveries(wanted, p, s);
        return new DeliveryPage(rows.stream().limit(s).toList(), p, rows.size() > s);
    }

    private static DeliveryView.Status deliveryStatus(String status) {
        for (var known : DeliveryView.Status.values()) {
            if (known.name().equals(status)) {
                return known;
            }
        }
        throw new RuleViolationException("notification.delivery.status.unknown", "status", status);
    }

    /**
     * Puts an undeliverable message back in the queue (after its address was corrected, the gateway repaired …):
     * its failed channels are tried again from the first attempt.
     */
    @Transactional
    public MessageView resend(UUID id) {
        var message = message(id);
        if (message.status() != MessageView.Status.UNDELIVERABLE) {
            throw new RuleViolationException("notification.message.not-undeliverable", null);
        }
        var contacts = persons.contactsForDelivery(message.personId());
        var channels = message.deliveries().stream()
                .filter(d -> d.status() == DeliveryView.Status.FAILED)
                .map(DeliveryView::channel)
                .filter(c -> blankToNull(c == Channel.EMAIL ? contacts.email() : contacts.mobilePhone()) != null)
                .toList();
        if (channels.isEmpty()) {
            throw new RuleViolationException("notification.message.no-address", null);
        }
        Instant now = Instant.now(clock);
        store.requeue(id, now);
        events.publishEvent(new MessageQueued(
                UUID.randomUUID(), current.actor(), now, message.personId(), id, message.subject(), channels));
        worker.deliverAfterCommit();
        return message(id);
    }

    /**
     * The subject, body and SMS text of a request in its language; the SMS text is {@code bodyKey + ".sms"} when
     * that key exists, the body otherwise.
     */
    static MessageStore.Rendered render(MessageSource messages, MessageRequest request) {
        Locale locale = request.locale();
        Object[] args = request.args().toArray();
        String subject = messages.getMessage(request.subjectKey(), args, locale);
        String body = messages.getMessage(request.bodyKey(), args, locale);
        String sms = messages.getMessage(request.bodyKey() + ".sms", args, body, locale);
        return new MessageStore.Rendered(subject, body, sms);
    }

    static String address(PersonView person, Channel channel) {
        return blankToNull(channel == Channel.EMAIL ? person.email() : person.mobilePhone());
    }

    /** Where a message by {@code channel} goes, from the person's contacts for delivery; null when nowhere. */
    static String address(PersonService.Contacts contacts, Channel channel) {
        return blankToNull(channel == Channel.EMAIL ? contacts.email() : contacts.mobilePhone());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A page of deliveries. */
    public record DeliveryPage(List<DeliveryView> rows, int page, boolean hasMore) {}
}
