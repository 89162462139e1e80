package it.orienta.caseload;

import it.orienta.charter.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person of the caseload list: who, since when in charge, who is responsible, the furthest stage reached, the
 * next appointment, how many plan items are overdue and the CV's state.
 *
 * @param operatorId the responsible operator; null when nobody of the centre is (never assigned, or left the centre)
 * @param version the assignment's version, to send back when assigning (a change meanwhile is refused)
 */
public record CaseloadRow(
        UUID personId,
        String lastName,
        String firstName,
        String taxCode,
        LocalDate intakeDate,
        UUID operatorId,
        String operatorName,
        Stage stage,
        Instant nextAppointment,
        int overdueItems,
        CaseloadFilter.CvState cvState,
        LocalDate cvObsoleteFrom,
        long version) {}
