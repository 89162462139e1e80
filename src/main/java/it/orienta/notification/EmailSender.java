package it.orienta.notification;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends e-mail over SMTP ({@code spring.mail.*}) or, in mailbox mode, stores it in the local mailbox. The
 * delivery's id becomes the Message-ID, so that a message re-sent after a crash between the server's acceptance
 * and our record can be recognised as the same by the receiving side.
 */
@Component
class EmailSender {

    private final ObjectProvider<JavaMailSender> mail;
    private final Mailbox mailbox;
    private final NotificationProperties properties;
    private final Clock clock;
    private final boolean smtp;

    EmailSender(
            ObjectProvider<JavaMailSender> mail,
            Mailbox mailbox,
            NotificationProperties properties,
            Environment environment,
            Clock clock) {
        this.mail = mail;
        this.mailbox = mailbox;
        this.properties = properties;
        this.clock = clock;
        this.smtp = switch (properties.email().transport()) {
            case "smtp" -> true;
            case "mailbox" -> false;
            case "auto" -> !environment.getProperty("spring.datasource.url", "").isBlank();
            default ->
                throw new IllegalStateException("orienta.notification.email.transport must be auto, mailbox or smtp");
        };
    }

    /** Whether e-mail really goes out (SMTP) rather than to the local mailbox. */
    boolean smtp() {
        return smtp;
    }

    void send(String reference, String to, String subject, String body) {
        if (!smtp) {
            mailbox.receive(reference, Channel.EMAIL, to, subject, body, Instant.now(clock));
            return;
        }
        var sender = mail.getIfAvailable();
        if (sender == null) {
            throw new DeliveryException("smtp: not configured (spring.mail.host)");
        }
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.email().from());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body, false);
            message.saveChanges();
            message.setHeader("Message-ID", "<" + reference + "@orienta>");
            sender.send(message);
        } catch (MailException | MessagingException e) {
            throw new DeliveryException("smtp: " + rootMessage(e), e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
