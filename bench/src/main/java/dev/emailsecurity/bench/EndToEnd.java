package dev.emailsecurity.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.emailsecurity.emulator.EmailSecurityEmulator;

/**
 * The end-to-end table: for each N (10,000 and 100,000: {@code bench.e2eMessages}) one emulator seeded with N
 * messages, run in this JVM (which does nothing else while the clients ingest), and three clients ingesting every
 * message in 1000-item pages with the same filters, each in its own process, set up once and then asked to ingest
 * again and again ({@link ClientProcess}): the component's streaming producer and the raw HttpClient 5 + Jackson
 * client (each a fresh JVM, {@link EndToEndClient}) and the official TypeScript SDK {@code cloudflare} 7.3.0 in Node
 * ({@code .ci/sdk-check/e2e-ingest.mjs}, auto-pagination; {@code npm ci} there first when its node_modules lack the
 * SDK).
 *
 * <p>Warm means the same for every client: each in turn ingests until it has read at least
 * {@code bench.e2eWarmupItems} items in at least {@value #WARMUP_MIN} ingests and its last two ingests agree within
 * {@code bench.e2eTolerance}, or {@code bench.e2eWarmupMax} ingests. Then measured rounds (at least
 * {@code bench.e2eRounds} and enough to read {@code bench.e2eMeasuredItems} items per client) of one ingest per
 * client, the first client rotating, so that a change of the machine's load falls on every client alike. Prints per client the median, min and max wall time per ingest, the API calls per ingest (the emulator's
 * counters around each measured ingest) and the process's peak RSS.
 *
 * <pre>./mvnw -B -q -Pbench -pl bench -am verify -DskipTests -Dbench.skip=true -Dbench.skipEndToEnd=false</pre>
 */
public final class EndToEnd {

    static final int PAGE = 1000;
    static final String START = "2000-01-01T00:00:00Z";
    private static final String SEARCH = "email_security_investigate";
    /** The JVM clients' -Xms/-Xmx. */
    private static final String HEAP = "512m";
    /** The client's name in the table, carried in its process builder's environment (unused by the child). */
    private static final String LABEL = "E2E_CLIENT";
    private static final int WARMUP_MIN = 3;
    private static final long WARMUP_ITEMS = Long.getLong("bench.e2eWarmupItems", 200_000);
    private static final int WARMUP_MAX = Integer.getInteger("bench.e2eWarmupMax", 30);
    private static final double TOLERANCE = Double.parseDouble(System.getProperty("bench.e2eTolerance", "0.05"));
    private static final int ROUNDS_MIN = Integer.getInteger("bench.e2eRounds", 7);
    /** At least as many measured rounds as it takes to read these many items: more rounds where they are cheap. */
    private static final long MEASURED_ITEMS = Long.getLong("bench.e2eMeasuredItems", 200_000);

    /** One client's figures: wall times in microseconds, calls per measured ingest. */
    record Row(String client, long items, List<Long> warmupMicros, List<Long> micros, List<Long> searchCalls,
               List<Long> allCalls, long peakRssKb) {

        long median() {
            return sorted(micros).get(micros.size() / 2);
        }
    }

    private EndToEnd() {
    }

    public static void main(String[] args) throws Exception {
        Path sdkDir = Path.of(System.getProperty("bench.root", ".")).resolve(".ci/sdk-check").toAbsolutePath();
        ensureSdk(sdkDir);
        System.out.printf(Locale.ROOT, "End to end: warm-up until %,d items in at least %d ingests and two successive "
                                       + "ingests within %.0f%% (at most %d ingests); then at least %d measured rounds and %,d items%n",
                WARMUP_ITEMS, WARMUP_MIN, TOLERANCE * 100, WARMUP_MAX, ROUNDS_MIN, MEASURED_ITEMS);
        StringBuilder out = new StringBuilder();
        for (String count : System.getProperty("bench.e2eMessages", "10000,100000").split(",")) {
            out.append(run(Integer.parseInt(count.trim()), sdkDir)).append('\n');
        }
        System.out.println();
        System.out.print(out);
        System.out.println("Load average at the end: " + Machine.loadAverage() + " ("
                           + Runtime.getRuntime().availableProcessors() + " cores)");
    }

    private static String run(int n, Path sdkDir) throws Exception {
        long seedStart = System.nanoTime();
        // no rate limit in the way: every client makes hundreds of ingests
        try (EmailSecurityEmulator emulator = EmailSecurityEmulator.builder().seed(7).messageCount(n).recordCalls(0)
                .rateLimit(100_000_000, Duration.ofMinutes(5)).build().start()) {
            System.out.printf("End to end: emulator with %,d messages seeded in %d ms, load average %s%n", n,
                    (System.nanoTime() - seedStart) / 1_000_000, Machine.loadAverage());
            List<ClientProcess> clients = new ArrayList<>();
            try {
                Map<ClientProcess, List<Long>> warmups = new LinkedHashMap<>();
                for (ProcessBuilder pb : List.of(jvm(EndToEndClient.COMPONENT, emulator, emulator.readToken(), n),
                        jvm(EndToEndClient.RAW, emulator, emulator.writeToken(), n), node(sdkDir, emulator))) {
                    ClientProcess client = ClientProcess.start(pb.environment().get(LABEL), pb);
                    clients.add(client);
                    warmups.put(client, warmUp(client, n));
                }
                return table(n, measure(clients, warmups, n, emulator));
            } finally {
                for (ClientProcess client : clients) {
                    client.close();
                }
            }
        }
    }

