package it.orienta.guidance;

import it.orienta.guidance.Commands.CloseMeeting;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

class CloseForm {
    /** The end is a time of {@code today} (Rome). */
    CloseMeeting toCommand(LocalDate today) {
        return new CloseMeeting(end == null ? null : today.atTime(end), notes, deviationReason);
    }

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime end;

    private String notes;

    private String deviationReason;

    private long version;

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime v) {
        end = v;
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long v) {
        version = v;
    }
}
