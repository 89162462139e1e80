package it.orienta.guidance;

import it.orienta.guidance.Commands.ScheduleAppointment;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

class AppointmentForm {
    ScheduleAppointment toCommand() {
        return new ScheduleAppointment(
                activityId,
                GuidanceController.at(date, time),
                minutes,
                remote,
                place,
                operatorId,
                confirmOverlap ? Boolean.TRUE : null);
    }

    private String activityId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime time;

    private Integer minutes;

    private boolean remote;

    private String place;

    private UUID operatorId;

    /** "Prenota comunque": the operator saw the overlap and books anyway. */
    private boolean confirmOverlap;

    public boolean isConfirmOverlap() {
        return confirmOverlap;
    }

    public void setConfirmOverlap(boolean v) {
        confirmOverlap = v;
    }

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

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime v) {
        time = v;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer v) {
        minutes = v;
    }

    public boolean isRemote() {
        return remote;
    }

    public void setRemote(boolean v) {
        remote = v;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String v) {
        place = v;
    }

    public UUID getOperatorId() {
        return operatorId;
    }

    public void setOperatorId(UUID v) {
        operatorId = v;
    }
}
