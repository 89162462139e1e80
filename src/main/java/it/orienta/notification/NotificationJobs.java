package it.orienta.notification;

import it.orienta.guidance.AppointmentService;
import it.orienta.guidance.AppointmentView;
import it.orienta.organisation.OrganisationService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

/**
 * The module's periodic work, run by {@link NotificationSchedule} (or called directly: tests switch the schedule
 * off): resubmitting deliveries whose next attempt is due, and queueing the reminders of a day's appointments.
 */
@Component
public class NotificationJobs {

    private static final Logger log = LoggerFactory.getLogger(NotificationJobs.class);

    private final MessageStore store;
    private final FailedEventPublications failed;
    private final OrganisationService organisation;
    private final AppointmentService guidance;
    private final AppointmentMessages appointments;
    private final it.orienta.session.SessionService sessions;
    private final Clock clock;

    NotificationJobs(
            MessageStore store,
            FailedEventPublications failed,
            OrganisationService organisation,
            AppointmentService guidance,
            AppointmentMessages appointments,
            it.orienta.session.SessionService sessions,
            Clock clock) {
        this.store = store;
        this.failed = failed;
        this.organisation = organisation;
        this.guidance = guidance;
        this.appointments = appointments;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Resubmits the failed publications of deliveries whose next attempt is due (their backoff elapsed). Only
     * publications in state FAILED are resubmitted ({@link FailedEventPublications}): in Modulith 2
     * {@code IncompleteEventPublications} also picks publications still in flight (PUBLISHED, PROCESSING) and would
     * deliver them twice at once. The appointment listeners' failures are republished at restart.
     *
     * @return how many messages had a delivery due
     */
    public int retryDue() {
        Instant now = Instant.now(clock);
        Set<UUID> due = new HashSet<>(store.dueMessages(now, 500));
        if (!due.isEmpty()) {
            failed.resubmit(ResubmissionOptions.defaults().withMaxInFlight(50).withFilter(p -> due(p, due)));
        }
        return due.size();
    }

    static boolean due(EventPublication publication, Set<UUID> dueMessages) {
        return publication.getEvent() instanceof DeliveryRequested requested
                && dueMessages.contains(requested.messageId());
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
