/**
 * Group sessions (ADR 0011): planning at a centre, enrolment within the capacity and a waiting list in order of
 * enrolment, withdrawal (the first waiting takes the freed place), holding with attendance, cancellation; the
 * home page's sessions of today and those left without attendance.
 *
 * <p>Owns the tables {@code group_session} and {@code session_participant}. The rules are the
 * {@link it.orienta.session.GroupSession} aggregate's. A held session's meetings (one per participant, judged
 * against the charter's standard) are written only through guidance's one meetings API,
 * {@link it.orienta.guidance.GuidanceService#recordAttendance}.
 *
 * <p>Offers {@link it.orienta.session.SessionService}, its views, commands and events (used by {@code notification}
 * for convocations, cancellations and reminders). Tells guidance the sessions an operator holds, for the check of
 * an appointment's time ({@link it.orienta.guidance.AppointmentService.Commitments}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Group sessions",
        allowedDependencies = {"system", "organisation", "person", "charter", "guidance", "home", "web"})
package it.orienta.session;
