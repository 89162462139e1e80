package it.orienta.notification;

import it.orienta.guidance.AppointmentService;
import it.orienta.guidance.AppointmentView;
import it.orienta.organisation.OrganisationService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The module's periodic work, run by {@link NotificationSchedule} (or called directly: tests switch the schedule
 * off): a delivery run, and queueing the reminders of a day's appointments.
 */
@Component
public class NotificationJobs {

    private static final Logger log = LoggerFactory.getLogger(NotificationJobs.class);

    private final DeliveryWorker worker;
    private final OrganisationService organisation;
    private final AppointmentService guidance;
    private final AppointmentMessages appointments;
    private final it.orienta.session.SessionService sessions;
    private final Clock clock;

    NotificationJobs(
            DeliveryWorker worker,
            OrganisationService organisation,
            AppointmentService guidance,
            AppointmentMessages appointments,
            it.orienta.session.SessionService sessions,
            Clock clock) {
        this.worker = worker;
        this.organisation = organisation;
        this.guidance = guidance;
        this.appointments = appointments;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Runs the outbox's worker once ({@link DeliveryWorker#drain()}): the deliveries whose next attempt is due. The
     * worker runs on its own schedule too; this keeps the module's retry job (and the tests that call it) meaningful.
     * Delivery is not in the event publication registry any more (ADR 0025).
     *
     * @return how many deliveries were attempted
     */
    public int retryDue() {
        return worker.drain();
    }

    /** Queues a reminder for every appointment and every enrolled session participant on {@code day}, in every centre. */
    public int remind(LocalDate day) {
        int queued = 0;
        for (var centre : organisation.centres()) {
            List<AppointmentView> list = guidance.calendar(null, centre.code(), day, day.plusDays(1));
            for (var appointment : list) {
                if (appointment.status() != AppointmentView.Status.SCHEDULED) {
                    continue;
                }
                try {
                    appointments.remind(appointment);
                    queued++;
                } catch (RuntimeException e) {
                    log.warn("Reminder of appointment {} not queued: {}", appointment.id(), e.toString());
                }
            }
            for (var summary : sessions.sessions(centre.code(), day, day.plusDays(1))) {
                if (summary.status() != it.orienta.session.SessionView.Status.SCHEDULED) {
                    continue;
                }
                try {
                    queued += appointments.remindSession(sessions.session(summary.id()));
                } catch (RuntimeException e) {
                    log.warn("Reminders of session {} not queued: {}", summary.id(), e.toString());
                }
            }
        }
        return queued;
    }

    /** The reminders of tomorrow (Europe/Rome). */
    public int remindTomorrow() {
        return remind(LocalDate.now(clock.withZone(it.orienta.system.Rome.ZONE)).plusDays(1));
    }
}
