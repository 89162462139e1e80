/**
 * Messages to the person: convocations, changes, cancellations and reminders of appointments (and, later, of group
 * sessions) by e-mail and SMS. A message is stored in an outbox with a unique deduplication key in the caller's
 * transaction, a delivery row per channel; a worker on any node claims due rows {@code for update skip locked} under
 * a lease, sends with the delivery's id as idempotency key and records the outcome only while it holds the lease,
 * so a failed send is retried with backoff and a node killed mid-work loses nothing (ADR 0007, ADR 0025). It also
 * owns the local mailbox, public ({@link it.orienta.notification.Mailbox}) for the SMS gateway simulator
 * ({@code smssim}). Public surface: {@link it.orienta.notification.NotificationService},
 * {@link it.orienta.notification.MessageRequest}, {@link it.orienta.notification.Channel}, the views and
 * {@link it.orienta.notification.NotificationEvents}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notification",
        allowedDependencies = {"system", "organisation", "person", "charter", "guidance", "session", "home", "cluster"})
package it.orienta.notification;
