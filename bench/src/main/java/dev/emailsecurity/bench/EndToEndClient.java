package dev.emailsecurity.bench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.emailsecurity.camel.json.JsonCodec;
import dev.emailsecurity.camel.model.MessageDetails;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;

/**
 * One JVM client of {@link EndToEnd}: sets up once (a started route for the component, an HttpClient for the raw
 * client), then ingests every message of the standalone emulator each time it is asked to, as
 * {@link ClientProcess} describes.
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
        int n = Integer.parseInt(args[4]);
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (Ingestion ingestion = COMPONENT.equals(client) ? component(baseUrl, account, token, true)
                : raw(baseUrl, account, token)) {
            System.out.println("READY");
            for (String command = commands.readLine(); command != null; command = commands.readLine()) {
                if ("ingest".equals(command)) {
                    Ingest.IdHashes ids = new Ingest.IdHashes(n);
                    long t0 = System.nanoTime();
                    ingestion.ingest(ids);
                    long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - t0);
                    Ingest.IdHashes.Summary s = ids.summary();
                    System.out.println("E2E " + s.items() + " " + s.duplicates() + " " + micros);
                } else if ("rss".equals(command)) {
                    System.out.println("RSS " + Ingest.peakRssKb());
                }
            }
        }
    }

    /** One way of reading every message, set up once and reused by every ingest. */
    interface Ingestion extends AutoCloseable {
        void ingest(Ingest.IdHashes ids) throws Exception;
    }

    /**
     * The streaming producer ({@code streamList=true}), reused by every ingest as a real route reuses its endpoint:
     * with {@code split}, the route a user writes, a streaming split and one exchange per item; without, the caller
     * iterates the producer's body itself (what the component costs without Camel's split).
     */
    static Ingestion component(String baseUrl, String account, String token, boolean split) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        camel.getShutdownStrategy().setTimeout(10);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                RouteDefinition route = from("direct:ingest")
                        .to("email-security:searchMessages?accountId=" + account + "&apiToken=" + token + "&baseUrl="
                            + baseUrl + "&pageSize=" + EndToEnd.PAGE + "&detectionsOnly=false&streamList=true&start="
                            + EndToEnd.START);
                if (split) {
                    route.split(body()).streaming()
                            .process(e -> e.getProperty("ids", Ingest.IdHashes.class)
                                    .add(e.getMessage().getBody(MessageDetails.class).getId()));
                }
            }
        });
        camel.start();
        ProducerTemplate template = camel.createProducerTemplate();
        return new Ingestion() {
            @Override
            public void ingest(Ingest.IdHashes ids) {
                if (split) {
                    template.send("direct:ingest", e -> e.setProperty("ids", ids));
                    return;
                }
                Iterator<?> items = template.requestBody("direct:ingest", (Object) null, Iterator.class);
                while (items.hasNext()) {
                    ids.add(((MessageDetails) items.next()).getId());
                }
            }

            @Override
            public void close() throws Exception {
                camel.close();
            }
        };
    }

    /** HttpClient 5 and the component's Jackson mapper, binding every item to MessageDetails, following the cursor. */
    static Ingestion raw(String baseUrl, String account, String token) {
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
}
