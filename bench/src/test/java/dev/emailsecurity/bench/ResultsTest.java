package dev.emailsecurity.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pooling, intervals and per-round ratios of {@link Results} on a made-up JMH JSON file, every expected figure
 * worked out by hand. Two rounds of producer and rawBind at 25 items (one fork of two samples each), and rawBest as
 * the older one-entry layout (one entry of two forks: one round).
 */
class ResultsTest {

    /** Student's t quantile for 99.9% two-sided confidence and 3 degrees of freedom (4 samples), from the table. */
    private static final double T_3 = 12.923979;
    private static final double EPSILON = 1e-6;

    @TempDir
    Path dir;

    @Test
    void poolsTheSamplesOfAllRoundsWithJmhInterval() throws IOException {
        Results results = Results.read(write());

        // producer CPU: 10, 12 | 14, 16 -> mean 13, s^2 = (9 + 1 + 1 + 9) / 3, half-width t * s / sqrt(4)
        Results.Figure producer = results.get("producer", 25);
        assertEquals(13.0, producer.cpuMicros(), EPSILON);
        assertEquals(T_3 * Math.sqrt(20.0 / 3) / 2, producer.cpuError(), 1e-4);
        assertEquals(16.684689, producer.cpuError(), 1e-4);
        // wall: 20, 22 | 24, 26 -> mean 23, same spread
        assertEquals(23.0, producer.micros(), EPSILON);
        assertEquals(16.684689, producer.microsError(), 1e-4);
        // bytes: 100, 100 | 102, 98
        assertEquals(100.0, producer.bytes(), EPSILON);

        // rawBind CPU: 8, 8 | 10, 12 -> mean 9.5, s^2 = (2.25 + 2.25 + 0.25 + 6.25) / 3
        Results.Figure rawBind = results.get("rawBind", 25);
        assertEquals(9.5, rawBind.cpuMicros(), EPSILON);
        assertEquals(12.373768, rawBind.cpuError(), 1e-4);

        assertEquals(13.0 / 9.5, results.cpuRatio("producer", "rawBind", 25), EPSILON);
        assertEquals(2.0, results.bytesRatio("producer", "rawBind", 25), EPSILON);
    }

    @Test
    void ratioOfEachRoundFromTheRoundsCpuMeans() throws IOException {
        Results results = Results.read(write());

        // round 1: 11 / 8, round 2: 15 / 11
        assertArrayEquals(new double[] {1.375, 15.0 / 11}, results.cpuRatioPerRound("producer", "rawBind", 25), EPSILON);
        // rawBest's single entry is one round (mean of both forks: 5); only round 1 pairs with it
        assertEquals(5.0, results.get("rawBest", 25).cpuMicros(), EPSILON);
        assertArrayEquals(new double[] {11.0 / 5}, results.cpuRatioPerRound("producer", "rawBest", 25), EPSILON);
    }

    @Test
    void spreadIsMedianAndRange() {
        assertEquals(new Results.Spread(2, 1, 3), Results.Spread.of(new double[] {3, 1, 2}));
        assertEquals(new Results.Spread((1.375 + 15.0 / 11) / 2, 15.0 / 11, 1.375),
                Results.Spread.of(new double[] {1.375, 15.0 / 11}));
    }

    @Test
    void ratioTableShowsTheRoundsColumn() throws IOException {
        String table = new Summary(Results.read(write())).ratioTable();

        assertTrue(table.contains("| CPU per round: median (min-max) |"), table);
        // pooled 13 / 9.5 = 1.37; rounds 1.375 and 1.364: median 1.369
        assertTrue(table.contains("| producer / rawBind | 25 | 1.37x | "), table);
        assertTrue(table.contains(" | 1.37x (1.36-1.38) | 1.15x | 2.00x |"), table);
    }

    @Test
    void anIntervalReachingZeroIsPrintedUnbounded() {
        assertEquals("0.74-1.10", Summary.interval(new double[] {0.7372, 1.1}));
        assertEquals("unbounded", Summary.interval(new double[] {-0.06, Double.POSITIVE_INFINITY}));
        assertEquals("unbounded", Summary.interval(new double[] {0.05, Double.POSITIVE_INFINITY}));
    }

    @Test
    void everyPairRunsOnceInEachThirdOfARoundOverThreeRounds() {
        List<BenchMain.Pair> pairs = new ArrayList<>();
        for (int size : PageCapture.SIZES) {
            for (String v : Results.VARIANTS) {
                pairs.add(new BenchMain.Pair(v, size));
            }
        }
        assertEquals(pairs, BenchMain.roundOrder(pairs, 0, 3));
        assertEquals(new BenchMain.Pair("consumer", 25), BenchMain.roundOrder(pairs, 1, 3).get(0));
        assertEquals(new BenchMain.Pair("rawExchange", 1000), BenchMain.roundOrder(pairs, 2, 3).get(0));
        for (BenchMain.Pair pair : pairs) {
            boolean[] thirds = new boolean[3];
            for (int round = 0; round < 3; round++) {
                List<BenchMain.Pair> order = BenchMain.roundOrder(pairs, round, 3);
                assertEquals(pairs.size(), order.size());
                thirds[order.indexOf(pair) * 3 / pairs.size()] = true;
            }
            assertArrayEquals(new boolean[] {true, true, true}, thirds, pair.toString());
        }
    }

    private Path write() throws IOException {
        Path json = dir.resolve("jmh-result.json");
        Files.writeString(json, "["
                                + entry("rawBest", "[[10, 10], [10, 10]]", "[[4, 6], [5, 5]]", "[[40, 40], [40, 40]]") + ","
                                + entry("producer", "[[20, 22]]", "[[10, 12]]", "[[100, 100]]") + ","
                                + entry("rawBind", "[[20, 20]]", "[[8, 8]]", "[[50, 50]]") + ","
                                + entry("rawBind", "[[20, 20]]", "[[10, 12]]", "[[50, 50]]") + ","
                                + entry("producer", "[[24, 26]]", "[[14, 16]]", "[[102, 98]]") + "]");
        return json;
    }

    /** A JMH JSON entry, trimmed to what {@link Results} reads (the scores deliberately wrong: the raw data counts). */
    private static String entry(String variant, String wall, String cpu, String bytes) {
        return """
                {"jmhVersion": "1.37", "benchmark": "dev.emailsecurity.bench.SearchBenchmark.%s", "mode": "avgt",
                 "params": {"size": "25"},
                 "primaryMetric": {"score": -1, "scoreError": -1, "scoreUnit": "us/op", "rawData": %s},
                 "secondaryMetrics": {
                   "cpu.time.norm": {"score": -1, "scoreError": -1, "scoreUnit": "us/op", "rawData": %s},
                   "gc.alloc.rate.norm": {"score": -1, "scoreError": -1, "scoreUnit": "B/op", "rawData": %s}}}
                """.formatted(variant, wall, cpu, bytes);
    }
}
