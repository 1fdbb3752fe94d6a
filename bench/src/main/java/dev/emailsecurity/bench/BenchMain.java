package dev.emailsecurity.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The one benchmark command: captures the pages from the emulator, counts the API calls of a 10,000-message ingest,
 * runs the JMH variants with {@code -prof gc}, prints the figures and ratios, and renders the chart. In the short
 * (CI) mode it fails when bytes/op exceed the targets.
 *
 * <p>The full mode runs in interleaved rounds: each round runs one fork of every (variant, page size) pair, in an order
 * rotated from round to round, so that a change of the machine during the run (others' builds, caches, CPU
 * frequency) falls on every variant alike instead of on the variants that happened to run then. The figures pool the
 * samples of all rounds; each ratio also comes per round (the two variants' CPU means within one round).
 *
 * <p>System properties: {@code bench.short} (true for CI), {@code bench.out} (work directory), {@code bench.docs}
 * (where a full run writes its table, JSON and chart; empty for none), {@code bench.include} (a regular expression
 * of the variants to run, for profiling one of them; all by default), {@code bench.rounds} (3), {@code bench.forks}
 * (forks per pair and round, 1), {@code bench.warmups} (warm-up iterations of every variant; 8, and 10 for the
 * consumer), {@code bench.measurements} (one-second measurement iterations per fork, 5), {@code bench.jvmArgs}
 * (extra options of the forks).
 */
public final class BenchMain {

    private static final String CONSUMER = "consumer";
    private static final int ROUNDS = 3;
    private static final int FORKS_PER_ROUND = 1;
    private static final int MEASUREMENTS = 5;

    private BenchMain() {
    }

    /** One benchmark method at one page size: what a round runs one fork of. */
    record Pair(String variant, int size) {
    }

    /**
     * JMH with {@code -prof gc} and {@link ThreadCpuProfiler}, JSON results to {@code json}. Full mode (one pair of a
     * round): 1 fork (a fresh JVM with its own JIT decisions) x 5 one-second measurements after the given warm-up
     * iterations (8 for most variants, 10 for the consumer: with 3 and 6 the figures were still falling through the
     * measurements on 2 busy cores), so over 3 rounds each figure and its 99.9% interval come from 15 samples.
     * Short (CI) mode: 1 fork of 2 x 0.5 s after {@code quickWarmups} half-second warm-ups.
     */
    private static ChainedOptionsBuilder options(Path pages, Path json, boolean quick, int warmups,
                                                 int quickWarmups) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .addProfiler(GCProfiler.class)
                .addProfiler(ThreadCpuProfiler.class)
                .jvmArgs(forkArgs(pages))
                .shouldFailOnError(true)
                .result(json.toString())
                .resultFormat(ResultFormatType.JSON);
        if (quick) {
            return options.forks(1).warmupIterations(quickWarmups).warmupTime(TimeValue.milliseconds(500))
                    .measurementIterations(2).measurementTime(TimeValue.milliseconds(500));
        }
        return options.forks(Integer.getInteger("bench.forks", FORKS_PER_ROUND))
                .warmupIterations(Integer.getInteger("bench.warmups", warmups))
                .warmupTime(TimeValue.seconds(1)).measurementIterations(Integer.getInteger("bench.measurements",
                        MEASUREMENTS))
                .measurementTime(TimeValue.seconds(1));
    }

    /** Short (CI) mode: one JMH run of the five variants, then one of the consumer, 1 fork each. */
    private static List<Path> runShort(Path pages, Path out, String include) throws Exception {
        String base = SearchBenchmark.class.getName() + "\\.";
        List<Path> parts = new ArrayList<>();
        Pattern wanted = Pattern.compile(include);
        if (Arrays.stream(Results.VARIANTS).anyMatch(v -> !v.equals(CONSUMER) && wanted.matcher(v).find())) {
            Path others = out.resolve("jmh-others.json");
            new Runner(options(pages, others, true, 8, 2).include(base + include).exclude(base + CONSUMER + "$").build())
                    .run();
            parts.add(others);
        }
        if (wanted.matcher(CONSUMER).find()) {
            Path consumer = out.resolve("jmh-consumer.json");
            new Runner(options(pages, consumer, true, 10, 4).include(base + CONSUMER + "$").build()).run();
            parts.add(consumer);
        }
        return parts;
    }

    /**
     * Full mode: {@code rounds} rounds of one JMH run per pair, the JSON parts in the order they ran (round by round,
     * which is how {@link Results} tells the rounds apart).
     */
    private static List<Path> runRounds(Path pages, Path out, String include) throws Exception {
        Pattern wanted = Pattern.compile(include);
        List<Pair> pairs = new ArrayList<>();
        for (int size : PageCapture.SIZES) {
            Arrays.stream(Results.VARIANTS).filter(v -> wanted.matcher(v).find()).forEach(v -> pairs.add(new Pair(v, size)));
        }
        int rounds = Integer.getInteger("bench.rounds", ROUNDS);
        if (rounds < 1) {
            throw new IllegalArgumentException("bench.rounds must be at least 1, was " + rounds);
        }
        List<Path> parts = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (Pair pair : roundOrder(pairs, round, rounds)) {
                Path part = out.resolve("jmh-round" + (round + 1) + "-" + pair.variant() + "-" + pair.size() + ".json");
                System.out.println("\n# Round " + (round + 1) + "/" + rounds + ": " + pair.variant() + ", " + pair.size()
                                   + " items/page");
                // the consumer reaches its steady state later: each of its operations holds a whole window of items
                int warmups = pair.variant().equals(CONSUMER) ? 10 : 8;
                new Runner(options(pages, part, false, warmups, 0)
                        .include(SearchBenchmark.class.getName() + "\\." + pair.variant() + "$")
                        .param("size", String.valueOf(pair.size())).build()).run();
                parts.add(part);
            }
        }
        return parts;
    }

    /**
     * The pairs rotated for round {@code round} of {@code rounds}: each round starts {@code pairs / rounds} positions
     * further along the list than the one before, so that with 3 rounds every pair runs once in each third of a round,
     * while the variants of one page size stay next to each other.
     */
    static List<Pair> roundOrder(List<Pair> pairs, int round, int rounds) {
        int n = pairs.size();
        int offset = n == 0 ? 0 : round * n / rounds % n;
        List<Pair> order = new ArrayList<>(pairs.subList(offset, n));
        order.addAll(pairs.subList(0, offset));
        return order;
    }

    /** The forks' JVM options, and those of {@code bench.jvmArgs} (space-separated: JFR for profiling one variant). */
    private static String[] forkArgs(Path pages) {
        List<String> args = new ArrayList<>(List.of("-Xms1g", "-Xmx1g", "-Dsun.net.httpserver.nodelay=true", "-Dbench.jmh=true",
                "-Dbench.pages=" + pages.toAbsolutePath()));
        String extra = System.getProperty("bench.jvmArgs", "").trim();
        if (!extra.isEmpty()) {
            args.addAll(Arrays.asList(extra.split("\\s+")));
        }
        return args.toArray(String[]::new);
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        boolean quick = Boolean.getBoolean("bench.short");
        String include = System.getProperty("bench.include", "");
        Path out = Path.of(System.getProperty("bench.out", "target"));
        Path pages = out.resolve("pages");
        PageCapture.captureAll(pages);

        List<ApiCallEfficiency.Row> rows = ApiCallEfficiency.measure();
        String calls = ApiCallEfficiency.table(rows);
        System.out.println("\nAPI calls to ingest N = " + ApiCallEfficiency.N + " messages (emulator):\n" + calls);
        for (ApiCallEfficiency.Row row : rows) {
            if (row.producerCalls() != row.expected() || row.consumerCalls() != row.expected()) {
                System.out.println("API CALLS: expected exactly " + row.expected() + " search calls at page size "
                                   + row.pageSize() + ", the producer made " + row.producerCalls()
                                   + " and the consumer " + row.consumerCalls());
                System.exit(1);
            }
        }

        Path json = out.resolve("jmh-result.json");
        List<Path> parts = quick ? runShort(pages, out, include) : runRounds(pages, out, include);
        Files.writeString(json, Results.merge(parts));

        Results results = Results.read(json);
        Summary summary = new Summary(results);
        String machine = Machine.describe();
        System.out.println("\n" + machine + "\n\n" + summary.figuresTable() + "\n" + summary.ratioTable());

        String docsDir = System.getProperty("bench.docs", "");
        boolean writeDocs = !quick && include.isEmpty() && !docsDir.isEmpty();
        Path docs = docsDir.isEmpty() ? null : Path.of(docsDir).resolve("benchmarks");
        if (writeDocs) {
            Files.createDirectories(docs);
            Files.copy(json, docs.resolve("jmh-result.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Chart.render(results, "email-security: one page of search results, relative to rawBest",
                    docs.resolve("chart.png"));
            Files.writeString(docs.resolve("results.md"), "# Benchmark run (generated by bench/BenchMain)\n\n"
                                                          + machine + "\n\n## Figures\n\n" + summary.figuresTable()
                                                          + "\n## Ratios\n\n" + summary.ratioTable()
                                                          + "\n## API calls\n\n" + calls);
            System.out.println("Wrote " + docs.toAbsolutePath());
        }
        Map<Integer, Map<String, Double>> allocation = new TreeMap<>();
        for (int size : PageCapture.SIZES) {
            allocation.put(size, AllocationCheck.measure(pages, size));
        }
        String allocationTable = AllocationCheck.table(allocation);
        System.out.println("\nBytes allocated per page by the working thread (per-thread counter, warmed up):\n"
                           + allocationTable);
        if (writeDocs) {
            Files.writeString(docs.resolve("results.md"), "\n## Allocation on the working thread (the CI gate)\n\n"
                                                         + allocationTable, java.nio.file.StandardOpenOption.APPEND);
        }
        List<String> misses = AllocationCheck.misses(allocation);
        if (!misses.isEmpty()) {
            misses.forEach(m -> System.out.println("ALLOCATION LIMIT EXCEEDED: " + m));
            if (quick) {
                System.exit(1);
            }
        } else {
            System.out.println("Allocation limits met: producer within " + AllocationCheck.PRODUCER_LIMIT
                               + "x of rawBind and consumer within " + AllocationCheck.CONSUMER_LIMIT
                               + "x of rawExchange bytes per page.");
        }
    }
}
