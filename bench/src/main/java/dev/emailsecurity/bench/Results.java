package dev.emailsecurity.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.openjdk.jmh.util.ListStatistics;

/**
 * The figures of one JMH JSON result file per variant and page size: wall time and client CPU time (us/op, each with
 * JMH's 99.9% confidence half-width) and allocation (bytes/op), pooled over every entry of the variant and size.
 *
 * <p>A rounds run ({@link BenchMain}) writes one JMH entry per variant, size and round, rounds in order: the n-th
 * entry of a variant and size is its n-th round. Each figure is the mean of the samples of all rounds (the iterations'
 * {@code rawData}), its interval computed over them as JMH computes its own ({@link ListStatistics}, Student's t);
 * the CPU means of each round give the per-round ratios. A file with one entry per variant and size is one round.
 */
final class Results {

    static final String[] VARIANTS = {"rawBest", "rawBind", "rawExchange", "producer", "consumer", "generic"};
    static final double CONFIDENCE = 0.999;
    private static final String ALLOCATION = "gc.alloc.rate.norm";

    /** One benchmark's figures. */
    record Figure(double micros, double microsError, double cpuMicros, double cpuError, double bytes) {
    }

    /** The median and range of a set of values. */
    record Spread(double median, double min, double max) {
        static Spread of(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            return new Spread(median, sorted[0], sorted[n - 1]);
        }
    }

    /** The samples of one variant and size, as they are read entry by entry. */
    private static final class Pool {
        final ListStatistics wall = new ListStatistics();
        final ListStatistics cpu = new ListStatistics();
        final ListStatistics bytes = new ListStatistics();
        final List<Double> cpuPerRound = new ArrayList<>();

        Figure figure() {
            return new Figure(wall.getMean(), error(wall), cpu.getN() == 0 ? Double.NaN : cpu.getMean(), error(cpu),
                    bytes.getN() == 0 ? Double.NaN : bytes.getMean());
        }

        private static double error(ListStatistics samples) {
            double error = samples.getN() == 0 ? Double.NaN : samples.getMeanErrorAt(CONFIDENCE);
            return Double.isNaN(error) ? 0 : error;
        }
    }

    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final Map<String, double[]> cpuPerRound = new LinkedHashMap<>();

    static Results read(Path json) throws IOException {
        Map<String, Pool> pools = new LinkedHashMap<>();
        for (JsonNode run : new ObjectMapper().readTree(json.toFile())) {
            String benchmark = run.path("benchmark").asText();
            String variant = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            int size = run.path("params").path("size").asInt();
            Pool pool = pools.computeIfAbsent(key(variant, size), k -> new Pool());
            JsonNode secondary = run.path("secondaryMetrics");
            add(run.path("primaryMetric"), pool.wall);
            ListStatistics roundCpu = new ListStatistics();
            add(secondary.path(ThreadCpuProfiler.METRIC), roundCpu);
            add(secondary.path(ThreadCpuProfiler.METRIC), pool.cpu);
            add(secondary.path(ALLOCATION), pool.bytes);
            if (roundCpu.getN() > 0) {
                pool.cpuPerRound.add(roundCpu.getMean());
            }
        }
        Results r = new Results();
        pools.forEach((key, pool) -> {
            r.figures.put(key, pool.figure());
            r.cpuPerRound.put(key, pool.cpuPerRound.stream().mapToDouble(Double::doubleValue).toArray());
        });
        return r;
    }

    /** Every one-iteration sample of a metric, all forks. */
    private static void add(JsonNode metric, ListStatistics into) {
        for (JsonNode fork : metric.path("rawData")) {
            fork.forEach(sample -> into.addValue(sample.asDouble()));
        }
    }

    /** The JMH JSON arrays of several runs, as one array, in the order given. */
    static String merge(List<Path> parts) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode all = mapper.createArrayNode();
        for (Path part : parts) {
            mapper.readTree(part.toFile()).forEach(all::add);
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(all);
    }

    private static String key(String variant, int size) {
        return variant + "@" + size;
    }

    Figure get(String variant, int size) {
        return figures.get(key(variant, size));
    }

    boolean has(String variant, int size) {
        return figures.containsKey(key(variant, size));
    }

    double timeRatio(String a, String b, int size) {
        return get(a, size).micros() / get(b, size).micros();
    }

    double cpuRatio(String a, String b, int size) {
        return get(a, size).cpuMicros() / get(b, size).cpuMicros();
    }

    /**
     * The interval of the CPU ratio that the two confidence intervals allow: (a - ea) / (b + eb) to
     * (a + ea) / (b - eb).
     */
    double[] cpuRatioInterval(String a, String b, int size) {
        Figure x = get(a, size);
        Figure y = get(b, size);
        double high = y.cpuMicros() - y.cpuError() <= 0 ? Double.POSITIVE_INFINITY
                : (x.cpuMicros() + x.cpuError()) / (y.cpuMicros() - y.cpuError());
        return new double[] {(x.cpuMicros() - x.cpuError()) / (y.cpuMicros() + y.cpuError()), high};
    }

    /** The ratio of the two variants' CPU means within each round that both ran, in round order. */
    double[] cpuRatioPerRound(String a, String b, int size) {
        double[] x = cpuPerRound.get(key(a, size));
        double[] y = cpuPerRound.get(key(b, size));
        double[] ratios = new double[Math.min(x.length, y.length)];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = x[i] / y[i];
        }
        return ratios;
    }

    double bytesRatio(String a, String b, int size) {
        return get(a, size).bytes() / get(b, size).bytes();
    }
}
