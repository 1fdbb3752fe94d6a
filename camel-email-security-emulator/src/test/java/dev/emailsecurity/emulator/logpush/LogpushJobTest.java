package dev.emailsecurity.emulator.logpush;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.emailsecurity.emulator.EmailSecurityEmulator;
import dev.emailsecurity.emulator.ManualClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The Logpush job against a plain receiver: header_* parameters, gzip NDJSON lines, retries, drops and pauses. */
class LogpushJobTest {

    private HttpServer receiver;
    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private final List<List<String>> batches = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final ManualClock clock = new ManualClock();
    private EmailSecurityEmulator emulator;

    @BeforeEach
    void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        receiver.createContext("/lp", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (failuresLeft.getAndDecrement() > 0) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            secrets.add(exchange.getRequestHeaders().getFirst("X-Logpush-Secret")
                        + " " + exchange.getRequestURI().getRawQuery());
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(new ByteArrayInputStream(body)), StandardCharsets.UTF_8))) {
                batches.add(lines.lines().toList());
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        emulator = EmailSecurityEmulator.builder().seed(5).messageCount(10).clock(clock).build().start();
    }

    @AfterEach
    void stop() {
        emulator.close();
        receiver.stop(0);
    }

    private LogpushJob.Builder job() {
        return LogpushJob.builder().retryBackoff(Duration.ofMillis(10)).destination("http://127.0.0.1:"
                + receiver.getAddress().getPort() + "/lp?header_X-Logpush-Secret=s3cret&keep=1");
    }

    @Test
    void pushesEveryNewDetectionAsGzipNdjsonWithTheHeaderParameters() {
        try (LogpushJob job = job().batchSize(2).build().attach(emulator)) {
            List<String> ids = emulator.state().addMessages(12);
            await().atMost(Duration.ofSeconds(60)).until(job::isIdle);
            long detections = emulator.state().messages().stream()
                    .filter(m -> ids.contains((String) m.get("id")) && m.get("alert_id") != null).count();
            assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(detections);
            assertThat(batches).allSatisfy(b -> assertThat(b).hasSizeBetween(1, 2));
            assertThat(batches.get(0).get(0)).contains("\"AlertID\":").contains("\"FinalDisposition\":");
            assertThat(secrets).allSatisfy(s -> assertThat(s).isEqualTo("s3cret keep=1"));
            assertThat(job.stats().alertsDelivered()).isEqualTo(detections);
            assertThat(job.deliveredAlertIds()).hasSize((int) detections);
        }
    }

    @Test
    void retriesA503AndGivesUpAfterMaxAttempts() {
        try (LogpushJob job = job().maxAttempts(3).build().attach(emulator)) {
            failuresLeft.set(2);
            job.offer(List.of(Map.of("alert_id", "r1")));
            await().atMost(Duration.ofSeconds(60)).until(job::isIdle);
            assertThat(job.stats().delivered()).isEqualTo(1);
            assertThat(job.stats().retries()).isEqualTo(2);

            failuresLeft.set(3);
            job.offer(List.of(Map.of("alert_id", "r2")));
            await().atMost(Duration.ofSeconds(60)).until(job::isIdle);
            assertThat(job.stats().failed()).isEqualTo(1);
            assertThat(job.lostAlertIds()).containsExactly("r2");
        }
    }

    @Test
    void dropsItsShareAndHoldsBatchesWhilePaused() {
        try (LogpushJob job = job().dropShare(1.0).build().attach(emulator)) {
            job.offer(List.of(Map.of("alert_id", "d1")));
            await().atMost(Duration.ofSeconds(60)).until(job::isIdle);
            assertThat(job.stats().dropped()).isEqualTo(1);
            assertThat(batches).isEmpty();

            job.setDropShare(0);
            job.pause();
            job.offer(List.of(Map.of("alert_id", "p1")));
            assertThat(job.isIdle()).isFalse();
            job.resume();
            await().atMost(Duration.ofSeconds(60)).until(job::isIdle);
            assertThat(job.deliveredAlertIds()).containsExactly("p1");
        }
    }
}
