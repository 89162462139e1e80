/**
 * LEP monitoring (issue 14): the figures of each centre and each operator per month — persons taken in charge and
 * closed, the share profiled, the days from taking in charge to the signed PSP, meetings within / over / under the
 * standard, absences, the PSP actions due and overdue — with the previous month and a 12-month trend, for the
 * coordinator (their centre, per operator) and the regional role (the centres side by side, aggregates only), as
 * pages with server-rendered SVG charts, CSV and XLSX, and the REST API.
 *
 * <p>Owns the table {@code monitoring_figure}: monthly figures recomputed once per cluster (ADR 0034) from the views
 * the owners publish ({@code intake_monitoring_v}, {@code agreement_monitoring_v}, {@code agreement_item_monitoring_v},
 * {@code meeting_monitoring_v}).
 * Reads centre names and the current operator through {@code organisation}, activity labels through
 * {@code charter}. Offers nothing to other modules.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Monitoring",
        allowedDependencies = {"system", "organisation", "charter"})
package it.orienta.monitoring;
