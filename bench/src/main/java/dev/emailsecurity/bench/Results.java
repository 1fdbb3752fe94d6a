package dev.emailsecurity.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * The figures of one JMH JSON result file per variant and page size: wall time and client CPU time (us/op, each with
 * JMH's 99.9% confidence half-width over all forks and iterations) and allocation (bytes/op).
 */
final class Results {

    static final String[] VARIANTS = {"rawBest", "rawBind", "rawExchange", "producer", "consumer", "generic"};

    /** One benchmark's figures. */
    record Figure(double micros, double microsError, double cpuMicros, double cpuError, double bytes) {
    }

    private final Map<String, Figure> figures = new LinkedHashMap<>();

    static Results read(Path json) throws IOException {
        Results r = new Results();
        for (JsonNode run : new ObjectMapper().readTree(json.toFile())) {
            String benchmark = run.path("benchmark").asText();
            String variant = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            int size = run.path("params").path("size").asInt();
            JsonNode primary = run.path("primaryMetric");
            JsonNode cpu = run.path("secondaryMetrics").path(ThreadCpuProfiler.METRIC);
            r.figures.put(key(variant, size), new Figure(primary.path("score").asDouble(), error(primary),
                    cpu.path("score").asDouble(Double.NaN), error(cpu),
                    run.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN)));
        }
        return r;
    }

    private static double error(JsonNode metric) {
        double error = metric.path("scoreError").asDouble(Double.NaN);
        return Double.isNaN(error) ? 0 : error;
    }

    /** The JMH JSON arrays of several runs, as one array. */
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

    double bytesRatio(String a, String b, int size) {
        return get(a, size).bytes() / get(b, size).bytes();
    }
}
