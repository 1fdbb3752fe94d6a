package dev.emailsecurity.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.infra.Blackhole;

/**
 * Bytes allocated per page by the thread doing the client's work, counted by the JVM's per-thread allocation
 * counter over a fixed number of pages after a warm-up: the calling thread for rawBind, rawExchange and the producer,
 * the consumer's own thread for the consumer, measured from the end of one of its polls to the end of a later one.
 * Unlike JMH's {@code gc.alloc.rate.norm} (all threads' allocation over a timed iteration, divided by the operations
 * that fit in it) it does not depend on how many operations a loaded machine fits in an iteration, nor on the page
 * server's allocation, so it is what CI gates.
 */
final class AllocationCheck {

    private static final int WARM_PAGES = 40;
    private static final int PAGES = 40;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    static final double PRODUCER_LIMIT = 1.2;
    /**
     * 1.4 after #16's checkpoint format 2 (1.298x at 25 items, 1.239x at 1000); 1.3 again since each item's version
     * is hashed once with no map, and digested only where a checkpoint keeps the digests (1.17x / 1.11x).
     */
    static final double CONSUMER_LIMIT = 1.3;

    private AllocationCheck() {
    }

    /** Prints the table alone (pages captured by a previous run under {@code bench.out}, default target). */
    public static void main(String[] args) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Path pages = Path.of(System.getProperty("bench.out", "target")).resolve("pages");
        Map<Integer, Map<String, Double>> bySize = new java.util.TreeMap<>();
        for (int size : PageCapture.SIZES) {
            bySize.put(size, measure(pages, size));
        }
        System.out.println(table(bySize));
        misses(bySize).forEach(m -> System.out.println("ALLOCATION LIMIT EXCEEDED: " + m));
    }

    /** The table of bytes per page and the two gated ratios, for each page size. */
    static String table(Map<Integer, Map<String, Double>> bySize) {
        StringBuilder sb = new StringBuilder("| items/page | rawBind | rawExchange | producer | consumer | producer / "
                                             + "rawBind | consumer / rawExchange |\n|---:|---:|---:|---:|---:|---:|---:|\n");
        bySize.forEach((size, b) -> sb.append(String.format(Locale.ROOT,
                "| %d | %,.0f | %,.0f | %,.0f | %,.0f | %.3fx | %.3fx |%n", size, b.get("rawBind"),
                b.get("rawExchange"), b.get("producer"), b.get("consumer"), b.get("producer") / b.get("rawBind"),
                b.get("consumer") / b.get("rawExchange"))));
        return sb.toString();
    }

    /** The limits exceeded: producer within {@link #PRODUCER_LIMIT} of rawBind, consumer {@link #CONSUMER_LIMIT} of rawExchange. */
    static List<String> misses(Map<Integer, Map<String, Double>> bySize) {
        List<String> misses = new ArrayList<>();
        bySize.forEach((size, b) -> {
            double producer = b.get("producer") / b.get("rawBind");
            double consumer = b.get("consumer") / b.get("rawExchange");
            if (producer > PRODUCER_LIMIT) {
                misses.add(String.format(Locale.ROOT, "producer at %d items: %.3fx the bytes of rawBind (limit %.2fx)",
                        size, producer, PRODUCER_LIMIT));
            }
            if (consumer > CONSUMER_LIMIT) {
                misses.add(String.format(Locale.ROOT,
                        "consumer at %d items: %.3fx the bytes of rawExchange (limit %.2fx)", size, consumer,
                        CONSUMER_LIMIT));
            }
        });
        return misses;
    }

    /** Bytes per page of rawBind, rawExchange, producer and consumer at the given page size. */
    static Map<String, Double> measure(Path pages, int size) throws Exception {
        System.setProperty("bench.pages", pages.toString());
        Map<String, Double> bytes = new LinkedHashMap<>();
        SearchBenchmark benchmark = new SearchBenchmark();
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        SearchBenchmark.Server server = new SearchBenchmark.Server();
        server.size = size;
        server.start();
        SearchBenchmark.Raw raw = new SearchBenchmark.Raw();
        SearchBenchmark.Routes routes = new SearchBenchmark.Routes();
        SearchBenchmark.Consumer consumer = new SearchBenchmark.Consumer();
        try {
            raw.start(server);
            routes.start(server);
            bytes.put("rawBind", onThisThread(() -> benchmark.rawBind(raw, bh)));
            bytes.put("rawExchange", onThisThread(() -> benchmark.rawExchange(raw, routes)));
            bytes.put("producer", onThisThread(() -> benchmark.producer(routes, bh)));
            consumer.start(server);
            bytes.put("consumer", onConsumerThread(consumer));
        } finally {
            consumer.stop();
            routes.stop();
            raw.stop();
            server.stop();
        }
        return bytes;
    }

    @FunctionalInterface
    private interface Page {
        void fetch() throws Exception;
    }

    private static double onThisThread(Page page) throws Exception {
        for (int i = 0; i < WARM_PAGES; i++) {
            page.fetch();
        }
        long before = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < PAGES; i++) {
            page.fetch();
        }
        return (THREADS.getCurrentThreadAllocatedBytes() - before) / (double) PAGES;
    }

    /** The consumer thread's counter, read by that thread itself after the last exchange of a poll. */
    private static double onConsumerThread(SearchBenchmark.Consumer consumer) throws InterruptedException {
        int polls = PAGES / PageServer.CHAIN;
        for (int i = 0; i < WARM_PAGES / PageServer.CHAIN; i++) {
            consumer.drain();
        }
        consumer.allocatedAtDrain.clear();
        consumer.drain();
        long start = consumer.allocatedAtDrain.take();
        long end = start;
        for (int i = 0; i < polls; i++) {
            consumer.drain();
            end = consumer.allocatedAtDrain.take();
        }
        return (end - start) / (double) (polls * PageServer.CHAIN);
    }
}
