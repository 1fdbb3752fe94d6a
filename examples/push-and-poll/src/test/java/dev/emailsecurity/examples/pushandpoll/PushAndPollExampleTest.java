package dev.emailsecurity.examples.pushandpoll;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.emailsecurity.camel.test.LogCapture;
import dev.emailsecurity.camel.test.CompleteLines;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import dev.emailsecurity.emulator.ManualClock;
import dev.emailsecurity.emulator.logpush.LogpushJob;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Must-show 5: the YAML route as it ships, with the Logpush source Kamelet, on Camel Main against the emulator and
 * its Logpush job losing a fifth of the batches: every detection is one line, from push or poll, and neither the
 * token nor the shared secret is in the output.
 */
class PushAndPollExampleTest {

    private static final String SECRET = "example-test-secret-9a7d3c";

    @TempDir
    Path dir;

    @Test
    void theYamlRouteWithTheKameletWritesEveryDetectionOnce() throws Exception {
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        ManualClock clock = new ManualClock(start);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path file = dir.resolve("alerts.txt");
        try (EmailSecurityEmulator emulator = EmailSecurityEmulator.builder().seed(25).messageCount(30)
                .live(Duration.ofSeconds(5), 4).clock(clock).build().start();
             LogpushJob job = LogpushJob.builder()
                     .destination("http://127.0.0.1:" + port + "/logpush/email-security?header_X-Logpush-Secret=" + SECRET)
                     .dropShare(0.2).seed(25).retryBackoff(Duration.ofMillis(20)).build().attach(emulator);
             LogCapture logs = new LogCapture()) {
            Main main = PushAndPollExample.create(Map.of(
                    "camel.component.email-security.base-url", emulator.baseUrl(),
                    "camel.component.email-security.account-id", emulator.accountId(),
                    "camel.component.email-security.api-token", emulator.readToken(),
                    "example.secret", SECRET, "example.port", String.valueOf(port),
                    "example.start-from", start.toString(), "example.poll-delay", "500",
                    "example.output-dir", dir.toString()));
            main.start();
            try {
                Waits.until("the route to run", () -> main.getCamelContext() != null
                        && main.getCamelContext().getRoute("push-and-poll") != null
                        && main.getCamelContext().getRouteController().getRouteStatus("push-and-poll").isStarted());
                for (int i = 0; i < 20; i++) {
                    clock.advance(Duration.ofSeconds(5));
                    Waits.until("the tick's batches handled", job::isIdle);
                }
                Set<String> run = new HashSet<>(job.deliveredAlertIds());
                run.addAll(job.lostAlertIds());
                Set<String> detections = emulator.state().messages().stream()
                        .filter(m -> run.contains((String) m.get("alert_id"))
                                     && !"NONE".equals(m.get("final_disposition")))
                        .map(m -> (String) m.get("alert_id")).collect(Collectors.toSet());
                Waits.until("a line for every detection", () -> ids(file).containsAll(detections));
                Waits.forFurtherCalls(emulator, "email_security_investigate", 2);
            } finally {
                main.stop();
            }
            List<String> lines = lines(file);
            Map<String, Long> bySource = lines.stream().collect(Collectors.groupingBy(l -> l.split(" ")[0],
                    Collectors.counting()));
            System.out.printf("[must-show 5] YAML route + Kamelet on Camel Main: %d lines (%s), Logpush %s%n",
                    lines.size(), bySource, job.stats());
            assertThat(lines).hasSize(ids(file).size());
            assertThat(bySource.keySet()).containsExactlyInAnyOrder("push", "poll");
            assertThat(logs.text()).doesNotContain(SECRET).doesNotContain(emulator.readToken());
        }
    }

    private static List<String> lines(Path file) {
        return CompleteLines.of(file);
    }

    private static Set<String> ids(Path file) {
        return lines(file).stream().map(l -> l.split(" ")[1]).collect(Collectors.toSet());
    }
}
