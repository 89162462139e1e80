package it.orienta.notification;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A message to queue for a person.
 *
 * @param personId the recipient; their e-mail and mobile number come from the person registry when it is sent
 * @param dedupKey what makes two requests the same message ({@code appointment:<id>:convocation}): a second send
 *     with the same key returns the first message and sends nothing
 * @param subjectKey message key of the subject (also the e-mail's subject)
 * @param bodyKey message key of the body; {@code bodyKey + ".sms"}, when it exists, is the shorter SMS text
 * @param args the arguments of both messages, already formatted as text; only the recipient's own data
 * @param channels the channels to try; a channel the person has no address for is recorded as failed
 * @param locale the person's language; {@code null} for Italian
 */
public record MessageRequest(
        UUID personId,
        String dedupKey,
        String subjectKey,
        String bodyKey,
        List<String> args,
        Set<Channel> channels,
        Locale locale) {

    /** The Italian of the centres: the default language of every message. */
    public static final Locale ITALIAN = Locale.ITALIAN;

    /** Convocation to an appointment: name, activity, date, time, place, operator. */
    public static final Template APPOINTMENT_CONVOCATION = Template.of("appointment.convocation");
    /** An appointment moved: name, activity, new date, new time, place, operator. */
    public static final Template APPOINTMENT_CHANGED = Template.of("appointment.changed");
    /** An appointment cancelled: name, activity, date, time. */
    public static final Template APPOINTMENT_CANCELLED = Template.of("appointment.cancelled");
    /** Reminder the day before: name, activity, date, time, place, operator. */
    public static final Template APPOINTMENT_REMINDER = Template.of("appointment.reminder");
    /** Convocation to a group session: name, activity, date, time, place. */
    public static final Template SESSION_CONVOCATION = Template.of("session.convocation");
    /** Reminder of a group session the day before: name, activity, date, time, place. */
    public static final Template SESSION_REMINDER = Template.of("session.reminder");
    /** A group session cancelled: name, session title, date, time. */
    public static final Template SESSION_CANCELLED = Template.of("session.cancelled");
    /** The person's CV is about to become obsolete (R20): name, last valid day, first obsolete day. */
    public static final Template CV_EXPIRING = Template.of("cv.expiring");

    public MessageRequest {
        Objects.requireNonNull(personId, "personId");
        if (dedupKey == null || dedupKey.isBlank() || dedupKey.length() > 200) {
            throw new IllegalArgumentException("a message needs a deduplication key of at most 200 characters");
        }
        Objects.requireNonNull(subjectKey, "subjectKey");
        Objects.requireNonNull(bodyKey, "bodyKey");
        args = args == null ? List.of() : List.copyOf(args);
        channels = channels == null || channels.isEmpty() ? Set.of(Channel.EMAIL, Channel.SMS) : Set.copyOf(channels);
        locale = locale == null ? ITALIAN : locale;
    }

    /** A request from one of the templates above. */
    public static MessageRequest of(
            UUID personId,
            String dedupKey,
            Template template,
            List<String> args,
            Set<Channel> channels,
            Locale locale) {
        return new MessageRequest(
                personId, dedupKey, template.subjectKey(), template.bodyKey(), args, channels, locale);
    }

    /** The pair of message keys of one kind of message ({@code notification.<name>.subject} and {@code .body}). */
    public record Template(String subjectKey, String bodyKey) {
        static Template of(String name) {
            return new Template("notification." + name + ".subject", "notification." + name + ".body");
        }
    }
}
