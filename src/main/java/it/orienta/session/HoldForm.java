package it.orienta.session;

import it.orienta.guidance.Attendance;
import it.orienta.session.SessionCommands.HoldSession;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

class HoldForm {
    /** Unknown attendance values are left out: the service then asks for them at the participant's row. */
    HoldSession toCommand() {
        var byPerson = new HashMap<UUID, Attendance>();
        attendance.forEach((k, v) -> {
            try {
                byPerson.put(UUID.fromString(k), Attendance.valueOf(v));
            } catch (IllegalArgumentException | NullPointerException e) {
                // left out on purpose
            }
        });
        var reasons = new HashMap<UUID, String>();
        justifications.forEach((k, v) -> {
            try {
                reasons.put(UUID.fromString(k), v);
            } catch (IllegalArgumentException e) {
                // left out on purpose
            }
        });
        return new HoldSession(
                date == null || start == null ? null : LocalDateTime.of(date, start),
                date == null || end == null ? null : LocalDateTime.of(date, end),
                byPerson,
                reasons,
                notes,
                deviationReason);
    }

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime start;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime end;

    private String notes;

    private String deviationReason;

    private long version;

    private Map<String, String> attendance = new HashMap<>();

    private Map<String, String> justifications = new HashMap<>();

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

    public Map<String, String> getAttendance() {
        return attendance;
    }

    public void setAttendance(Map<String, String> v) {
        attendance = v;
    }

    public Map<String, String> getJustifications() {
        return justifications;
    }

    public void setJustifications(Map<String, String> v) {
        justifications = v;
    }
}
