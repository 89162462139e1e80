package it.orienta.interview;

import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/** The end of the interview's running meeting: the time (empty: now) and the reason outside the standard. */
class EndForm {
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime end;

    private String deviationReason;

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public String getDeviationReason() {
        return deviationReason;
    }

    public void setDeviationReason(String deviationReason) {
        this.deviationReason = deviationReason;
    }
}
