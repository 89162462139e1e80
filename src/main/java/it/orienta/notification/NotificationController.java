package it.orienta.notification;

import it.orienta.person.PersonService;
import it.orienta.system.NotFoundException;
import it.orienta.system.RuleViolationException;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: the local mailbox (administrators) and a person's messages (operators). */
@Controller
class NotificationController {

    static final int PAGE_SIZE = 25;

    private final NotificationService notifications;
    private final Mailbox mailbox;
    private final PersonService persons;
    private final EmailSender email;

    NotificationController(
            NotificationService notifications, Mailbox mailbox, PersonService persons, EmailSender email) {
        this.notifications = notifications;
        this.mailbox = mailbox;
        this.persons = persons;
        this.email = email;
    }

    @GetMapping("/admin/mailbox")
    String mailbox(@RequestParam(defaultValue = "0") int page, Model model) {
        int p = Math.max(0, page);
        var items = mailbox.page(p, PAGE_SIZE);
        model.addAttribute("items", items.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("page", p);
        model.addAttribute("hasMore", items.size() > PAGE_SIZE);
        model.addAttribute("smtp", email.smtp());
        return "notification/mailbox";
    }

    @GetMapping("/admin/mailbox/{id}")
    String mailboxItem(@PathVariable UUID id, Model model) {
        model.addAttribute("item", mailbox.item(id).orElseThrow(() -> new NotFoundException("MailboxItem", id)));
        return "notification/mailbox-item";
    }

    @GetMapping("/persons/{id}/messages")
    String person(@PathVariable UUID id, Model model) {
        model.addAttribute("messages", notifications.messages(id)); // first: the policy's check and its record
        model.addAttribute("person", persons.view(id));
        return "notification/person";
    }

    @PostMapping("/persons/{id}/messages/{messageId}/resend")
    @PreAuthorize("hasRole('ADMIN')")
    String resend(@PathVariable UUID id, @PathVariable UUID messageId, RedirectAttributes redirect) {
        var message = notifications.message(messageId);
        if (!message.personId().equals(id)) {
            throw new NotFoundException("Message", messageId);
        }
        try {
            notifications.resend(messageId);
            redirect.addFlashAttribute("flash", "notification.resent");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("messageErrors", e.violations());
        }
        return "redirect:/persons/" + id + "/messages";
    }
}
