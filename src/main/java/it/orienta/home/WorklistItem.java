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
 */
public record WorklistItem(
        String section,
        Instant when,
        String personName,
        String messageKey,
        List<String> args,
        String href,
        boolean urgent) {

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

    public WorklistItem {
        args = args == null ? List.of() : List.copyOf(args);
    }
}
