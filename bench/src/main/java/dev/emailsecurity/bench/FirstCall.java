package dev.emailsecurity.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.json.JsonCodec;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;

/**
 * The first call of a process: one 1000-item search page fetched and bound, in a fresh JVM each time, through the
 * component ({@code template.requestBody} on a started, empty Camel context: endpoint creation, transport, request,
 * decoding) and through the raw client (HttpClient 5 created with {@code HttpClients.createDefault()}, the request,
 * Jackson binding each item to {@code MessageDetails}). Measured on the calling thread from before the first line of
 * the call to its last item: wall time and bytes allocated (ThreadMXBean). The variants alternate, {@code
 * bench.firstCallRuns} (default 7, 3 in the short mode) fresh JVMs each, against the same {@link PageServer}; the
 * medians and their ratio are printed. Camel's own start-up is outside the measurement: it is paid once per application, with or without
 * this component.
 */
public final class FirstCall {

    static final String COMPONENT = "component";
    static final String RAW = "raw";

    /** One child's figures. */
    record Sample(String variant, long nanos, long bytes, int items) {
    }

    /** The medians of both variants. */
    record Outcome(int runs, Sample component, Sample raw) {
        double timeRatio() {
            return (double) component.nanos / raw.nanos;
        }

        double bytesRatio() {
            return (double) component.bytes / raw.bytes;
        }

        String table() {
            return "| first call (fresh JVM, 1000-item page) | median time (ms) | median bytes |\n|---|---:|---:|\n"
                   + row(raw) + row(component)
                   + String.format(Locale.ROOT, "| **component / raw** | **%.2fx** | **%.2fx** |%n", timeRatio(),
                           bytesRatio());
        }

        private static String row(Sample s) {
            return String.format(Locale.ROOT, "| %s | %.1f | %,d |%n", s.variant, s.nanos / 1e6, s.bytes);
        }
    }

    private FirstCall() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2) {
            child(args[0], args[1]);
            return;
        }
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Path pages = Path.of(System.getProperty("bench.out", "target")).resolve("pages");
        if (!PageCapture.pagePath(pages, 1000).toFile().exists()) {
            PageCapture.captureAll(pages);
        }
        Outcome outcome = measure(pages, Integer.getInteger("bench.firstCallRuns",
                Boolean.getBoolean("bench.short") ? 3 : 7));
        System.out.println("\nFirst call, " + outcome.runs() + " fresh JVMs per variant:\n" + outcome.table());
    }

    static Outcome measure(Path pages, int runs) throws Exception {
        List<Sample> component = new ArrayList<>();
        List<Sample> raw = new ArrayList<>();
        try (PageServer server = new PageServer(pages, 1000)) {
            for (int i = 0; i < runs; i++) {
                raw.add(fork(RAW, server.baseUrl()));
                component.add(fork(COMPONENT, server.baseUrl()));
            }
        }
        return new Outcome(runs, median(component), median(raw));
    }

    private static Sample median(List<Sample> samples) {
        long nanos = samples.stream().map(Sample::nanos).sorted().toList().get(samples.size() / 2);
        long bytes = samples.stream().map(Sample::bytes).sorted().toList().get(samples.size() / 2);
        int items = samples.stream().map(Sample::items).min(Comparator.naturalOrder()).orElse(0);
        return new Sample(samples.get(0).variant(), nanos, bytes, items);
    }

    private static Sample fork(String variant, String baseUrl) throws Exception {
        String[] f = ChildJvm.run("256m", FirstCall.class, "FIRST-CALL", 2, variant, baseUrl);
        Sample sample = new Sample(variant, Long.parseLong(f[0]), Long.parseLong(f[1]), Integer.parseInt(f[2]));
        if (sample.items() != 1000) {
            throw new IllegalStateException(variant + " delivered " + sample.items() + " items, expected 1000");
        }
        return sample;
    }

    private static void child(String variant, String baseUrl) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int items;
        long nanos;
        long bytes;
        if (COMPONENT.equals(variant)) {
            try (CamelContext camel = new DefaultCamelContext()) {
                camel.start();
                var template = camel.createProducerTemplate();
                String uri = "email-security:searchMessages?accountId=" + PageServer.ACCOUNT + "&apiToken="
                             + SearchBenchmark.TOKEN + "&baseUrl=" + baseUrl + "&pageSize=1000";
                long b0 = threads.getCurrentThreadAllocatedBytes();
                long t0 = System.nanoTime();
                List<?> result = template.requestBody(uri, null, List.class);
                items = result.size();
                nanos = System.nanoTime() - t0;
                bytes = threads.getCurrentThreadAllocatedBytes() - b0;
            }
        } else {
            long b0 = threads.getCurrentThreadAllocatedBytes();
            long t0 = System.nanoTime();
            items = rawFirstCall(baseUrl);
            nanos = System.nanoTime() - t0;
            bytes = threads.getCurrentThreadAllocatedBytes() - b0;
        }
        System.out.println("FIRST-CALL " + nanos + " " + bytes + " " + items);
    }

    private static int rawFirstCall(String baseUrl) throws Exception {
        ObjectReader reader = JsonCodec.mapper().readerFor(MessageDetails.class);
        String url = baseUrl + "/accounts/" + PageServer.ACCOUNT + "/email-security/investigate?per_page=1000";
        HttpGet get = new HttpGet(url);
        get.setHeader("Authorization", "Bearer " + SearchBenchmark.TOKEN);
        try (CloseableHttpClient client = HttpClients.createDefault()) {
            return client.execute(get, response -> {
                int count = 0;
                try (InputStream in = response.getEntity().getContent();
                     JsonParser parser = JsonCodec.mapper().getFactory().createParser(in)) {
                    while (parser.nextToken() != null) {
                        if (parser.currentToken() == JsonToken.FIELD_NAME && "result".equals(parser.currentName())) {
                            parser.nextToken();
                            while (parser.nextToken() == JsonToken.START_OBJECT) {
                                reader.readValue(parser);
                                count++;
                            }
                        }
                    }
                }
                return count;
            });
        }
    }
}
