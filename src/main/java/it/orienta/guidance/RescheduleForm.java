package it.orienta.guidance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/** Serializable: flashed back to the page after a refused reschedule, and flash attributes live in the session. */
class RescheduleForm implements java.io.Serializable {
    LocalDateTime dateTime() {
        return GuidanceController.at(date, time);
    }

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime time;

    private String reason;

    /** "Sposta comunque": the operator saw the overlap and moves it anyway. */
    private boolean confirmOverlap;

    public boolean isConfirmOverlap() {
        return confirmOverlap;
    }

    public void setConfirmOverlap(boolean v) {
        confirmOverlap = v;
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

    public String getReason() {
        return reason;
    }

    public void setReason(String v) {
        reason = v;
    }
}
