package it.orienta.guidance;

import it.orienta.guidance.Commands.RecordMeeting;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

class RecordForm {
    RecordMeeting toCommand() {
        return new RecordMeeting(
                activityId,
                GuidanceController.at(date, start),
                GuidanceController.at(date, end),
                attendance,
                justification,
                notes,
                deviationReason,
                appointmentId);
    }

    private String activityId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime start;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime end;

    private Attendance attendance;

    private String justification;

    private String notes;

    private String deviationReason;

    private UUID appointmentId;

    public String getActivityId() {
        return activityId;
    }

    public void setActivityId(String v) {
        activityId = v;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate v) {
        date = v;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime v) {
        start = v;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime v) {
        end = v;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public void setAttendance(Attendance v) {
        attendance = v;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String v) {
        justification = v;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String v) {
        notes = v;
    }

    public String getDeviationReason() {
        return deviationReason;
    }

    public void setDeviationReason(String v) {
        deviationReason = v;
    }

    public UUID getAppointmentId() {
        return appointmentId;
    }

    public void setAppointmentId(UUID v) {
        appointmentId = v;
    }
}
