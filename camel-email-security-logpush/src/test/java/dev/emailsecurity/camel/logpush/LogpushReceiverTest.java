package dev.emailsecurity.camel.logpush;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.emailsecurity.camel.model.MessageDetectionDetails;
import dev.emailsecurity.camel.test.LogCapture;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The receiver over real HTTP (Vert.x platform-http on loopback): the shared secret, bad batches, and a batch that
 * failed half-way and was sent again. The poll is off here: only pushes are delivered.
 */
class LogpushReceiverTest {

    @RegisterExtension
    static EmailSecurityEmulatorExtension emulator = EmailSecurityEmulatorExtension.builder().seed(42).build();

    private final Deliveries deliveries = new Deliveries();
    private final AtomicBoolean failNextA2 = new AtomicBoolean();
    private LogpushNode node;

    @BeforeEach
    void start() throws Exception {
        node = LogpushNode.start(emulator.emulator(), LogpushNode.freePort(),
                "email-security-logpush:" + LogpushNode.PATH + "?poll=false&secret=RAW(" + LogpushNode.SECRET + ")",
                Map.of(), exchange -> {
                    if ("a2".equals(exchange.getMessage().getHeader(EmailSecurityLogpushConstants.ALERT_ID))
                        && failNextA2.getAndSet(false)) {
                        throw new IllegalStateException("downstream unavailable");
                    }
                    deliveries.process(exchange);
                });
    }

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void wrongOrMissingSecretIs401AndNothingIsDeliveredOrLogged() throws Exception {
        HttpResponse<String> wrong;
        HttpResponse<String> missing;
        HttpResponse<String> almost;
        try (LogCapture logs = new LogCapture("org.apache.camel", "dev.emailsecurity", "io.vertx")) {
            wrong = Batches.post(node.port, "not-the-secret", Batches.batch("a1"));
            missing = Batches.post(node.port, null, Batches.batch("a1"));
            almost = Batches.post(node.port, LogpushNode.SECRET + "x", Batches.batch("a1"));
            assertThat(logs.text()).contains("refused").doesNotContain(LogpushNode.SECRET).doesNotContain("not-the-secret");
        }
        for (HttpResponse<String> r : List.of(wrong, missing, almost)) {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).contains("X-Logpush-Secret").doesNotContain(LogpushNode.SECRET);
            assertThat(r.headers().map().toString()).doesNotContain(LogpushNode.SECRET);
        }
        assertThat(deliveries.size()).isZero();
        System.out.println("[must-show 3] wrong/missing secret: statuses " + wrong.statusCode() + "/"
                           + missing.statusCode() + "/" + almost.statusCode() + ", delivered " + deliveries.size()
                           + ", secret in logs or responses: no");
    }

    @Test
    void malformedOrTruncatedBatchIs400WithNothingDelivered() throws Exception {
        byte[] whole = Batches.batch("m1", "m2", "m3");
        byte[] truncated = Arrays.copyOf(whole, whole.length - 12);
        byte[] badLine = Batches.gzip(Batches.line("m1") + "\n{\"AlertID\":\"m2\",\"Subject\":\n" + Batches.line("m3"));
        byte[] noId = Batches.gzip(Batches.line("m1") + "\n{\"Subject\":\"no id\"}\n");

        for (byte[] bad : List.of(truncated, badLine, noId, new byte[0])) {
            HttpResponse<String> r = Batches.post(node.port, LogpushNode.SECRET, bad);
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).doesNotContain("Invoice").doesNotContain("cfo@example.com");
        }
        assertThat(deliveries.size()).as("nothing of a bad batch is delivered").isZero();

        HttpResponse<String> retried = Batches.post(node.port, LogpushNode.SECRET, whole);
        HttpResponse<String> again = Batches.post(node.port, LogpushNode.SECRET, whole);
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(deliveries.all()).extracting(Deliveries.Delivery::alertId).containsExactly("m1", "m2", "m3");
        assertThat(deliveries.all()).extracting(Deliveries.Delivery::source).containsOnly("push");
        EmailSecurityAlert first = deliveries.all().get(0).alert();
        assertThat(first.getFinalDisposition()).isEqualTo("MALICIOUS");
        assertThat(first.getTo()).containsExactly("cfo@example.com");
        assertThat(first.getOther()).containsEntry("NewField", 7);
        System.out.println("[must-show 3] truncated/malformed/no AlertID/empty batch: 400, delivered 0; the whole "
                           + "batch then: " + retried.statusCode() + ", sent again: " + again.statusCode()
                           + "; delivered " + deliveries.size() + " (m1, m2, m3 once each)");
    }

    @Test
    void aBatchThatFailedHalfWayIs503AndItsRetryDeliversEachAlertOnce() throws Exception {
        failNextA2.set(true);
        HttpResponse<String> failed = Batches.post(node.port, LogpushNode.SECRET, Batches.batch("a1", "a2", "a3"));
        assertThat(failed.statusCode()).as("never 2xx for a batch not taken").isEqualTo(503);
        assertThat(deliveries.all()).extracting(Deliveries.Delivery::alertId).containsExactly("a1");

        HttpResponse<String> retried = Batches.post(node.port, LogpushNode.SECRET, Batches.batch("a1", "a2", "a3"));
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retried.body()).contains("\"delivered\":2").contains("\"skipped\":1");
        assertThat(deliveries.all()).extracting(Deliveries.Delivery::alertId).containsExactly("a1", "a2", "a3");
        assertThat(node.consumer().getDuplicateCount()).isEqualTo(1);
    }

    @Test
    void onlyPostIsServed() throws Exception {
        var get = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + node.port + LogpushNode.PATH)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(deliveries.size()).isZero();
    }

    @Test
    void enrichmentAddsTheMessageAndItsDetectionsThroughTheComponent() throws Exception {
        Map<String, Object> detection = emulator.emulator().state().messages().stream()
                .filter(m -> m.get("alert_id") != null).reduce((a, b) -> b).orElseThrow();
        Deliveries enriched = new Deliveries();
        List<Object> extras = new CopyOnWriteArrayList<>();
        try (LogpushNode other = LogpushNode.start(emulator.emulator(), LogpushNode.freePort(),
                "email-security-logpush:/enriched?poll=false&enrich=detections&secret=RAW(" + LogpushNode.SECRET + ")",
                Map.of(), exchange -> {
                    extras.add(exchange.getMessage().getHeader(EmailSecurityLogpushConstants.ENRICHMENT));
                    enriched.process(exchange);
                })) {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + other.port + "/enriched"))
                    .header("X-Logpush-Secret", LogpushNode.SECRET)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(
                            Batches.batch((String) detection.get("alert_id")))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
        }
        EmailSecurityAlert alert = enriched.all().get(0).alert();
        assertThat(alert.getMessage()).isNotNull();
        assertThat(alert.getMessage().getId()).isEqualTo(detection.get("id"));
        assertThat(extras).singleElement().isInstanceOf(MessageDetectionDetails.class);
        assertThat(emulator.emulator().callCount("email_security_get_message_detections")).isEqualTo(1);
    }

    @Test
    void aMissingSecretOptionFailsTheRouteNamingIt() {
        assertThatThrownBy(() -> LogpushNode.start(emulator.emulator(),
                        LogpushNode.freePort(), "email-security-logpush:/nosecret?poll=false", Map.of(), e -> { }))
                .hasStackTraceContaining("email-security-logpush needs the option secret");
    }
}
