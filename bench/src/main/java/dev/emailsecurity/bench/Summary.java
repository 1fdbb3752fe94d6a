package dev.emailsecurity.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints the run's figures and the ratios the targets are about, and checks the allocation targets: producer and
 * consumer bytes/op within {@link #BYTES_TARGET} of the reference (time is only recorded: it drifts between runs).
 */
final class Summary {

    static final double BYTES_TARGET = 1.2;
    /** The allocation reference: rawBind binds the same typed items the component delivers (see docs). */
    static final String BYTES_REFERENCE = "rawBind";

    private final Results results;

    Summary(Results results) {
        this.results = results;
    }

    String figuresTable() {
        StringBuilder sb = new StringBuilder("| variant | items/page | time (us/page) | bytes/page |\n|---|---:|---:|---:|\n");
        for (int size : PageCapture.SIZES) {
            for (String v : Results.VARIANTS) {
                if (results.has(v, size)) {
                    Results.Figure f = results.get(v, size);
                    sb.append(String.format(Locale.ROOT, "| %s | %d | %.1f ± %.1f | %,.0f |%n", v, size, f.micros(),
                            f.microsError(), f.bytes()));
                }
            }
        }
        return sb.toString();
    }

    String ratioTable() {
        String[][] pairs = {{"producer", "rawBest"}, {"consumer", "rawBest"}, {"producer", "rawBind"},
                            {"consumer", "rawBind"}, {"rawBind", "rawBest"}, {"producer", "generic"},
                            {"consumer", "generic"}};
        StringBuilder sb = new StringBuilder("| ratio | items/page | time | bytes/op |\n|---|---:|---:|---:|\n");
        for (String[] p : pairs) {
            for (int size : PageCapture.SIZES) {
                if (results.has(p[0], size) && results.has(p[1], size)) {
                    sb.append(String.format(Locale.ROOT, "| %s / %s | %d | %.2fx | %.2fx |%n", p[0], p[1], size,
                            results.timeRatio(p[0], p[1], size), results.bytesRatio(p[0], p[1], size)));
                }
            }
        }
        return sb.toString();
    }

    /** The allocation targets missed, empty when all are met. */
    List<String> allocationMisses() {
        List<String> misses = new ArrayList<>();
        for (String v : new String[] {"producer", "consumer"}) {
            for (int size : PageCapture.SIZES) {
                if (!results.has(v, size) || !results.has(BYTES_REFERENCE, size)) {
                    continue;
                }
                double ratio = results.bytesRatio(v, BYTES_REFERENCE, size);
                if (ratio > BYTES_TARGET) {
                    misses.add(String.format(Locale.ROOT, "%s at %d items: %.2fx the bytes/op of %s (target %.2fx)",
                            v, size, ratio, BYTES_REFERENCE, BYTES_TARGET));
                }
            }
        }
        return misses;
    }
}
