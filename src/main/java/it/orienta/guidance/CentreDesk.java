package it.orienta.guidance;

import it.orienta.charter.ActivityView;
import it.orienta.charter.CharterService;
import it.orienta.organisation.CurrentActor;
import it.orienta.organisation.OrganisationService;
import it.orienta.system.Actor;
import it.orienta.system.RuleViolationException;
import it.orienta.system.RuleViolationException.Violation;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The operator at the centre they work in today, and what delivering a service there checks before anything is
 * written: an operator and a centre (refused with {@code guidance.centre.required}), an activity of the charter that
 * is in force and delivered this way (individually or in a group), a colleague of the centre to hold it, a place.
 * The one home of these checks for guidance, session, pathway and skillsaudit.
 */
@Component
public class CentreDesk {

    private final CurrentActor current;
    private final CharterService charter;
    private final OrganisationService organisation;

    CentreDesk(CurrentActor current, CharterService charter, OrganisationService organisation) {
        this.current = current;
        this.charter = charter;
        this.organisation = organisation;
    }

    /** The current operator, refused unless they work at a centre today. */
    public Actor actor() {
        var actor = current.actor();
        if (actor.centreCode() == null || actor.operatorId() == null) {
            throw new RuleViolationException("guidance.centre.required", null);
        }
        return actor;
    }

    /** The centre of the day, refused when none was chosen. */
    public String centreCode() {
        String centre = current.actor().centreCode();
        if (centre == null) {
            throw new RuleViolationException("guidance.centre.required", null);
        }
        return centre;
    }

    /** An activity that can be delivered now, individually ({@code group} false) or in a group. */
    public ActivityView deliverable(String activityId, boolean group) {
        if (activityId == null || activityId.isBlank()) {
            throw new RuleViolationException("field.required-rule", "activityId");
        }
        var activity = charter.find(activityId)
                .orElseThrow(() -> new RuleViolationException("guidance.activity.unknown", "activityId", activityId));
        if (activity.retired()) {
            throw new RuleViolationException("guidance.activity.retired", "activityId", activity.labelIt());
        }
        if (!activity.delivery().allows(group)) {
            throw new RuleViolationException(
                    group ? "guidance.activity.not-group" : "guidance.activity.not-individual",
                    "activityId",
                    activity.labelIt());
        }
        return activity;
    }

    /**
     * The name of the operator who will hold an appointment or a session: the one asking, or an active operator
     * of the current centre; null with a violation otherwise.
     */
    public String operatorName(Actor actor, UUID operatorId, List<Violation> violations) {
        if (operatorId.equals(actor.operatorId())) {
            return actor.displayName();
        }
        var operator = organisation.operators().stream()
                .filter(o -> o.id().equals(operatorId)
                        && o.active()
                        && o.centreCodes().contains(actor.centreCode()))
                .findFirst();
        if (operator.isEmpty()) {
            violations.add(Violation.of("guidance.appointment.operator.unknown", "operatorId"));
            return null;
        }
        return operator.get().fullName();
    }

    /** The place of an appointment or session, stripped; required (a link when remote). */
    public static String place(String place, boolean remote, List<Violation> violations) {
        String p = place == null ? "" : place.strip();
        if (p.isEmpty()) {
            violations.add(Violation.of(
                    remote ? "guidance.appointment.link.required" : "guidance.appointment.place.required", "place"));
        }
        return p;
    }
}