    private static List<Long> warmUp(ClientProcess client, int n) throws Exception {
        List<Long> micros = new ArrayList<>();
        while (micros.size() < WARMUP_MAX) {
            micros.add(checked(client, client.ingest(), n).micros());
            int k = micros.size();
            if (k >= WARMUP_MIN && (long) k * n >= WARMUP_ITEMS
                && Math.abs(micros.get(k - 1) - micros.get(k - 2)) <= TOLERANCE * micros.get(k - 2)) {
                break;
            }
        }
        System.out.printf("  %s warm after %d ingests (ms): %s%n", client.label(), micros.size(), millis(micros));
        return micros;
    }

    /** Rounds of one ingest per client, the first client of each round rotating. */
    private static List<Row> measure(List<ClientProcess> clients, Map<ClientProcess, List<Long>> warmups, int n,
                                     EmailSecurityEmulator emulator) throws Exception {
        Map<ClientProcess, List<long[]>> measured = new LinkedHashMap<>();
        clients.forEach(c -> measured.put(c, new ArrayList<>()));
        long rounds = Math.max(ROUNDS_MIN, (MEASURED_ITEMS + n - 1) / n);
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < clients.size(); k++) {
                ClientProcess client = clients.get((int) ((round + k) % clients.size()));
                long search = emulator.callCount(SEARCH);
                long all = emulator.totalCalls();
                long micros = checked(client, client.ingest(), n).micros();
                measured.get(client).add(new long[] {micros, emulator.callCount(SEARCH) - search,
                    emulator.totalCalls() - all});
            }
        }
        List<Row> rows = new ArrayList<>();
        for (ClientProcess client : clients) {
            List<long[]> m = measured.get(client);
            rows.add(new Row(client.label(), n, warmups.get(client), column(m, 0), column(m, 1), column(m, 2),
                    client.peakRssKb()));
            System.out.printf("  %s measured (ms): %s%n", client.label(), millis(column(m, 0)));
        }
        return rows;
    }

    private static ClientProcess.Ingested checked(ClientProcess client, ClientProcess.Ingested ingested, int n) {
        if (ingested.items() != n || ingested.repeated() != 0) {
            throw new IllegalStateException(client.label() + " read " + ingested.items() + " items ("
                                            + ingested.repeated() + " repeated), expected " + n);
        }
        return ingested;
    }

    private static ProcessBuilder jvm(String client, EmailSecurityEmulator emulator, String token, int n) {
        ProcessBuilder pb = new ProcessBuilder(ChildJvm.command(HEAP, EndToEndClient.class, client,
                emulator.baseUrl(), emulator.accountId(), token, Integer.toString(n)));
        pb.environment().put(LABEL, (EndToEndClient.COMPONENT.equals(client) ? "component, streaming producer"
                : "raw HttpClient 5 + Jackson") + " (own JVM, -Xmx" + HEAP + ")");
        return pb;
    }

    private static ProcessBuilder node(Path sdkDir, EmailSecurityEmulator emulator) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("node", "e2e-ingest.mjs").directory(sdkDir.toFile());
        pb.environment().put("ES_BASE_URL", emulator.baseUrl());
        pb.environment().put("ES_ACCOUNT", emulator.accountId());
        pb.environment().put("ES_API_KEY", emulator.apiKey());
        pb.environment().put("ES_API_EMAIL", emulator.apiEmail());
        pb.environment().put("ES_START", START);
        pb.environment().put(LABEL, "official TS SDK `cloudflare` 7.3.0 (Node " + nodeVersion() + ")");
        return pb;
    }

    static String table(int n, List<Row> rows) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "| %,d messages, %d-item pages, warm | items per ingest | warm-up ingests | search calls per ingest "
                + "| all API calls per ingest | wall time per ingest, median (min-max) ms | peak RSS (MB) |%n"
                + "|---|---:|---:|---:|---:|---:|---:|%n", n, PAGE));
        for (Row r : rows) {
            List<Long> t = sorted(r.micros());
            sb.append(String.format(Locale.ROOT, "| %s | %,d | %d | %s | %s | %,d (%,d-%,d) | %.0f |%n", r.client(),
                    r.items(), r.warmupMicros().size(), range(r.searchCalls()), range(r.allCalls()),
                    r.median() / 1000, t.get(0) / 1000, t.get(t.size() - 1) / 1000, r.peakRssKb() / 1024.0));
        }
        Row sdk = rows.get(rows.size() - 1);
        for (Row r : rows.subList(0, rows.size() - 1)) {
            sb.append(String.format(Locale.ROOT, "%n%s: %.2fx the SDK's median wall time", r.client(),
                    (double) r.median() / sdk.median()));
        }
        return sb.append('\n').toString();
    }

    private static List<Long> column(List<long[]> rows, int index) {
        return rows.stream().map(r -> r[index]).toList();
    }

    private static List<Long> sorted(List<Long> values) {
        return values.stream().sorted().toList();
    }

    private static String range(List<Long> values) {
        List<Long> s = sorted(values);
        return s.get(0).equals(s.get(s.size() - 1)) ? s.get(0).toString() : s.get(0) + "-" + s.get(s.size() - 1);
    }

    private static String millis(List<Long> micros) {
        return micros.stream().map(m -> Long.toString(m / 1000)).collect(Collectors.joining(" "));
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
}
