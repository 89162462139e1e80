/**
 * Guidance as delivered: appointments and their changes, meetings (live with a clock, or recorded afterwards, or one
 * per participant of a group session) judged against the charter's time standard of their day (R2, R23), and
 * engagements that gather the meetings of one activity with their totals (R24).
 *
 * <p>Owns the tables {@code appointment}, {@code appointment_change}, {@code meeting} and {@code engagement}. The
 * rules live in the aggregates {@link it.orienta.guidance.Meeting} (times, absences, the judgement, closing) and
 * {@link it.orienta.guidance.Engagement} (the judged total); the standards are read through the charter's API.
 *
 * <p>Offers {@link it.orienta.guidance.GuidanceService}, <b>the one API that records a meeting</b> (used by
 * {@code session} for a session's attendance and by {@code agreement} for the interview's A05 meetings) and reads
 * meetings and engagements (used by {@code pathway}, {@code skillsaudit}, {@code workerfile});
 * {@link it.orienta.guidance.AppointmentService} (used by {@code notification}); {@link it.orienta.guidance.CentreDesk},
 * the checks of delivering a service at the centre of the day (used by {@code session}, {@code pathway},
 * {@code skillsaudit}); their views, commands and events. An appointment's time that overlaps the operator's
 * appointments, meetings or group sessions is refused unless confirmed (issue 14); other modules add their
 * commitments through {@link it.orienta.guidance.AppointmentService.Commitments} ({@code session} its sessions).
 * Contributes today's appointments (with their start action) and the running meetings to the home page.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Guidance",
        allowedDependencies = {"system", "organisation", "person", "charter", "home", "web"})
package it.orienta.guidance;
