package it.orienta.notification;

import it.orienta.notification.NotificationService.DeliveryPage;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Messages in the REST API: a person's messages with their deliveries (the record-access policy's), and for
 * administrators every delivery by status and the resending of an undeliverable message.
 */
@RestController
@RequestMapping("/api/v1")
class NotificationApiController {

    private final NotificationService notifications;

    NotificationApiController(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** The person's messages, newest first (at most 100), each with its deliveries per channel. */
    @GetMapping("/persons/{id}/messages")
    List<MessageView> messages(@PathVariable UUID id) {
        return notifications.messages(id);
    }

    /**
     * Deliveries of every message, latest attempt first; {@code status} PENDING, SENT or FAILED (422 otherwise);
     * pages of {@code size} (1–100).
     */
    @GetMapping("/admin/notification/deliveries")
    DeliveryPage deliveries(
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return notifications.deliveries(status, page, size);
    }

    /** Queues an undeliverable message again (422 {@code notification.message.not-undeliverable} otherwise). */
    @PostMapping("/admin/notification/messages/{id}/resend")
    MessageView resend(@PathVariable UUID id) {
        return notifications.resend(id);
    }
}
