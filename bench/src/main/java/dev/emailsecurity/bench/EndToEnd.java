package dev.emailsecurity.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.emailsecurity.emulator.EmulatorMain;

/**
 * The end-to-end table: for each N (10,000 and 100,000: {@code bench.e2eMessages}) one standalone emulator
 * ({@code EmulatorMain} in its own JVM, seeded with N messages) and three clients ingesting every message in
 * 1000-item pages with the same filters, each in its own process, warm (one warm-up ingest first): the component's
 * streaming producer and the raw HttpClient 5 + Jackson client (each a fresh JVM, {@link EndToEndClient}) and the
 * official TypeScript SDK {@code cloudflare} 7.3.0 in Node ({@code .ci/sdk-check/e2e-ingest.mjs}, auto-pagination;
 * {@code npm ci} there first when its node_modules lack the SDK). Prints wall time, search calls and peak RSS.
 *
 * <pre>./mvnw -B -q -Pbench -pl bench -am verify -DskipTests -Dbench.skip=true -Dbench.skipEndToEnd=false</pre>
 */
public final class EndToEnd {

    static final int PAGE = 1000;
    static final String START = "2000-01-01T00:00:00Z";
    static final String SEARCH = "email_security_investigate";
    /** The JVM clients' -Xms/-Xmx. */
    private static final String HEAP = "512m";

    record Row(String client, long items, long repeated, long millis, long peakRssKb, long searchCalls,
               long allCalls) {
    }

    private EndToEnd() {
    }

    public static void main(String[] args) throws Exception {
        Path sdkDir = Path.of(System.getProperty("bench.root", ".")).resolve(".ci/sdk-check").toAbsolutePath();
        ensureSdk(sdkDir);
        StringBuilder out = new StringBuilder();
        for (String count : System.getProperty("bench.e2eMessages", "10000,100000").split(",")) {
            int n = Integer.parseInt(count.trim());
            out.append(run(n, sdkDir)).append('\n');
        }
        System.out.println();
        System.out.print(out);
        System.out.println("Load average at the end: " + Machine.loadAverage() + " ("
                           + Runtime.getRuntime().availableProcessors() + " cores)");
    }

    private static String run(int n, Path sdkDir) throws Exception {
        Process emulator = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                EmulatorMain.class.getName(), "--port", "0", "--seed", "7", "--messages", Integer.toString(n),
                "--record", "0").redirectErrorStream(true).start();
        try {
            Map<String, String> e = announced(emulator);
            System.out.printf("End to end: emulator with %,d messages (%s), load average %s%n", n,
                    e.get("messages"), Machine.loadAverage());
            List<Row> rows = new ArrayList<>();
            rows.add(jvm("component, streaming producer (own JVM)", EndToEndClient.COMPONENT, e, e.get("read token"),
                    n));
            rows.add(jvm("raw HttpClient 5 + Jackson (own JVM)", EndToEndClient.RAW, e, e.get("write token"), n));
            rows.add(node(sdkDir, e));
            for (Row r : rows) {
                if (r.items() != n || r.repeated() != 0) {
                    throw new IllegalStateException(r.client() + " read " + r.items() + " items (" + r.repeated()
                                                    + " repeated), expected " + n);
                }
            }
            return table(n, rows);
        } finally {
            emulator.destroy();
            emulator.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Reads the emulator's start-up lines ("  key: value") up to its example command, then drains the rest. */
    private static Map<String, String> announced(Process emulator) throws Exception {
        Map<String, String> values = new HashMap<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(emulator.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            int colon = line.indexOf(": ");
            if (line.startsWith("  ") && colon > 0) {
                values.put(line.substring(0, colon).trim(), line.substring(colon + 2).trim());
            }
            if (line.startsWith("  try")) {
                Thread drain = new Thread(() -> in.lines().forEach(l -> { }), "emulator-output");
                drain.setDaemon(true);
                drain.start();
                return values;
            }
        }
        throw new IllegalStateException("the emulator ended before it announced its base URL");
    }

    private static Row jvm(String label, String client, Map<String, String> e, String token, int n)
            throws Exception {
        String[] f = ChildJvm.run(HEAP, EndToEndClient.class, "E2E", 60, client, e.get("base URL"),
                e.get("account id"), token, Integer.toString(n));
        return row(label + ", -Xmx" + HEAP, f);
    }

    private static Row node(Path sdkDir, Map<String, String> e) throws Exception {
        String apiKey = e.get("api key");
        ProcessBuilder pb = new ProcessBuilder("node", "e2e-ingest.mjs").directory(sdkDir.toFile())
                .redirectErrorStream(true);
        pb.environment().put("ES_BASE_URL", e.get("base URL"));
        pb.environment().put("ES_ACCOUNT", e.get("account id"));
        pb.environment().put("ES_API_KEY", apiKey.substring(0, apiKey.indexOf(' ')));
        pb.environment().put("ES_API_EMAIL", apiKey.substring(apiKey.indexOf("X-Auth-Email: ") + 14,
                apiKey.length() - 1));
        pb.environment().put("ES_START", START);
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String result = output.lines().filter(l -> l.startsWith("E2E ")).reduce((a, b) -> b).orElse(null);
        if (process.waitFor() != 0 || result == null) {
            throw new IllegalStateException("the TS SDK ingest failed:\n" + output);
        }
        return row("official TS SDK `cloudflare` 7.3.0 (Node " + nodeVersion() + ")",
                result.substring(4).split(" "));
    }

    private static Row row(String label, String[] f) {
        return new Row(label, Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]),
                Long.parseLong(f[4]), Long.parseLong(f[5]));
    }

    static String table(int n, List<Row> rows) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "| %,d messages, %d-item pages, warm | items | repeated | search calls | all API calls "
                + "| wall time (ms) | peak RSS (MB) |%n|---|---:|---:|---:|---:|---:|---:|%n", n, PAGE));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| %s | %,d | %d | %,d | %,d | %,d | %.0f |%n", r.client(),
                    r.items(), r.repeated(), r.searchCalls(), r.allCalls(), r.millis(), r.peakRssKb() / 1024.0));
        }
        return sb.toString();
    }

    /** Installs the SDK pinned by .ci/sdk-check's package-lock.json unless it is there already. */
    private static void ensureSdk(Path sdkDir) throws Exception {
        if (Files.exists(sdkDir.resolve("node_modules/cloudflare/package.json"))) {
            return;
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
                .directory(sdkDir.toFile()).inheritIO().start();
        if (npm.waitFor() != 0) {
            throw new IllegalStateException("npm ci failed in " + sdkDir);
        }
    }

    private static String nodeVersion() throws Exception {
        Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
        String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        return v;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
