package dev.emailsecurity.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.consumer.EmailSecurityConsumer;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;

/**
 * Ingest of N messages (default 1,000,000: {@code bench.ingestMessages}) from one emulator, in 1000-item pages,
 * through the streaming producer ({@code streamList=true} + {@code split(body()).streaming()}) and through the
 * consumer, each in its own JVM with {@code -Xmx256m}. The emulator runs in this JVM; first the raw client
 * (HttpClient 5 + Jackson streaming, ids only) reads every message once, which gives the expected ids. Each client
 * keeps a 64-bit hash of every id it receives and, at the end, reports the count, the duplicates, the sum of the
 * hashes (equal to the expected sum only when the same ids arrived), its search calls and its peak RSS (VmHWM).
 *
 * <pre>./mvnw -B -q -Pbench -pl bench -am verify -DskipTests -Dbench.ingest=true</pre>
 */
public final class Ingest {

    static final String PRODUCER = "producer";
    static final String CONSUMER = "consumer";
    private static final String SEARCH = "email_security_investigate";
    private static final String START = "2000-01-01T00:00:00Z";
    private static final int PAGE = 1000;
    /** The consumer's maxWindowItems: what it holds in memory at most. */
    private static final int WINDOW = 10_000;

    /** What one client reported. */
    record Outcome(String client, long items, long duplicates, long hashSum, long millis, long peakRssKb,
                   long calls) {
    }

