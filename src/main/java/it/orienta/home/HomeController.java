package it.orienta.home;

import it.orienta.system.ActorSupplier;
import it.orienta.system.Rome;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page ("what to do today", from every module's {@link WorklistSource}) and the login page.
 */
@Controller
class HomeController {

    /**
     * The sections of the home page, in the order an operator meets them; today's appointments and sessions
     * ({@link WorklistItem#TODAY}) are the agenda's table above the others.
     */
    static final List<String> SECTIONS = List.of(
            WorklistItem.MEETINGS,
            WorklistItem.INTERVIEWS,
            WorklistItem.PLAN,
            WorklistItem.REFERRALS,
            WorklistItem.MESSAGES);

    private static final Logger log = LoggerFactory.getLogger(HomeController.class);
    private static final ZoneId ZONE = Rome.ZONE;

    private final ObjectProvider<ClientRegistrationRepository> oidc;
    private final ObjectProvider<WorklistSource> sources;
    private final ObjectProvider<ActorSupplier> actor;
    private final Clock clock;

    HomeController(
            ObjectProvider<ClientRegistrationRepository> oidc,
            ObjectProvider<WorklistSource> sources,
            ObjectProvider<ActorSupplier> actor,
            Clock clock) {
        this.oidc = oidc;
        this.sources = sources;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * Each module's waiting work, grouped by section; the urgent first, then by time. A source that fails is left
     * out (and logged) rather than taking the home page down with it.
     */
    @GetMapping("/")
    String home(Model model) {
        var who = actor.getObject().actor();
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        var items = new ArrayList<WorklistItem>();
        sources.orderedStream().forEach(source -> {
            try {
                items.addAll(source.worklist(who, today));
            } catch (RuntimeException e) {
                log.warn(
                        "home page: worklist source {} failed",
                        source.getClass().getSimpleName(),
                        e);
            }
        });
        // "Le mie persone" with its count is a link above the worklist, not work waiting
        var caseload = items.stream()
                .filter(i -> WorklistItem.CASELOAD.equals(i.section()))
                .findFirst();
        items.removeIf(i -> WorklistItem.CASELOAD.equals(i.section()));
        // today's agenda is a table of its own, in time order, with its empty state in words
        var agenda = items.stream()
                .filter(i -> WorklistItem.TODAY.equals(i.section()))
                .sorted(Comparator.comparing(WorklistItem::when, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        var sections = new LinkedHashMap<String, List<WorklistItem>>();
        SECTIONS.forEach(s -> sections.put(s, new ArrayList<>()));
        items.stream()
                .sorted(Comparator.comparing((WorklistItem i) -> !i.urgent())
                        .thenComparing(WorklistItem::when, Comparator.nullsLast(Comparator.naturalOrder())))
                .filter(i -> !WorklistItem.TODAY.equals(i.section()))
                .forEach(i -> sections.computeIfAbsent(i.section(), k -> new ArrayList<>())
                        .add(i));
        model.addAttribute("agenda", agenda);
        model.addAttribute("operator", who.operatorId() != null);
        model.addAttribute("caseload", caseload.orElse(null));
        model.addAttribute("sections", sections);
        model.addAttribute("worklistEmpty", sections.values().stream().allMatch(List::isEmpty));
        model.addAttribute("today", today);
        model.addAttribute("ownSearch", true); // the home page's own search box: no second one in the header
        return "home";
    }

    @GetMapping("/login")
    String login(Model model) {
        if (oidc.getIfAvailable() instanceof InMemoryClientRegistrationRepository registrations) {
            registrations
                    .iterator()
                    .forEachRemaining(
                            r -> model.addAttribute("oidcLogin", "/oauth2/authorization/" + r.getRegistrationId()));
        }
        return "login";
    }
}
