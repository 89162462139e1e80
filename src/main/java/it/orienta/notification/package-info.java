/**
 * Messages to the person: convocations, changes, cancellations and reminders of appointments (and, later, of group
 * sessions) by e-mail and SMS. A message is stored in an outbox with a unique deduplication key in the caller's
 * transaction and delivered after commit through the event publication registry, so a failed send is retried with
 * backoff and none is lost or sent twice (ADR 0007). Public surface: {@link it.orienta.notification.NotificationService},
 * {@link it.orienta.notification.MessageRequest}, {@link it.orienta.notification.Channel}, the views and
 * {@link it.orienta.notification.NotificationEvents}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notification",
        allowedDependencies = {"system", "organisation", "person", "charter", "guidance", "session", "home"})
package it.orienta.notification;
