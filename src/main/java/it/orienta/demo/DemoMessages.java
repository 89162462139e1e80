package it.orienta.demo;

import it.orienta.notification.Channel;
import it.orienta.notification.MessageRequest;
import it.orienta.notification.NotificationService;
import it.orienta.person.PersonService;
import it.orienta.system.Actor;
import it.orienta.system.Rome;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo messages of the default run, after the demo persons exist: a convocation by e-mail and SMS, one by SMS
 * only, and one to a person without contacts (undeliverable), so that the local mailbox, the worker files and the
 * home page have something to show. Their deduplication keys make a restart queue nothing new. Written through
 * notification's public {@link NotificationService}, like any other module's messages.
 */
@Component
@Order(30)
@DemoRun
class DemoMessages implements ApplicationRunner {

    private final PersonService persons;
    private final NotificationService notifications;
    private final Clock clock;

    DemoMessages(PersonService persons, NotificationService notifications, Clock clock) {
        this.persons = persons;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var actor = new Actor(null, Actor.SYSTEM.username(), Actor.SYSTEM.displayName(), "CPI-FI", "SYSTEM");
        var day = LocalDate.now(clock.withZone(Rome.ZONE)).plusDays(3);
        queue("Rossi Mario", "demo:rossi:convocation", day, LocalTime.of(9, 30), actor);
        queue("Martelli Lucia", "demo:martelli:convocation", day, LocalTime.of(11, 0), actor);
        queue("D’Angelo Giovanni", "demo:dangelo:convocation", day.plusDays(1), LocalTime.of(10, 0), actor);
    }

    private void queue(String name, String key, LocalDate day, LocalTime time, Actor actor) {
        var found = persons.search(name, null, 0, 1).rows();
        if (found.isEmpty()) {
            return;
        }
        var person = found.getFirst();
        notifications.send(
                MessageRequest.of(
                        person.id(),
                        key,
                        MessageRequest.APPOINTMENT_CONVOCATION,
                        List.of(
                                person.firstName() + " " + person.lastName(),
                                "Accoglienza e informazione",
                                day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                                time.toString(),
                                "CPI Firenze, Via Cavour 1",
                                "Operatore Demo"),
                        Set.of(Channel.EMAIL, Channel.SMS),
                        null),
                actor);
    }
}
