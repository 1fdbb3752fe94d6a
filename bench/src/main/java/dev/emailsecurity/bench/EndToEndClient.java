package dev.emailsecurity.bench;

import java.io.InputStream;
import java.net.URI;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.emailsecurity.camel.json.JsonCodec;
import dev.emailsecurity.camel.model.MessageDetails;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;

/**
 * One JVM client of {@link EndToEnd}: ingests every message of the standalone emulator twice (a warm-up, then the
 * measured ingest) and reports {@code E2E items repeated millis peakRssKb searchCalls allCalls} of the measured
 * ingest; the calls are read from the emulator's {@code /__emulator/calls} around it.
 */
final class EndToEndClient {

    static final String COMPONENT = "component";
    static final String RAW = "raw";

    private EndToEndClient() {
    }

    /** Arguments: client (component or raw), base URL, account, token, messages. */
    public static void main(String[] args) throws Exception {
        String client = args[0];
        String baseUrl = args[1];
        String account = args[2];
        String token = args[3];
        long n = Long.parseLong(args[4]);
        Ingestion ingestion = COMPONENT.equals(client) ? component(baseUrl, account, token) : raw(baseUrl, account,
                token);
        try (ingestion) {
            ingestion.ingest(new Ingest.IdHashes((int) n));
            Ingest.IdHashes ids = new Ingest.IdHashes((int) n);
            long[] before = calls(baseUrl);
            long t0 = System.nanoTime();
            ingestion.ingest(ids);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            long[] after = calls(baseUrl);
            Ingest.IdHashes.Summary s = ids.summary();
            System.out.println("E2E " + s.items() + " " + s.duplicates() + " " + millis + " " + Ingest.peakRssKb()
                               + " " + (after[0] - before[0]) + " " + (after[1] - before[1]));
        }
    }

    /** One way of reading every message; reusable, so that the second ingest runs warm. */
    interface Ingestion extends AutoCloseable {
        void ingest(Ingest.IdHashes ids) throws Exception;
    }

    /** The streaming producer: {@code streamList=true} and a streaming split, one exchange per item. */
    private static Ingestion component(String baseUrl, String account, String token) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        camel.getShutdownStrategy().setTimeout(10);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ingest")
                        .to("email-security:searchMessages?accountId=" + account + "&apiToken=" + token + "&baseUrl="
                            + baseUrl + "&pageSize=" + EndToEnd.PAGE + "&detectionsOnly=false&streamList=true&start="
                            + EndToEnd.START)
                        .split(body()).streaming()
                            .process(e -> e.getProperty("ids", Ingest.IdHashes.class)
                                    .add(e.getMessage().getBody(MessageDetails.class).getId()));
            }
        });
        camel.start();
        ProducerTemplate template = camel.createProducerTemplate();
        return new Ingestion() {
            @Override
            public void ingest(Ingest.IdHashes ids) {
                template.send("direct:ingest", e -> e.setProperty("ids", ids));
            }

            @Override
            public void close() throws Exception {
                camel.close();
            }
        };
    }

    /** HttpClient 5 and the component's Jackson mapper, binding every item to MessageDetails, following the cursor. */
    private static Ingestion raw(String baseUrl, String account, String token) {
        CloseableHttpClient http = HttpClients.createDefault();
        ObjectReader reader = JsonCodec.mapper().readerFor(MessageDetails.class);
        return new Ingestion() {
            @Override
            public void ingest(Ingest.IdHashes ids) throws Exception {
                String cursor = null;
                do {
                    HttpGet get = new HttpGet(baseUrl + "/accounts/" + account + "/email-security/investigate?"
                                              + "detections_only=false&start=" + EndToEnd.START + "&per_page="
                                              + EndToEnd.PAGE + (cursor == null ? "" : "&cursor=" + cursor));
                    get.setHeader("Authorization", "Bearer " + token);
                    cursor = http.execute(get, response -> {
                        try (InputStream in = response.getEntity().getContent();
                             JsonParser p = JsonCodec.mapper().getFactory().createParser(in)) {
                            return Ingest.readPage(p, item -> ids.add(reader.<MessageDetails>readValue(item).getId()));
                        }
                    });
                } while (cursor != null);
            }

            @Override
            public void close() throws Exception {
                http.close();
            }
        };
    }

    /** The emulator's search calls and all its API calls so far. */
    private static long[] calls(String baseUrl) throws Exception {
        String root = baseUrl.substring(0, baseUrl.indexOf("/client/v4"));
        JsonNode calls;
        try (InputStream in = URI.create(root + "/__emulator/calls").toURL().openStream()) {
            calls = JsonCodec.mapper().readTree(in);
        }
        return new long[] {calls.path("by_operation").path(EndToEnd.SEARCH).asLong(), calls.path("total").asLong()};
    }
}
