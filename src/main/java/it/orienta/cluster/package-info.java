/**
 * Work that must happen once per cluster when Orienta runs as several nodes on one PostgreSQL (issue 12, ADR 0023).
 *
 * <p>What runs once and how: every <b>cron job</b> (the CV reminders and purge, the appointment reminders) carries
 * ShedLock's {@code @SchedulerLock}; this module holds the one {@link net.javacrumbs.shedlock.core.LockProvider}
 * ({@code @EnableSchedulerLock}): a row per job in table {@code shedlock} (V47), taken with the database's clock
 * ({@code usingDbTime()}, so the nodes' clocks do not matter) and held at least
 * {@code orienta.cluster.lock-at-least-for} after the run, so that a node whose trigger fires a little later finds
 * the run done. The lock names the node ({@code orienta.node-name}, else the host name) in {@code locked_by}.
 * Pollers that claim rows {@code for update skip locked} under a lease (the portal's transfer worker) need no lock:
 * each row goes to one node by design. The start-up reference import takes its own advisory lock (reference module).
 *
 * <p>Offers the lock provider bean (the jobs name ShedLock's annotation themselves) and {@link
 * it.orienta.cluster.NodeName}, the node's name that leasing workers claim rows with (notification, portal,
 * extraction). Depends on no module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Cluster",
        allowedDependencies = {})
package it.orienta.cluster;
