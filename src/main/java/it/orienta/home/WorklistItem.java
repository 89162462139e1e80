package it.orienta.home;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the operator's home page, one click from where to act.
 *
 * @param section the home page's section: {@link #TODAY}, {@link #INTERVIEWS}, {@link #PLAN}, {@link #REFERRALS},
 *     {@link #MEETINGS}, {@link #MESSAGES}
 * @param when the time the entry is about (appointment start, due date at midnight in Europe/Rome, …), for
 *     ordering and display; may be {@code null}
 * @param personName the person concerned, as shown to the operator ("Rossi Mario"); {@code null} for a group
 * @param messageKey the message key of the entry's text (Italian and English bundles)
 * @param args the message's arguments, already formatted as text
 * @param href the page where the operator acts, relative to the application ("/persons/…")
 * @param urgent overdue or otherwise needing attention first (shown with a badge)
 * @param agenda for an entry of today's agenda ({@link #TODAY}): what the agenda's table shows and the action that
 *     starts it; {@code null} for the other entries
 */
public record WorklistItem(
        String section,
        Instant when,
        String personName,
        String messageKey,
        List<String> args,
        String href,
        boolean urgent,
        Agenda agenda) {

    /** Today's appointments and group sessions. */
    public static final String TODAY = "today";
    /** Basic-guidance interviews started and not yet ended in a signed agreement. */
    public static final String INTERVIEWS = "interviews";
    /** Action-plan items due or overdue. */
    public static final String PLAN = "plan";
    /** Referrals awaiting an answer, overdue first. */
    public static final String REFERRALS = "referrals";
    /** Meetings left running or outside their time standard awaiting a reason. */
    public static final String MEETINGS = "meetings";
    /** Messages to persons that could not be delivered. */
    public static final String MESSAGES = "messages";

    /** The operator's persons ("Le mie persone"): one entry with the count, shown as a link above the worklist. */
    public static final String CASELOAD = "caseload";

    public WorklistItem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** An entry without an agenda row. */
    public WorklistItem(
            String section,
            Instant when,
            String personName,
            String messageKey,
            List<String> args,
            String href,
            boolean urgent) {
        this(section, when, personName, messageKey, args, href, urgent, null);
    }

    /**
     * A row of today's agenda (issue 14): an appointment with a person or a group session, with the action that
     * starts it in one click.
     *
     * @param title the person ("Mario Rossi") or the session's title
     * @param activity the activity in words
     * @param place where (a room, an address) or, when {@code remote}, how (the channel, the link)
     * @param remote held at a distance
     * @param past its start time has passed (said in words on the page, not by colour alone)
     * @param action what the start button does
     */
    public record Agenda(String title, String activity, String place, boolean remote, boolean past, Action action) {}

    /**
     * The button that starts an agenda entry: a POST (with its hidden fields and the CSRF token) or a link.
     *
     * @param href where the button goes or posts
     * @param post whether it is a form posting {@code fields}, rather than a link
     * @param fields the hidden fields of the form
     * @param labelKey the message key of the button's accessible name ("Inizia il colloquio con {0}")
     * @param labelArgs its arguments
     */
    public record Action(
            String href, boolean post, java.util.Map<String, String> fields, String labelKey, List<String> labelArgs) {
        public Action {
            fields = fields == null ? java.util.Map.of() : java.util.Map.copyOf(fields);
            labelArgs = labelArgs == null ? List.of() : List.copyOf(labelArgs);
        }
    }
}
