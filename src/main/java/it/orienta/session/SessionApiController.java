package it.orienta.session;

import it.orienta.guidance.CentreDesk;
import it.orienta.session.SessionCommands.HoldSession;
import it.orienta.session.SessionCommands.PlanSession;
import it.orienta.system.Rome;
import it.orienta.system.RuleViolationException;
import it.orienta.web.ETags;
import it.orienta.web.IfMatch;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Group sessions in the REST API: planning, the centre's sessions, enrolment (with the waiting list),
 * withdrawal, holding with attendance, cancellation. Holding and cancelling carry the session's version in
 * If-Match; enrolment and withdrawal are serialised on the server and need none.
 */
@RestController
@RequestMapping("/api/v1")
class SessionApiController {

    private final SessionService sessions;
    private final CentreDesk desk;
    private final Clock clock;

    SessionApiController(SessionService sessions, CentreDesk desk, Clock clock) {
        this.sessions = sessions;
        this.desk = desk;
        this.clock = clock;
    }

    @PostMapping(value = "/sessions", consumes = "application/json")
    ResponseEntity<SessionView> plan(@RequestBody PlanSession request) {
        var session = sessions.plan(request);
        return ResponseEntity.created(URI.create("/api/v1/sessions/" + session.id()))
                .eTag(ETags.of(session.version()))
                .body(session);
    }

    /** The current centre's sessions from {@code from} (today by default) for {@code days} days (at most 92). */
    @GetMapping("/sessions")
    List<SessionService.SessionSummary> list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(defaultValue = "30") int days) {
        if (days < 1 || days > 92) {
            throw new RuleViolationException("guidance.session.days.range", "days", 1, 92);
        }
        String centre = desk.centreCode();
        LocalDate start = from == null ? LocalDate.now(clock.withZone(Rome.ZONE)) : from;
        return sessions.sessions(centre, start, start.plusDays(days));
    }

    @GetMapping("/sessions/{id}")
    ResponseEntity<SessionView> session(@PathVariable UUID id) {
        var session = sessions.session(id);
        return ResponseEntity.ok().eTag(ETags.of(session.version())).body(session);
    }

    @PostMapping(value = "/sessions/{id}/participants", consumes = "application/json")
    ResponseEntity<SessionView> enrol(@PathVariable UUID id, @RequestBody EnrolRequest request) {
        if (request.personId() == null) {
            throw new RuleViolationException("guidance.session.person.required", "personId");
        }
        var session = sessions.enrol(id, request.personId(), Boolean.TRUE.equals(request.waitingList()));
        return ResponseEntity.ok().eTag(ETags.of(session.version())).body(session);
    }

    @PostMapping(value = "/sessions/{id}/participants/{personId}/withdraw", consumes = "application/json")
    ResponseEntity<SessionView> withdraw(
            @PathVariable UUID id, @PathVariable UUID personId, @RequestBody ReasonRequest request) {
        var session = sessions.withdraw(id, personId, request.reason());
        return ResponseEntity.ok().eTag(ETags.of(session.version())).body(session);
    }

    @PostMapping(value = "/sessions/{id}/hold", consumes = "application/json")
    ResponseEntity<SessionView> hold(@PathVariable UUID id, IfMatch ifMatch, @RequestBody HoldSession request) {
        var session = sessions.hold(id, request, ifMatch.version());
        return ResponseEntity.ok().eTag(ETags.of(session.version())).body(session);
    }

    @PostMapping(value = "/sessions/{id}/cancel", consumes = "application/json")
    ResponseEntity<SessionView> cancel(@PathVariable UUID id, IfMatch ifMatch, @RequestBody ReasonRequest request) {
        var session = sessions.cancel(id, request.reason(), ifMatch.version());
        return ResponseEntity.ok().eTag(ETags.of(session.version())).body(session);
    }

    /** The sessions a person is or was in, with their own participation only. */
    @GetMapping("/persons/{id}/sessions")
    List<SessionService.PersonSession> personSessions(@PathVariable UUID id) {
        return sessions.personSessions(id);
    }

    /** Enrols a person; {@code waitingList}: put them on the waiting list when the session is full. */
    record EnrolRequest(UUID personId, Boolean waitingList) {}

    record ReasonRequest(String reason) {}
}
