package it.orienta.session;

import it.orienta.session.SessionCommands.PlanSession;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

class PlanForm {
    PlanSession toCommand() {
        return new PlanSession(
                activityId,
                title,
                date == null || time == null ? null : LocalDateTime.of(date, time),
                minutes,
                remote,
                place,
                capacity,
                operatorId);
    }

    private String activityId;

    private String title;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime time;

    private Integer minutes;

    private boolean remote;

    private String place;

    private Integer capacity;

    private UUID operatorId;

    public String getActivityId() {
        return activityId;
    }

    public void setActivityId(String v) {
        activityId = v;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String v) {
        title = v;
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

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer v) {
        capacity = v;
    }

    public UUID getOperatorId() {
        return operatorId;
    }

    public void setOperatorId(UUID v) {
        operatorId = v;
    }
}
