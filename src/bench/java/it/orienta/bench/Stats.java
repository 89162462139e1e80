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

    /** The rounds of one phase and scenario as one: their latencies together, errors and wall times added. */
    static Stats merge(List<Stats> parts) {
        var first = parts.getFirst();
        return new Stats(
                first.phase(),
                first.scenario(),
                first.clients(),
                parts.stream().flatMapToLong(p -> Arrays.stream(p.latencies())).toArray(),
                parts.stream().mapToInt(Stats::errors).sum(),
                parts.stream().flatMap(p -> p.errorSamples().stream()).limit(5).toList(),
                parts.stream().mapToLong(Stats::wallNanos).sum(),
                parts.stream().anyMatch(Stats::truncated));
    }

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
