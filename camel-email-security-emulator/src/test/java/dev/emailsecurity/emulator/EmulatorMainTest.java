package dev.emailsecurity.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.emailsecurity.emulator.http.AuthGuard;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The standalone main, started as a separate JVM exactly as the README does: it prints how to reach it and
 * serves seeded data, and its live mode adds mail over (real) time. How fast it starts is measured in
 * {@code bench/} ({@code EmulatorStartup}), not here. Live-mode tick semantics are tested with a
 * {@link ManualClock} in-process.
 */
class EmulatorMainTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void standaloneMainPrintsItsAddressServesSeededDataAndRunsLiveMode() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "dev.emailsecurity.emulator.EmulatorMain", "--port", "0", "--seed", "5", "--messages", "20",
                "--live", "PT0.2S", "--live-batch", "2"));
        Process process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String banner = CompletableFuture.supplyAsync(() -> readLines(out, 6))
                    .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            Matcher url = Pattern.compile("base URL\\s*: (http://127\\.0\\.0\\.1:\\d+/client/v4)").matcher(banner);
            assertThat(url.find()).as("banner %s", banner).isTrue();
            assertThat(banner).contains(EmailSecurityEmulator.DEFAULT_ACCOUNT_ID).contains(AuthGuard.WRITE_TOKEN)
                    .contains("tcp nodelay: on").containsPattern("messages   : 20 seeded in \\d+ ms");

            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url.group(1) + "/accounts/"
                    + EmailSecurityEmulator.DEFAULT_ACCOUNT_ID + "/email-security/investigate?per_page=1000"
                    + "&detections_only=false")).header("Authorization", "Bearer " + AuthGuard.WRITE_TOKEN).build();
            JsonNode first = Api.MAPPER.readTree(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
            assertThat(first.get("result").size()).isGreaterThanOrEqualTo(20);
            assertThat(first.get("result").get(0).get("postfix_id").asText()).isNotBlank();

            // live mode: wait (no fixed sleep) until two more ticks' worth of mail is served
            int seen = first.get("result").size();
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(Api.MAPPER.readTree(client.send(request,
                    HttpResponse.BodyHandlers.ofString()).body()).get("result").size())
                    .isGreaterThanOrEqualTo(seen + 4));
        } finally {
            process.destroy();
            process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private static String readLines(BufferedReader out, int n) {
        StringBuilder lines = new StringBuilder();
        try {
            for (int i = 0; i < n; i++) {
                String line = out.readLine();
                if (line == null) {
                    break;
                }
                lines.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines.toString();
    }

    @Test
    void liveModeWithTheSystemClockAddsMessagesOverTime() {
        try (EmailSecurityEmulator e = EmailSecurityEmulator.builder().messageCount(20)
                .live(Duration.ofMillis(50), 2).build().start()) {
            await().atMost(PATIENCE).until(() -> e.state().messages().size() >= 26);
        }
    }

    @Test
    void stopLiveFreezesTheMailboxAndKeepsServing() {
        ManualClock clock = new ManualClock();
        try (EmailSecurityEmulator e = EmailSecurityEmulator.builder().clock(clock).messageCount(20)
                .live(Duration.ofSeconds(5), 2).build().start()) {
            clock.advance(Duration.ofSeconds(10));
            assertThat(e.state().messages()).hasSize(24);
            e.stopLive();
            clock.advance(Duration.ofMinutes(5));
            assertThat(e.state().messages()).hasSize(24);
            assertThat(new Api(e).get("/investigate?per_page=1").status()).isEqualTo(200);
        }
    }

    @Test
    void sameSeedSameMail() {
        try (EmailSecurityEmulator a = EmailSecurityEmulator.builder().seed(9).build();
                EmailSecurityEmulator b = EmailSecurityEmulator.builder().seed(9).build()) {
            List<Object> subjectsA = a.state().messages().stream().map(m -> m.get("postfix_id") + "/"
                    + m.get("subject") + "/" + m.get("final_disposition")).map(Object.class::cast).toList();
            List<Object> subjectsB = b.state().messages().stream().map(m -> m.get("postfix_id") + "/"
                    + m.get("subject") + "/" + m.get("final_disposition")).map(Object.class::cast).toList();
            assertThat(subjectsA).isEqualTo(subjectsB).hasSize(200);
            assertThat(a.state().messages().stream().map(m -> m.get("final_disposition")).distinct().count())
                    .isGreaterThanOrEqualTo(6);
        }
    }
}
