package dev.emailsecurity.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Ingests N = 10,000 messages from the emulator and counts the search calls: the producer and the consumer (cursor,
 * stop on {@code next} null) against the vendor SDK's auto-pager (page++ until an empty page), same emulator.
 */
final class ApiCallEfficiency {

    static final int N = 10_000;
    static final int[] PAGE_SIZES = {25, 100, 1000};
    private static final String SEARCH = "email_security_investigate";
    private static final String START = "2000-01-01T00:00:00Z";

    /** One line of the table. */
    record Row(int pageSize, int items, long expected, long producerCalls, long consumerCalls, long sdkCalls) {
    }

    /** What the consumer's first poll read, and the search calls it made for it. */
    private record Poll(int messages, long calls) {
    }

    private ApiCallEfficiency() {
    }

    static List<Row> measure() throws Exception {
        List<Row> rows = new ArrayList<>();
        try (EmailSecurityEmulator emulator = EmailSecurityEmulator.builder().seed(42).messageCount(N)
                .rateLimit(1_000_000, java.time.Duration.ofMinutes(5)).build().start()) {
            for (int pageSize : PAGE_SIZES) {
                emulator.clearCalls();
                int items = producer(emulator, pageSize);
                long producerCalls = emulator.callCount(SEARCH);
                emulator.clearCalls();
                Poll poll = consumer(emulator, pageSize);
                emulator.clearCalls();
                int sdkItems = sdkPageUntilEmpty(emulator, pageSize);
                long sdkCalls = emulator.callCount(SEARCH);
                if (items != N || poll.messages() != N || sdkItems != N) {
                    throw new IllegalStateException("expected " + N + " messages, producer " + items + ", consumer "
                                                    + poll.messages() + ", SDK " + sdkItems);
                }
                rows.add(new Row(pageSize, items, (N + pageSize - 1) / pageSize, producerCalls,
                        poll.calls(), sdkCalls));
            }
        }
        return rows;
    }

    private static String options(EmailSecurityEmulator emulator, int pageSize) {
        return "accountId=" + emulator.accountId() + "&apiToken=" + emulator.readToken() + "&baseUrl="
               + emulator.baseUrl() + "&pageSize=" + pageSize + "&detectionsOnly=false";
    }

    private static int producer(EmailSecurityEmulator emulator, int pageSize) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.start();
            List<?> all = camel.createProducerTemplate().requestBody(
                    "email-security:searchMessages?" + options(emulator, pageSize) + "&start=" + START, null,
                    List.class);
            return all.size();
        }
    }

    /**
     * The consumer's first poll reads the whole window before it emits anything, so the calls are counted when the
     * first exchange arrives; the batch size it carries is the number of messages the poll read.
     */
    private static Poll consumer(EmailSecurityEmulator emulator, int pageSize) throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        int[] batch = new int[1];
        long[] calls = new long[1];
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.getShutdownStrategy().setTimeout(5);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("email-security:searchMessages?" + options(emulator, pageSize)
                         + "&startFrom=beginning&delay=600000&initialDelay=0").process(e -> {
                             if (first.getCount() > 0) {
                                 calls[0] = emulator.callCount(SEARCH);
                                 batch[0] = e.getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class);
                                 first.countDown();
                             }
                         });
                }
            });
            camel.start();
            if (!first.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the consumer delivered nothing");
            }
            camel.getRouteController().stopAllRoutes();
        }
        return new Poll(batch[0], calls[0]);
    }

    /** The vendor SDK's auto-pager: page=1,2,... until a page comes back empty. */
    private static int sdkPageUntilEmpty(EmailSecurityEmulator emulator, int pageSize)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        int total = 0;
        for (int page = 1;; page++) {
            URI uri = URI.create(emulator.baseUrl() + "/accounts/" + emulator.accountId()
                                 + "/email-security/investigate?detections_only=false&start=" + START + "&per_page=" + pageSize + "&page="
                                 + page);
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + emulator.readToken()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            int got = json.readTree(response.body()).path("result").size();
            if (got == 0) {
                return total;
            }
            total += got;
        }
    }

    static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| page size | messages | ceil(N / pageSize) | producer calls | consumer calls | SDK page++ calls |\n");
        sb.append("|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            sb.append("| ").append(r.pageSize()).append(" | ").append(r.items()).append(" | ").append(r.expected())
                    .append(" | ").append(r.producerCalls()).append(" | ").append(r.consumerCalls()).append(" | ")
                    .append(r.sdkCalls()).append(" |\n");
        }
        return sb.toString();
    }
}
