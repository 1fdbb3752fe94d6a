package dev.emailsecurity.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Must-show 4: the standalone main, started as a separate JVM exactly as the README does, serves seeded data
 * in under 2 seconds. Timed from process launch to the first successful search, so JVM start-up, class
 * loading and seeding all count (an in-process measurement would hide the JVM start-up a user waits for).
 */
class EmulatorMainTest {

    @Test
    void standaloneMainStartsFastAndServesSeededData() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "dev.emailsecurity.emulator.EmulatorMain", "--port", String.valueOf(port), "--seed", "5"));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/client/v4/accounts/"
                + EmailSecurityEmulator.DEFAULT_ACCOUNT_ID + "/email-security/investigate?per_page=5"))
                .header("Authorization", "Bearer " + AuthGuard.WRITE_TOKEN).build();
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            HttpResponse<String> response = null;
            while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10)) {
                try {
                    response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    break;
                } catch (java.io.IOException notYet) {
                    Thread.sleep(20);
                }
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertThat(response).isNotNull();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(Api.MAPPER.readTree(response.body()).get("result")).hasSize(5);
            assertThat(millis).as("ms from launch to served data").isLessThan(2000);

            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            String banner = out.readLine() + out.readLine() + out.readLine() + out.readLine();
            assertThat(banner).contains("http://127.0.0.1:" + port + "/client/v4")
                    .contains(EmailSecurityEmulator.DEFAULT_ACCOUNT_ID).contains(AuthGuard.WRITE_TOKEN);
        } finally {
            process.destroy();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void liveModeAddsMessagesOverTime() throws Exception {
        try (EmailSecurityEmulator e = EmailSecurityEmulator.builder().messageCount(20)
                .live(Duration.ofMillis(100), 2).build().start()) {
            Thread.sleep(450);
            assertThat(e.state().messages().size()).isGreaterThanOrEqualTo(26);
        }
    }

    @Test
    void stopLiveFreezesTheMailboxAndKeepsServing() throws Exception {
        try (EmailSecurityEmulator e = EmailSecurityEmulator.builder().messageCount(20)
                .live(Duration.ofMillis(50), 2).build().start()) {
            Thread.sleep(200);
            e.stopLive();
            int frozen = e.state().messages().size();
            Thread.sleep(250);
            assertThat(frozen).isGreaterThan(20);
            assertThat(e.state().messages()).hasSize(frozen);
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
