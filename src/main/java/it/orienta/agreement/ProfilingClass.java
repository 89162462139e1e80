package it.orienta.agreement;

import java.math.BigDecimal;

/**
 * The person's profiling class written in the PSP (R10): how hard it is expected to be for them to find work,
 * from the quantitative profiling index (probability of staying unemployed, 0–1) in quarters, confirmed by the
 * operator. Content the law puts in the PSP (art. 20), kept as signed; not the profiling module's qualitative score
 * (1–5), which complements it.
 */
public enum ProfilingClass {
    LOW,
    MEDIUM,
    HIGH,
    VERY_HIGH;

    /** The class suggested by the profiling index, or {@code null} without one. */
    public static ProfilingClass suggested(BigDecimal index) {
        if (index == null) {
            return null;
        }
        double p = index.doubleValue();
        return p < 0.25 ? LOW : p < 0.5 ? MEDIUM : p < 0.75 ? HIGH : VERY_HIGH;
    }
}
