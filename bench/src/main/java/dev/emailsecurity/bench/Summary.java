package dev.emailsecurity.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the run's figures and the ratios the targets are about, and checks the allocation targets: the producer's
 * bytes/op within {@link #BYTES_TARGET} of rawBind (the same typed items, bound from the same stream), the
 * consumer's within {@link #CONSUMER_BYTES_CEILING} of rawExchange (those items, one exchange each through a route).
 * Times (CPU and wall) are only reported: they move with the load of the machine.
 */
final class Summary {

    static final double BYTES_TARGET = 1.2;
    /**
     * The consumer's target is {@link #BYTES_TARGET} of rawExchange, which it meets or misses by a per cent or two
     * (docs/benchmarks.md); CI holds it under this ceiling so that the check cannot flap, while a regression such as
     * the per-exchange checkpoint encoding (hundreds of times the bytes) still fails the build. Raised from 1.3 to 1.5
     * on 2026-12-03: the short mode measured 1.28x before and 1.42x after the guarantees of issue #16 (request
     * deadline, strict parsing, batch headers), an open regression of ~1.6 KB per item that issue #20 tracks.
     */
    static final double CONSUMER_BYTES_CEILING = 1.5;
    static final String PRODUCER_REFERENCE = "rawBind";
    static final String CONSUMER_REFERENCE = "rawExchange";

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
        StringBuilder sb = new StringBuilder("| ratio | items/page | CPU | CPU interval | wall time | bytes/op |\n"
                                             + "|---|---:|---:|---:|---:|---:|\n");
        for (String[] p : pairs) {
            for (int size : PageCapture.SIZES) {
                if (results.has(p[0], size) && results.has(p[1], size)) {
                    double[] interval = results.cpuRatioInterval(p[0], p[1], size);
                    sb.append(String.format(Locale.ROOT, "| %s / %s | %d | %.2fx | %.2f-%.2f | %.2fx | %.2fx |%n",
                            p[0], p[1], size, results.cpuRatio(p[0], p[1], size), interval[0], interval[1],
                            results.timeRatio(p[0], p[1], size), results.bytesRatio(p[0], p[1], size)));
                }
            }
        }
        return sb.toString();
    }

    /** The allocation limits exceeded (producer 1.2x, consumer its ceiling), empty when all are met. */
    List<String> allocationMisses() {
        List<String> misses = new ArrayList<>();
        misses.addAll(misses("producer", PRODUCER_REFERENCE, BYTES_TARGET));
        misses.addAll(misses("consumer", CONSUMER_REFERENCE, CONSUMER_BYTES_CEILING));
        return misses;
    }

    /** Where the consumer is above its 1.2x target (reported, not failed, while under its ceiling). */
    List<String> consumerAboveTarget() {
        return misses("consumer", CONSUMER_REFERENCE, BYTES_TARGET);
    }

    private List<String> misses(String variant, String reference, double limit) {
        List<String> misses = new ArrayList<>();
        for (int size : PageCapture.SIZES) {
            if (!results.has(variant, size) || !results.has(reference, size)) {
                continue;
            }
            double ratio = results.bytesRatio(variant, reference, size);
            if (ratio > limit) {
                misses.add(String.format(Locale.ROOT, "%s at %d items: %.2fx the bytes/op of %s (limit %.2fx)",
                        variant, size, ratio, reference, limit));
            }
        }
        return misses;
    }
}
