package it.orienta.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Intakes, matching consents, the profiling index and the privacy notice in the REST API. */
@RestController
@RequestMapping("/api/v1")
class IntakeApiController {

    private final IntakeService intakes;

    IntakeApiController(IntakeService intakes) {
        this.intakes = intakes;
    }

    @PostMapping(value = "/persons/{id}/intakes", consumes = "application/json")
    ResponseEntity<IntakeView> takeInCharge(@PathVariable UUID id, @RequestBody IntakeCommand request) {
        var intake = intakes.takeInCharge(id, request);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/intakes/" + intake.id()))
                .body(intake);
    }

    @GetMapping("/persons/{id}/intakes")
    List<IntakeView> intakes(@PathVariable UUID id) {
        return intakes.intakes(id);
    }

    @GetMapping("/persons/{id}/consents")
    ConsentState current(@PathVariable UUID id) {
        return intakes.currentMatchingConsent(id);
    }

    @GetMapping("/persons/{id}/consents/history")
    List<ConsentView> history(@PathVariable UUID id) {
        return intakes.consentHistory(id);
    }

    @PostMapping(value = "/persons/{id}/consents", consumes = "application/json")
    ResponseEntity<ConsentView> record(@PathVariable UUID id, @Valid @RequestBody ConsentRequest request) {
        return ResponseEntity.status(201).body(intakes.recordConsent(id, request.state()));
    }

    @PutMapping(value = "/persons/{id}/profiling-index", consumes = "application/json")
    IntakeView profiling(@PathVariable UUID id, @RequestBody ProfilingRequest request) {
        return intakes.recordProfilingIndex(id, request.index(), request.date());
    }

    @GetMapping("/privacy-notices/current")
    PrivacyNoticeView notice() {
        return intakes.currentNotice()
                .orElseThrow(() -> new it.orienta.system.NotFoundException("PrivacyNotice", "current"));
    }

    /** Give ({@code GIVEN}) or withdraw ({@code WITHDRAWN}) the matching consent. */
    record ConsentRequest(
            @NotNull(message = "{field.required}") ConsentState state) {}

    /** The quantitative profiling index (0–1) and its date. */
    record ProfilingRequest(BigDecimal index, LocalDate date) {}
}
