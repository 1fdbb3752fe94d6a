package dev.emailsecurity.camel.consumer.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two JVMs run the same consumer route under ClusteredRoutePolicy (FileLockClusterService on a shared folder) with
 * their checkpoint in PostgreSQL, against one emulator that keeps adding mail. The leader goes away mid-stream; the
 * other node takes over from the shared checkpoint. The union of both outputs is compared with the emulator's mail.
 */
@Tag("postgres")
class ClusterFailoverTest {

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();

    /** The route is synchronous (one consumer thread, no async step): at most one exchange is in flight. */
    private static final int IN_FLIGHT_AT_MOST = 1;

    @TempDir
    Path dir;

    private EmailSecurityEmulator emulator;
    private final List<Process> nodes = new ArrayList<>();
    private String stateKey;

    @BeforeEach
    void start(TestInfo test) {
        emulator = EmailSecurityEmulator.builder().seed(42).messageCount(120).live(Duration.ofMillis(300), 2).build()
                .start();
        stateKey = "failover-" + test.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (Process p : nodes) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        emulator.close();
    }

    @Test
    void killDashNineOfTheLeaderLosesNothingAndRepeatsAtMostTheExchangeInFlight() throws Exception {
        Figures f = failover(false);
        assertThat(f.lost()).isZero();
        assertThat(f.duplicated()).isLessThanOrEqualTo(IN_FLIGHT_AT_MOST);
    }

    @Test
    void aGracefulStopOfTheLeaderLosesAndDoublesNothing() throws Exception {
        Figures f = failover(true);
        assertThat(f.lost()).isZero();
        assertThat(f.duplicated()).isZero();
    }

    private Figures failover(boolean graceful) throws Exception {
        Path outA = dir.resolve("node-a.txt");
        Path outB = dir.resolve("node-b.txt");
        Process a = node("a", outA);
        Process b = node("b", outB);
        Waits.until("a leader's first 40 messages", () -> lines(outA).size() >= 40 || lines(outB).size() >= 40);
        boolean aLeads = lines(outA).size() >= 40;
        Process leader = aLeads ? a : b;
        Path leaderOut = aLeads ? outA : outB;
        Path followerOut = aLeads ? outB : outA;
        assertThat(lines(followerOut)).as("what the follower emitted while the other node led").isEmpty();

        long stoppedAt = System.nanoTime();
        if (graceful) {
            leader.destroy(); // SIGTERM: the CamelContext stops gracefully, then the lock is released
        } else {
            leader.destroyForcibly(); // SIGKILL: no shutdown hook, the lock file's heartbeat goes stale
        }
        assertThat(leader.waitFor(60, TimeUnit.SECONDS)).as("the leader exited").isTrue();
        int byLeader = lines(leaderOut).size();
        Waits.until("the follower taking over", () -> !lines(followerOut).isEmpty());
        double failoverSeconds = (System.nanoTime() - stoppedAt) / 1e9;

        emulator.stopLive();
        List<String> expected = emulator.state().messages().stream().map(m -> (String) m.get("id")).toList();
        Waits.until("the new leader draining the stream", () -> union(outA, outB).containsAll(expected));
        Waits.forFurtherCalls(emulator, "email_security_investigate", 2); // nothing more may come

        List<String> emitted = new ArrayList<>(lines(outA));
        emitted.addAll(lines(outB));
        Figures f = Figures.of(emitted, expected, failoverSeconds);
        System.out.printf("%s of the leader: emitted by the leader %d, by the new leader %d; %s (in flight at the "
                          + "stop: at most %d)%n", graceful ? "graceful stop" : "kill -9", byLeader,
                lines(followerOut).size(), f, IN_FLIGHT_AT_MOST);
        assertThat(byLeader).as("the leader stopped mid-stream").isLessThan(expected.size());
        return f;
    }

    private Process node(String name, Path output) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        PostgresServer pg = POSTGRES.server();
        Process p = new ProcessBuilder(java, "-Dlog4j2.shutdownHookEnabled=false", "-cp",
                System.getProperty("java.class.path"), ClusterNodeMain.class.getName(), emulator.baseUrl(),
                emulator.accountId(), emulator.writeToken(), pg.jdbcUrl(), pg.user(), dir.resolve("lock").toString(),
                stateKey, output.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("node-" + name + ".log").toFile()).start();
        nodes.add(p);
        return p;
    }

    private static Set<String> union(Path a, Path b) {
        Set<String> all = new HashSet<>(lines(a));
        all.addAll(lines(b));
        return all;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList()
                    : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Figures(int emitted, int unique, int lost, int duplicated, double failoverSeconds) {

        static Figures of(List<String> emitted, List<String> expected, double failoverSeconds) {
            Set<String> unique = new HashSet<>(emitted);
            List<String> lost = new ArrayList<>(expected);
            lost.removeAll(unique);
            return new Figures(emitted.size(), unique.size(), lost.size(), emitted.size() - unique.size(),
                    failoverSeconds);
        }

        @Override
        public String toString() {
            return String.format("emitted %d, unique %d, lost %d, duplicated %d, failover %.1f s", emitted, unique,
                    lost, duplicated, failoverSeconds);
        }
    }
}
