package it.orienta.caseload;

import it.orienta.agreement.AgreementEvents.AgreementDrafted;
import it.orienta.charter.CharterService;
import it.orienta.charter.Stage;
import it.orienta.guidance.Attendance;
import it.orienta.guidance.GuidanceEvents.MeetingClosed;
import it.orienta.intake.IntakeEvents.PersonTakenInCharge;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the caseload with the facts of intake, guidance and agreement, in the transaction of the action (the list
 * is right the moment the action is): a person taken in charge is the responsibility of the operator who did it
 * (taken over from another centre: that centre's operator loses them); a meeting attended or a PSP drafted moves the
 * furthest stage reached forward.
 */
@Component
class CaseloadListener {

    private final Assignments assignments;
    private final CharterService charter;

    CaseloadListener(Assignments assignments, CharterService charter) {
        this.assignments = assignments;
        this.charter = charter;
    }

    @EventListener
    void on(PersonTakenInCharge event) {
        var before = assignments.current(event.personId());
        var actor = event.actor();
        String name = actor.operatorId() == null ? null : actor.displayName();
        var kind = before.isPresent() && !before.get().centreCode().equals(event.centreCode())
                ? AssignmentChange.Kind.TRANSFER
                : AssignmentChange.Kind.INTAKE;
        assignments.takenInCharge(event.personId(), event.centreCode(), actor.operatorId(), name, event.occurredAt());
        assignments.record(
                event.personId(),
                event.centreCode(),
                kind,
                before.map(Assignments.Current::operatorId).orElse(null),
                before.map(Assignments.Current::operatorName).orElse(null),
                actor.operatorId(),
                name,
                null,
                event.occurredAt(),
                actor);
    }

    @EventListener
    void on(MeetingClosed event) {
        if (event.attendance() == Attendance.PRESENT && event.activityId() != null) {
            charter.find(event.activityId()).ifPresent(a -> assignments.reached(event.personId(), a.stage()));
        }
    }

    @EventListener
    void on(AgreementDrafted event) {
        assignments.reached(event.personId(), Stage.AGREEMENT);
    }
}
