package dev.emailsecurity.bench;

import dev.emailsecurity.emulator.EmailSecurityEmulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the standalone emulator takes from {@code java ... EmulatorMain} to its first served search, in a fresh
 * JVM each time (JVM start-up, class loading and seeding all count). A reported figure, never a gate: it depends
 * on the machine and its load. System property {@code bench.startupRuns} (default 5).
 */
public final class EmulatorStartup {

    private static final Pattern BASE_URL = Pattern.compile("base URL\\s*: (\\S+)");

    private EmulatorStartup() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.startupRuns", 5);
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            millis.add(once());
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("%nEmulator start-up, launch to first served search (fresh JVM, %d runs): median %d ms,"
                + " min %d ms, max %d ms %s%n", runs, sorted.get(runs / 2), sorted.get(0), sorted.get(runs - 1),
                millis);
    }

    private static long once() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-cp", System.getProperty("java.class.path"),
                "dev.emailsecurity.emulator.EmulatorMain", "--port", "0", "--seed", "5");
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            String baseUrl = baseUrl(process);
            HttpRequest search = HttpRequest.newBuilder(URI.create(baseUrl + "/accounts/"
                    + EmailSecurityEmulator.DEFAULT_ACCOUNT_ID + "/email-security/investigate?per_page=5"))
                    .header("Authorization", "Bearer es-emulator-read-token-0123456789abcdef").build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(search,
                    HttpResponse.BodyHandlers.ofString());
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the emulator answered " + response.statusCode());
            }
            return elapsed;
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
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
