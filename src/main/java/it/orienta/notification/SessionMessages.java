package it.orienta.notification;

import static it.orienta.notification.AppointmentMessages.BOTH;
import static it.orienta.notification.AppointmentMessages.date;
import static it.orienta.notification.AppointmentMessages.time;

import it.orienta.person.PersonService;
import it.orienta.session.SessionEvents.ParticipantEnrolled;
import it.orienta.session.SessionEvents.SessionCancelled;
import it.orienta.session.SessionService;
import it.orienta.session.SessionView;
import it.orienta.system.Actor;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Messages about group sessions, one per participant and naming nobody else: the convocation when a person is
 * enrolled (or moves from the waiting list to a place), the cancellation, and the reminder the day before
 * ({@link NotificationJobs#remind}). A person on the waiting list is not convoked. Keys
 * {@code session:<id>:<personId>:<kind>} make each message once.
 */
@Component
class SessionMessages {

    private final NotificationService notifications;
    private final SessionService sessions;
    private final PersonService persons;

    SessionMessages(NotificationService notifications, SessionService sessions, PersonService persons) {
        this.notifications = notifications;
        this.sessions = sessions;
        this.persons = persons;
    }

    @ApplicationModuleListener(id = "notification.session-enrolled")
    void on(ParticipantEnrolled event) {
        if (event.waiting()) {
            return;
        }
        var session = sessions.session(event.sessionId());
        queue(session, event.personId(), "convocation", MessageRequest.SESSION_CONVOCATION, event.actor());
    }

    @ApplicationModuleListener(id = "notification.session-cancelled")
    void on(SessionCancelled event) {
        var person = persons.view(event.personId());
        notifications.send(
                MessageRequest.of(
                        event.personId(),
                        "session:" + event.sessionId() + ":" + event.personId() + ":cancelled",
                        MessageRequest.SESSION_CANCELLED,
                        List.of(person.fullName(), event.title(), date(event.startsAt()), time(event.startsAt())),
                        BOTH,
                        null),
                event.actor());
    }

    /** The reminders of one session, one per enrolled person; how many were queued. */
    int remind(SessionView session) {
        var actor =
                new Actor(null, Actor.SYSTEM.username(), Actor.SYSTEM.displayName(), session.centreCode(), "SYSTEM");
        int queued = 0;
        for (var p : session.enrolled()) {
            queue(session, p.personId(), "reminder", MessageRequest.SESSION_REMINDER, actor);
            queued++;
        }
        return queued;
    }

    private UUID queue(SessionView session, UUID personId, String kind, MessageRequest.Template template, Actor actor) {
        var person = persons.view(personId);
        return notifications.send(
                MessageRequest.of(
                        personId,
                        "session:" + session.id() + ":" + personId + ":" + kind,
                        template,
                        List.of(
                                person.fullName(),
                                session.title(),
                                date(session.startsAt()),
                                time(session.startsAt()),
                                session.place()),
                        BOTH,
                        null),
                actor);
    }
}