    private Ingest() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 5) {
            child(args[0], args[1], args[2], args[3], Long.parseLong(args[4]));
            return;
        }
        int n = Integer.getInteger("bench.ingestMessages", 1_000_000);
        String heap = System.getProperty("bench.ingestHeap", "256m");
        long seedStart = System.nanoTime();
        try (EmailSecurityEmulator emulator = EmailSecurityEmulator.builder().seed(7).messageCount(n)
                .rateLimit(100_000_000, Duration.ofMinutes(5)).build().start()) {
            System.out.printf("%nIngest: emulator seeded with %,d messages in %d ms%n", n,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - seedStart));
            String token = emulator.readToken();
            long t0 = System.nanoTime();
            IdHashes expected = rawIngest(emulator.baseUrl(), emulator.accountId(), token);
            long rawMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            long rawCalls = emulator.callCount(SEARCH);
            emulator.clearCalls();
            IdHashes.Summary want = expected.summary();
            if (want.items() != n || want.duplicates() != 0) {
                throw new IllegalStateException("the raw client read " + want.items() + " ids (" + want.duplicates()
                                                + " repeated), expected " + n + " distinct");
            }
            List<Outcome> outcomes = new ArrayList<>();
            outcomes.add(new Outcome("raw client (this JVM, ids only)", want.items(), 0, want.hashSum(), rawMillis,
                    -1, rawCalls));
            for (String client : List.of(PRODUCER, CONSUMER)) {
                Outcome o = fork(client, heap, emulator.baseUrl(), emulator.accountId(), token, n);
                outcomes.add(new Outcome(o.client(), o.items(), o.duplicates(), o.hashSum(), o.millis(),
                        o.peakRssKb(), emulator.callCount(SEARCH)));
                emulator.clearCalls();
            }
            System.out.println(table(n, heap, outcomes, want.hashSum()));
            boolean ok = outcomes.stream().allMatch(o -> o.items() == n && o.duplicates() == 0
                                                         && o.hashSum() == want.hashSum());
            System.out.println(ok ? "Every message delivered exactly once by every client."
                    : "INGEST FAILED: a client lost or repeated messages (table above).");
            if (!ok) {
                System.exit(1);
            }
        }
    }

    static String table(int n, String heap, List<Outcome> outcomes, long hashSum) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "| ingest of %,d messages, %d-item pages | heap | items | repeated | same ids | search calls "
                + "| wall time (s) | peak RSS (MB) |%n|---|---|---:|---:|---|---:|---:|---:|%n", n, PAGE));
        for (Outcome o : outcomes) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %,d | %d | %s | %,d | %.1f | %s |%n", o.client(),
                    o.peakRssKb() < 0 ? "-" : "-Xmx" + heap, o.items(), o.duplicates(),
                    o.hashSum() == hashSum ? "yes" : "**no**", o.calls(), o.millis() / 1000.0,
                    o.peakRssKb() < 0 ? "-" : String.format(Locale.ROOT, "%.0f", o.peakRssKb() / 1024.0)));
        }
        return sb.toString();
    }

    /** Reads every message with HttpClient and Jackson streaming, following the cursor; keeps the ids' hashes. */
    private static IdHashes rawIngest(String baseUrl, String account, String token) throws IOException {
        IdHashes ids = new IdHashes(1 << 16);
        JsonFactory factory = new JsonFactory();
        String cursor = null;
        try (CloseableHttpClient client = HttpClients.createDefault()) {
            do {
                HttpGet get = new HttpGet(baseUrl + "/accounts/" + account + "/email-security/investigate?"
                                          + "detections_only=false&start=" + START + "&per_page=" + PAGE
                                          + (cursor == null ? "" : "&cursor=" + cursor));
                get.setHeader("Authorization", "Bearer " + token);
                cursor = client.execute(get, response -> {
                    try (InputStream in = response.getEntity().getContent();
                         JsonParser p = factory.createParser(in)) {
                        return readPage(p, item -> ids.add(idOf(item)));
                    }
                });
            } while (cursor != null);
        }
        return ids;
    }

    /** Reads one item of {@code result}; the parser is on its START_OBJECT and must be left on its END_OBJECT. */
    interface ItemReader {
        void read(JsonParser item) throws IOException;
    }

    /** The {@code id} of the item the parser is on, skipping its other fields. */
    private static String idOf(JsonParser p) throws IOException {
        String id = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if ("id".equals(field)) {
                id = p.getText();
            } else {
                p.skipChildren();
            }
        }
        return id;
    }

    /** Hands each item of {@code result} to {@code items} and returns {@code result_info.next}. */
    static String readPage(JsonParser p, ItemReader items) throws IOException {
        String next = null;
        p.nextToken();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if ("result".equals(name) && value == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    items.read(p);
                }
            } else if ("result_info".equals(name) && value == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    if ("next".equals(field) && p.currentToken() == JsonToken.VALUE_STRING) {
                        next = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return next;
    }

    private static Outcome fork(String client, String heap, String baseUrl, String account, String token, int n)
            throws Exception {
        String[] f = ChildJvm.run(heap, Ingest.class, "INGEST", 60, client, baseUrl, account, token,
                Integer.toString(n));
        return new Outcome(client + " (own JVM)", Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]),
                Long.parseLong(f[3]), Long.parseLong(f[4]), 0);
    }

    private static void child(String client, String baseUrl, String account, String token, long n)
            throws Exception {
        IdHashes ids = new IdHashes((int) n);
        String options = "accountId=" + account + "&apiToken=" + token + "&baseUrl=" + baseUrl + "&pageSize=" + PAGE
                         + "&detectionsOnly=false";
        long t0 = System.nanoTime();
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.getShutdownStrategy().setTimeout(10);
            if (PRODUCER.equals(client)) {
                camel.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:ingest")
                                .to("email-security:searchMessages?" + options + "&streamList=true&start=" + START)
                                .split(body()).streaming()
                                    .process(e -> ids.add(e.getMessage().getBody(MessageDetails.class).getId()));
                    }
                });
                camel.start();
                camel.createProducerTemplate().sendBody("direct:ingest", null);
            } else {
                camel.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("email-security:searchMessages?" + options + "&startFrom=" + START
                             + "&initialDelay=0&delay=0&greedy=true&changeDetection=false&overlap=0"
                             + "&maxWindowItems=" + WINDOW)
                                .routeId("ingest")
                                .process(e -> ids.add(e.getMessage().getBody(MessageDetails.class).getId()));
                    }
                });
                camel.start();
                EmailSecurityConsumer consumer = (EmailSecurityConsumer) camel.getRoute("ingest").getConsumer();
                while (ids.count() < n) {
                    Thread.sleep(10);
                }
                // one more poll that starts after the last item: it must find nothing new
                long calls = consumer.apiCalls();
                while (consumer.apiCalls() < calls + 2) {
                    Thread.sleep(10);
                }
                camel.getRouteController().stopAllRoutes();
            }
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        IdHashes.Summary s = ids.summary();
        System.out.println("INGEST " + s.items() + " " + s.duplicates() + " " + s.hashSum() + " " + millis + " "
                           + peakRssKb());
    }

    /** VmHWM: the process's peak resident set size, in kB. */
    static long peakRssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** 64-bit FNV-1a hashes of ids, in a growing array: 8 bytes per id, whatever the ids' length. */
    static final class IdHashes {

        record Summary(long items, long duplicates, long hashSum) {
        }

        private long[] hashes;
        private volatile int count;

        IdHashes(int capacity) {
            hashes = new long[Math.max(16, capacity)];
        }

        synchronized void add(String id) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < id.length(); i++) {
                h ^= id.charAt(i);
                h *= 0x100000001b3L;
            }
            if (count == hashes.length) {
                hashes = Arrays.copyOf(hashes, hashes.length * 2);
            }
            hashes[count] = h;
            count++;
        }

        int count() {
            return count;
        }

        synchronized Summary summary() {
            long[] sorted = Arrays.copyOf(hashes, count);
            Arrays.sort(sorted);
            long duplicates = 0;
            long sum = 0;
            for (int i = 0; i < sorted.length; i++) {
                sum += sorted[i];
                if (i > 0 && sorted[i] == sorted[i - 1]) {
                    duplicates++;
                }
            }
            return new Summary(sorted.length, duplicates, sum);
        }
    }
}
