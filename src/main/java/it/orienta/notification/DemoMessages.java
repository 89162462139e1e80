package it.orienta.notification;

import it.orienta.person.PersonService;
import it.orienta.system.Actor;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo messages of the default run, after the demo persons exist: a convocation by e-mail and SMS, one by SMS
 * only, and one to a person without contacts (undeliverable), so that the local mailbox, the worker files and the
 * home page have something to show. Their deduplication keys make a restart queue nothing new.
 */
@Component
@Order(30)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${orienta.demo.enabled:true}")
class DemoMessages implements ApplicationRunner {

    private final PersonService persons;
    private final NotificationService notifications;

    DemoMessages(PersonService persons, NotificationService notifications) {
        this.persons = persons;
        this.notifications = notifications;
    }

    @Override
    public void run(ApplicationArguments args) {
        var actor = new Actor(null, Actor.SYSTEM.username(), Actor.SYSTEM.displayName(), "CPI-FI", "SYSTEM");
        var day = LocalDate.now(AppointmentMessages.ZONE).plusDays(3);
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
                        AppointmentMessages.BOTH,
                        null),
                actor);
    }
}
