package it.orienta.notification;

import static it.orienta.notification.MessageRequest.APPOINTMENT_CANCELLED;
import static it.orienta.notification.MessageRequest.APPOINTMENT_CHANGED;
import static it.orienta.notification.MessageRequest.APPOINTMENT_CONVOCATION;
import static it.orienta.notification.MessageRequest.APPOINTMENT_REMINDER;

import it.orienta.charter.CharterService;
import it.orienta.guidance.AppointmentService;
import it.orienta.guidance.AppointmentView;
import it.orienta.guidance.GuidanceEvents.AppointmentCancelled;
import it.orienta.guidance.GuidanceEvents.AppointmentRescheduled;
import it.orienta.guidance.GuidanceEvents.AppointmentScheduled;
import it.orienta.person.PersonService;
import it.orienta.session.SessionEvents.ParticipantEnrolled;
import it.orienta.session.SessionEvents.SessionCancelled;
import it.orienta.session.SessionService;
import it.orienta.session.SessionView;
import it.orienta.system.Actor;
import it.orienta.system.Rome;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The message kinds about meetings with the centre, from guidance's events. Appointments: the convocation when one
 * is fixed, the change when it moves, the cancellation, and the reminder the day before
 * ({@link NotificationJobs#remind}). Group sessions: one message per participant, naming nobody else — the
 * convocation when a person is enrolled (or moves from the waiting list to a place; a person on the waiting list
 * is not convoked), the cancellation, and the reminder the day before (keys {@code session:<id>:<personId>:<kind>}).
 * Each has a deduplication key of its own, so an event delivered twice (or a reminder job run twice) queues one
 * message.
 */
@Component
class AppointmentMessages {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    static final Set<Channel> BOTH = Set.of(Channel.EMAIL, Channel.SMS);

    private final NotificationService notifications;
    private final AppointmentService guidance;
    private final PersonService persons;
    private final CharterService charter;
    private final SessionService sessions;

    AppointmentMessages(
            NotificationService notifications,
            AppointmentService guidance,
            PersonService persons,
            CharterService charter,
            SessionService sessions) {
        this.notifications = notifications;
        this.guidance = guidance;
        this.persons = persons;
        this.charter = charter;
        this.sessions = sessions;
    }

    @ApplicationModuleListener(id = "notification.appointment-scheduled")
    void on(AppointmentScheduled event) {
        queue(guidance.appointment(event.appointmentId()), ":convocation", APPOINTMENT_CONVOCATION, event.actor());
    }

    @ApplicationModuleListener(id = "notification.appointment-rescheduled")
    void on(AppointmentRescheduled event) {
        queue(
                guidance.appointment(event.appointmentId()),
                ":changed:" + event.to().getEpochSecond(),
                APPOINTMENT_CHANGED,
                event.actor());
    }

    @ApplicationModuleListener(id = "notification.appointment-cancelled")
    void on(AppointmentCancelled event) {
        var appointment = guidance.appointment(event.appointmentId());
        var person = persons.view(event.personId());
        notifications.send(
                MessageRequest.of(
                        event.personId(),
                        "appointment:" + event.appointmentId() + ":cancelled",
                        APPOINTMENT_CANCELLED,
                        List.of(
                                person.fullName(),
                                activity(appointment.activityId(), MessageRequest.ITALIAN),
                                date(event.startsAt()),
                                time(event.startsAt())),
                        BOTH,
                        null),
                event.actor());
    }

    /** The reminder of one appointment (the day before). */
    UUID remind(AppointmentView appointment) {
        var actor = new Actor(
                null, Actor.SYSTEM.username(), Actor.SYSTEM.displayName(), appointment.centreCode(), "SYSTEM");
        return queue(appointment, ":reminder", APPOINTMENT_REMINDER, actor);
    }

    private UUID queue(AppointmentView appointment, String suffix, MessageRequest.Template template, Actor actor) {
        var person = persons.view(appointment.personId());
        return notifications.send(
                MessageRequest.of(
                        appointment.personId(),
                        "appointment:" + appointment.id() + suffix,
                        template,
                        List.of(
                                person.fullName(),
                                activity(appointment.activityId(), MessageRequest.ITALIAN),
                                date(appointment.startsAt()),
                                time(appointment.startsAt()),
                                appointment.place(),
                                appointment.operatorName()),
                        BOTH,
                        null),
                actor);
    }

    // --- group sessions

    @ApplicationModuleListener(id = "notification.session-enrolled")
    void on(ParticipantEnrolled event) {
        if (event.waiting()) {
            return;
        }
        var session = sessions.session(event.sessionId());
        queueSession(session, event.personId(), "convocation", MessageRequest.SESSION_CONVOCATION, event.actor());
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

    /** The reminders of one group session, one per enrolled person; how many were queued. */
    int remindSession(SessionView session) {
        var actor =
                new Actor(null, Actor.SYSTEM.username(), Actor.SYSTEM.displayName(), session.centreCode(), "SYSTEM");
        int queued = 0;
        for (var p : session.enrolled()) {
            queueSession(session, p.personId(), "reminder", MessageRequest.SESSION_REMINDER, actor);
            queued++;
        }
        return queued;
    }

    private UUID queueSession(
            SessionView session, UUID personId, String kind, MessageRequest.Template template, Actor actor) {
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

    private String activity(String activityId, Locale locale) {
        return charter.activity(activityId).label(locale);
    }

    static String date(Instant instant) {
        return DATE.format(instant.atZone(Rome.ZONE));
    }

    static String time(Instant instant) {
        return TIME.format(instant.atZone(Rome.ZONE));
    }
}
