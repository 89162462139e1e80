package it.orienta.charter;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A new time standard as the activity page posts it, its totals in hours. */
class StandardForm {
    StandardCommand toCommand() {
        return new StandardCommand(
                validFrom,
                minMinutes,
                maxMinutes,
                CharterController.minutes(minTotalHours),
                CharterController.minutes(maxTotalHours));
    }

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    private Integer minMinutes;

    private Integer maxMinutes;

    private BigDecimal minTotalHours;

    private BigDecimal maxTotalHours;

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate v) {
        validFrom = v;
    }

    public Integer getMinMinutes() {
        return minMinutes;
    }

    public void setMinMinutes(Integer v) {
        minMinutes = v;
    }

    public Integer getMaxMinutes() {
        return maxMinutes;
    }

    public void setMaxMinutes(Integer v) {
        maxMinutes = v;
    }

    public BigDecimal getMinTotalHours() {
        return minTotalHours;
    }

    public void setMinTotalHours(BigDecimal v) {
        minTotalHours = v;
    }

    public BigDecimal getMaxTotalHours() {
        return maxTotalHours;
    }

    public void setMaxTotalHours(BigDecimal v) {
        maxTotalHours = v;
    }
}
