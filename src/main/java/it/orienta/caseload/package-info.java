/**
 * The caseload (issue 14, ADR 0035): which operator of the centre is responsible for each person in charge there
 * (tables {@code caseload_assignment} and its history {@code caseload_assignment_change}) — by default the operator
 * who took the person in charge, then whom the coordinator assigns, one person or several at once, with a reason —
 * and the list "le mie persone" ({@code /caseload}, {@code GET /api/v1/caseload}) with its filters (pathway stage,
 * next appointment, overdue plan items, CV state). Offers {@link it.orienta.caseload.CaseloadService} and the fact
 * {@link it.orienta.caseload.CaseloadEvents.PersonAssigned} (described by the audit log and the worker file). Reads
 * the other modules' facts through the views they publish ({@code intake_current_v}, {@code person_directory_v},
 * {@code appointment_scheduled_v}, {@code agreement_open_item_v}, {@code cv_validity_v}) and keeps the furthest
 * pathway stage from intake's, guidance's and agreement's events. Contributes the link to "le mie persone", with
 * its count, to the home page (a {@link it.orienta.home.WorklistSource}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Caseload",
        allowedDependencies = {"system", "organisation", "charter", "intake", "guidance", "agreement", "home", "web"})
package it.orienta.caseload;
