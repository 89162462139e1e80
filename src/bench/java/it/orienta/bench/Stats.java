package it.orienta.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Latencies of one measured phase, in nanoseconds, with the errors seen and the wall time taken. */
record Stats(
        String phase,
        String scenario,
        int clients,
        long[] latencies,
        int errors,
        List<String> errorSamples,
        long wallNanos,
        boolean truncated) {

    int requests() {
        return latencies.length + errors;
    }

    /** Nearest-rank percentile in milliseconds (p in 0..100). */
    double percentile(double p) {
        if (latencies.length == 0) {
            return Double.NaN;
        }
        long[] sorted = sorted();
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1] / 1e6;
    }

    double max() {
        return latencies.length == 0 ? Double.NaN : sorted()[latencies.length - 1] / 1e6;
    }

    double mean() {
        return latencies.length == 0
                ? Double.NaN
                : Arrays.stream(latencies).average().orElse(0) / 1e6;
    }

    /** Completed requests per second of wall time. */
    double throughput() {
        return wallNanos == 0 ? 0 : latencies.length / (wallNanos / 1e9);
    }

    private long[] sorted() {
        long[] copy = latencies.clone();
        Arrays.sort(copy);
        return copy;
    }

    String line() {
        return String.format(
                Locale.ROOT,
                "%-11s %-20s clients=%2d requests=%5d errors=%d p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms "
                        + "mean=%.1fms throughput=%.1f/s%s",
                phase,
                scenario,
                clients,
                requests(),
                errors,
                percentile(50),
                percentile(95),
                percentile(99),
                max(),
                mean(),
                throughput(),
                truncated ? " (stopped at the time limit)" : "");
    }
}
