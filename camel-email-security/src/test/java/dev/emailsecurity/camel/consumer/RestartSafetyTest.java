package dev.emailsecurity.camel.consumer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.emailsecurity.camel.test.EmulatorContextTestSupport;
import dev.emailsecurity.camel.test.ReceivedItems;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Restarts and crashes while the emulator (live mode) keeps adding mail: nothing lost, nothing doubled. */
class RestartSafetyTest extends EmulatorContextTestSupport {

    private static final String URI = "email-security:searchMessages?startFrom=beginning&detectionsOnly=false"
                                      + "&changeDetection=false&stateRepository=#state&delay=100"
                                      + "&maxMessagesPerPoll=15";

    @RegisterExtension
    static final EmailSecurityEmulatorExtension EMULATOR = liveEmulator();

    @TempDir
    Path dir;

    RestartSafetyTest() {
        super(EMULATOR);
    }

    @Test
    void stopAndRestartTheCamelContextLosesAndDoublesNothing() throws Exception {
        File stateFile = dir.resolve("state.dat").toFile();
        ReceivedItems out = new ReceivedItems();
        CamelContext first = start(Map.of("state", FileStateRepository.fileStateRepository(stateFile)),
                route("stream", URI, out));
        Waits.until("the first items", () -> out.ids().size() >= 40);
        first.stop();
        int beforeRestart = out.ids().size();
        awaitMailWhileNothingConsumes();
        start(Map.of("state", FileStateRepository.fileStateRepository(stateFile)), route("stream", URI, out));
        List<String> expected = messageIds(m -> true);
        Waits.until("every message after the restart", () -> out.containsAll(expected));

        Figures f = Figures.of(out.ids(), expected);
        System.out.printf("context restart: emitted before stop %d; %s%n", beforeRestart, f);
        assertThat(beforeRestart).isLessThan(expected.size());
        assertThat(f.lost()).isZero();
        assertThat(f.duplicated()).isZero();
        assertThat(Files.readString(stateFile.toPath())).as("the checkpoint file").contains("\"watermark\"")
                .doesNotContain(emulator().writeToken());
    }

    @Test
    void killDashNineOfTheJvmLosesNothingAndRepeatsAtMostTheExchangeInFlight() throws Exception {
        Path stateFile = dir.resolve("state.dat");
        Path output = dir.resolve("out.txt");
        Process first = startJvm(stateFile, output);
        try {
            Waits.until("the first JVM's first items", () -> lines(output).size() >= 40);
        } finally {
            first.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no graceful stop
            first.waitFor(10, TimeUnit.SECONDS);
        }
        int atKill = lines(output).size();
        awaitMailWhileNothingConsumes();
        Process second = startJvm(stateFile, output);
        List<String> expected;
        try {
            expected = messageIds(m -> true);
            Waits.until("every message after the kill", () -> new HashSet<>(lines(output)).containsAll(expected));
        } finally {
            second.destroyForcibly();
            second.waitFor(10, TimeUnit.SECONDS);
        }
        Figures f = Figures.of(lines(output), expected);
        System.out.printf("kill -9: emitted before kill %d; %s (exchanges in flight at the kill: at most 1, the "
                          + "route is synchronous)%n", atKill, f);
        assertThat(atKill).isLessThan(expected.size());
        assertThat(f.lost()).isZero();
        assertThat(f.duplicated()).isLessThanOrEqualTo(1);
    }

    /** The emulator's live mode adds mail while no consumer runs: the restarted one must pick it up. */
    private void awaitMailWhileNothingConsumes() {
        int held = emulator().state().messages().size();
        Waits.until("new mail while nothing consumes", () -> emulator().state().messages().size() >= held + 4);
    }

    private Process startJvm(Path stateFile, Path output) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StreamConsumerMain.class.getName(), emulator().baseUrl(), emulator().accountId(), emulator().writeToken(),
                stateFile.toString(), output.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("jvm.log").toFile()).start();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList()
                    : List.of();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    record Figures(int emitted, int unique, int lost, int duplicated) {

        static Figures of(List<String> emitted, List<String> expected) {
            Set<String> unique = new HashSet<>(emitted);
            List<String> lost = new ArrayList<>(expected);
            lost.removeAll(unique);
            return new Figures(emitted.size(), unique.size(), lost.size(), emitted.size() - unique.size());
        }

        @Override
        public String toString() {
            return "emitted " + emitted + ", unique " + unique + ", lost " + lost + ", duplicated " + duplicated;
        }
    }
}
