package it.orienta.caseload;

import it.orienta.charter.Stage;
import java.util.UUID;

/**
 * What the caseload list shows: one operator's persons (or, for the coordinator, the whole centre, one operator's or
 * the unassigned), narrowed by the pathway stage reached, the next appointment, overdue plan items and the CV state.
 *
 * @param operatorId the operator whose persons are listed; null for the whole centre (coordinators only)
 * @param unassigned only the persons nobody of the centre is responsible for (coordinators only)
 * @param stage the furthest pathway stage reached; null for any
 * @param sort the order of the rows
 * @param page zero-based page
 * @param size rows per page (1–200)
 */
public record CaseloadFilter(
        UUID operatorId,
        boolean unassigned,
        Stage stage,
        NextAppointment appointment,
        boolean overdue,
        CvState cv,
        Sort sort,
        int page,
        int size) {

    public CaseloadFilter {
        appointment = appointment == null ? NextAppointment.ANY : appointment;
        cv = cv == null ? CvState.ANY : cv;
        sort = sort == null ? Sort.NAME : sort;
        page = Math.max(page, 0);
        size = Math.clamp(size, 1, 200);
    }

    /** The next appointment still to be held: any, none at all, or one before the end of this week. */
    public enum NextAppointment {
        ANY,
        NONE,
        THIS_WEEK
    }

    /** The state of the person's current CV (R20; expiring: obsolete within 30 days). */
    public enum CvState {
        ANY,
        NONE,
        VALID,
        EXPIRING,
        OBSOLETE
    }

    /** The order of the list. */
    public enum Sort {
        NAME,
        INTAKE_DATE,
        NEXT_APPOINTMENT,
        OVERDUE
    }
}
