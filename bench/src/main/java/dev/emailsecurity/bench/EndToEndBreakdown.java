package dev.emailsecurity.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import dev.emailsecurity.emulator.EmailSecurityEmulator;

/**
 * Where the component's time goes in the end-to-end ingest, next to the raw client: the CPU time of the calling
 * thread per ingest of N messages (default 10,000: {@code bench.e2eBreakdownMessages}), for the raw client, the
 * streaming producer whose body the caller iterates itself, and the route of the end-to-end table (the producer and
 * a streaming split, one exchange per item). All three run in this JVM against an emulator in this JVM (its work is
 * on its own threads, so not counted), each set up once; after {@code bench.e2eBreakdownWarmup} rounds, each of
 * {@code bench.e2eBreakdownRounds} rounds makes one ingest per variant, so that load falls on all alike. A reported
 * figure, no gate.
 *
 * <pre>./mvnw -B -q -Pbench -pl bench -am verify -DskipTests -Dbench.skip=true -Dbench.skipE2eBreakdown=false</pre>
 */
public final class EndToEndBreakdown {

    private EndToEndBreakdown() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("bench.e2eBreakdownMessages", 10_000);
        int warmup = Integer.getInteger("bench.e2eBreakdownWarmup", 30);
        int rounds = Integer.getInteger("bench.e2eBreakdownRounds", 60);
        String[] names = {"raw HttpClient 5 + Jackson", "component: streaming producer, the caller iterates",
            "component: streaming producer + split(body()).streaming()"};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (EmailSecurityEmulator emulator = EmailSecurityEmulator.builder().seed(7).messageCount(n).recordCalls(0)
                .rateLimit(100_000_000, Duration.ofMinutes(5)).build().start();
             EndToEndClient.Ingestion raw = EndToEndClient.raw(emulator.baseUrl(), emulator.accountId(),
                     emulator.readToken());
             EndToEndClient.Ingestion producer = EndToEndClient.component(emulator.baseUrl(), emulator.accountId(),
                     emulator.readToken(), false);
             EndToEndClient.Ingestion split = EndToEndClient.component(emulator.baseUrl(), emulator.accountId(),
                     emulator.readToken(), true)) {
            EndToEndClient.Ingestion[] variants = {raw, producer, split};
            long[][] micros = new long[variants.length][rounds];
            for (int round = -warmup; round < rounds; round++) {
                for (int v = 0; v < variants.length; v++) {
                    Ingest.IdHashes ids = new Ingest.IdHashes(n);
                    long cpu = threads.getCurrentThreadCpuTime();
                    variants[v].ingest(ids);
                    cpu = threads.getCurrentThreadCpuTime() - cpu;
                    Ingest.IdHashes.Summary s = ids.summary();
                    if (s.items() != n || s.duplicates() != 0) {
                        throw new IllegalStateException(names[v] + " read " + s.items() + " items, expected " + n);
                    }
                    if (round >= 0) {
                        micros[v][round] = cpu / 1000;
                    }
                }
            }
            StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n| %,d messages, %d-item pages, "
                    + "warm, %d rounds | calling thread's CPU per ingest, median (quartiles) ms | per item (us) "
                    + "| x raw |%n|---|---:|---:|---:|%n", n, EndToEnd.PAGE, rounds));
            Arrays.sort(micros[0]);
            double rawMedian = micros[0][rounds / 2];
            for (int v = 0; v < variants.length; v++) {
                long[] m = micros[v];
                Arrays.sort(m);
                table.append(String.format(Locale.ROOT, "| %s | %.1f (%.1f-%.1f) | %.2f | %.2f |%n", names[v],
                        m[rounds / 2] / 1000.0, m[rounds / 4] / 1000.0, m[3 * rounds / 4] / 1000.0,
                        (double) m[rounds / 2] / n, m[rounds / 2] / rawMedian));
            }
            System.out.print(table);
            System.out.println("Load average at the end: " + Machine.loadAverage());
        }
    }
}
