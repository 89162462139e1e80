package it.orienta.notification;

import java.util.UUID;

/**
 * The module's own trigger of a delivery, published beside the public {@link NotificationEvents.MessageQueued}:
 * only {@link MessageDelivery} listens to it, so the retry job resubmits exactly the delivery's failed
 * publications and never another module's listener of the public event.
 */
record DeliveryRequested(UUID messageId) {}
