package dev.emailsecurity.emulator;

import dev.emailsecurity.emulator.http.AuthGuard;
import dev.emailsecurity.emulator.http.TcpNoDelay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints what TCP_NODELAY does to a standalone emulator: 1,000 messages ingested in pages of 25 (40 calls on one
 * keep-alive connection), from a standalone emulator started with Nagle on and then off. A reported figure, never
 * a gate. Run it as the README says ({@code exec:exec} with the test class path).
 */
public final class IngestFigure {

    private static final Pattern BASE_URL = Pattern.compile("base URL\\s*: (\\S+)");
    private static final Pattern NEXT = Pattern.compile("\"next\":\"([^\"]+)\"");
    private static final int MESSAGES = 1000;
    private static final int RUNS = 5;

    private IngestFigure() {
    }

    public static void main(String[] args) throws Exception {
        for (boolean noDelay : new boolean[] {false, true}) {
            List<Long> millis = new ArrayList<>();
            int calls = 0;
            Process emulator = start(noDelay);
            try {
                String base = baseUrl(emulator);
                HttpClient client = HttpClient.newHttpClient();
                for (int run = 0; run <= RUNS; run++) {
                    long t0 = System.nanoTime();
                    calls = ingest(client, base);
                    if (run > 0) {
                        millis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
                    }
                }
            } finally {
                emulator.destroy();
                emulator.waitFor(30, TimeUnit.SECONDS);
            }
            List<Long> sorted = millis.stream().sorted().toList();
            System.out.printf("TCP_NODELAY %-3s: %,d messages in %d calls of 25, warm: median %d ms, min %d ms, max %d ms"
                    + " %s%n", noDelay ? "on" : "off", MESSAGES, calls, sorted.get(RUNS / 2), sorted.get(0),
                    sorted.get(RUNS - 1), millis);
        }
    }

    private static int ingest(HttpClient client, String base) throws IOException, InterruptedException {
        String search = base + "/accounts/" + EmailSecurityEmulator.DEFAULT_ACCOUNT_ID
                + "/email-security/investigate?detections_only=false&per_page=25&start="
                + Instant.now().minus(Duration.ofDays(31)).truncatedTo(ChronoUnit.SECONDS);
        String cursor = null;
        int calls = 0;
        do {
            HttpRequest request = HttpRequest.newBuilder(URI.create(search + (cursor == null ? "" : "&cursor=" + cursor)))
                    .header("Authorization", "Bearer " + AuthGuard.READ_TOKEN).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            calls++;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the emulator answered " + response.statusCode());
            }
            Matcher next = NEXT.matcher(response.body());
            cursor = next.find() ? next.group(1) : null;
        } while (cursor != null);
        return calls;
    }

    private static Process start(boolean noDelay) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-D" + TcpNoDelay.PROPERTY + "=" + noDelay, "-cp",
                System.getProperty("java.class.path"), EmulatorMain.class.getName(), "--port", "0", "--messages",
                String.valueOf(MESSAGES)).redirectErrorStream(true).start();
    }

    private static String baseUrl(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher m = BASE_URL.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new IllegalStateException("the emulator exited without printing its base URL");
    }
}
