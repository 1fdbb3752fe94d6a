package dev.emailsecurity.bench;

import java.util.Locale;

/**
 * Prints the run's JMH figures (client CPU time, wall time, bytes per page, each with its 99.9% interval, pooled over
 * the rounds) and the ratios the targets are about, with the spread of the CPU ratio from round to round. Nothing here is gated: times move with the load of the machine, and the allocation
 * gate is {@link AllocationCheck}'s per-thread count, which does not.
 */
final class Summary {

    private final Results results;

    Summary(Results results) {
        this.results = results;
    }

    String figuresTable() {
        StringBuilder sb = new StringBuilder("| variant | items/page | CPU (us/page) | wall time (us/page) | bytes/page |\n"
                                             + "|---|---:|---:|---:|---:|\n");
        for (int size : PageCapture.SIZES) {
            for (String v : Results.VARIANTS) {
                if (results.has(v, size)) {
                    Results.Figure f = results.get(v, size);
                    sb.append(String.format(Locale.ROOT, "| %s | %d | %.1f ± %.1f | %.1f ± %.1f | %,.0f |%n", v, size,
                            f.cpuMicros(), f.cpuError(), f.micros(), f.microsError(), f.bytes()));
                }
            }
        }
        return sb.toString();
    }

    String ratioTable() {
        String[][] pairs = {{"producer", "rawBind"}, {"consumer", "rawExchange"}, {"producer", "generic"},
                            {"consumer", "generic"}, {"producer", "rawBest"}, {"consumer", "rawBest"},
                            {"consumer", "rawBind"}, {"rawBind", "rawBest"}, {"rawExchange", "rawBind"}};
        StringBuilder sb = new StringBuilder("| ratio | items/page | CPU | CPU interval | CPU per round: median (min-max) "
                                             + "| wall time | bytes/op |\n|---|---:|---:|---:|---:|---:|---:|\n");
        for (String[] p : pairs) {
            for (int size : PageCapture.SIZES) {
                if (results.has(p[0], size) && results.has(p[1], size)) {
                    double[] interval = results.cpuRatioInterval(p[0], p[1], size);
                    sb.append(String.format(Locale.ROOT, "| %s / %s | %d | %.2fx | %s | %s | %.2fx | %.2fx |%n",
                            p[0], p[1], size, results.cpuRatio(p[0], p[1], size), interval(interval),
                            perRound(results.cpuRatioPerRound(p[0], p[1], size)),
                            results.timeRatio(p[0], p[1], size), results.bytesRatio(p[0], p[1], size)));
                }
            }
        }
        return sb.toString();
    }

    /** The interval, or "unbounded" when an interval reaches zero (too few samples, or a noisy run). */
    static String interval(double[] bounds) {
        if (bounds[0] <= 0 || Double.isInfinite(bounds[1])) {
            return "unbounded";
        }
        return String.format(Locale.ROOT, "%.2f-%.2f", bounds[0], bounds[1]);
    }

    private static String perRound(double[] ratios) {
        if (ratios.length == 0) {
            return "-";
        }
        Results.Spread spread = Results.Spread.of(ratios);
        return String.format(Locale.ROOT, "%.2fx (%.2f-%.2f)", spread.median(), spread.min(), spread.max());
    }
}
