package dev.emailsecurity.camel.consumer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.emailsecurity.camel.state.AtomicFileStateRepository;
import dev.emailsecurity.camel.test.EmulatorContextTestSupport;
import dev.emailsecurity.camel.test.ReceivedItems;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Must-show 2 of issue 16 with real kills: the consumer runs in a separate JVM ({@link CheckpointKillNodeMain}) that
 * is killed with SIGKILL while it is inside a write of its checkpoint, of its batch record or of its progress record
 * (the 1st, 2nd or 3rd write of that key in the run, part of the bytes on disk), 12 times (30 with
 * {@code -DcheckpointKills=30}); new mail arrives between runs. Then a consumer in this JVM resumes from the same
 * folder: every message was delivered, 0 lost.
 */
class CheckpointKillTest extends EmulatorContextTestSupport {

    static final String URI = "email-security:searchMessages?startFrom=beginning&detectionsOnly=false"
                              + "&changeDetection=false&stateRepository=#state&stateKey=stream&delay=20"
                              + "&maxMessagesPerPoll=7";
    private static final List<String> KEYS = List.of("stream", "stream/batch", "stream/progress");
    /** 12 by default (a JVM start is slow on a busy machine); {@code -DcheckpointKills=30} for more. */
    private static final int KILLS = Integer.getInteger("checkpointKills", 12);

    @RegisterExtension
    static final EmailSecurityEmulatorExtension EMULATOR = quietEmulator();

    @TempDir
    Path dir;

    CheckpointKillTest() {
        super(EMULATOR);
    }

    @Test
    void aJvmKilledInsideCheckpointWritesLosesNoMail() throws Exception {
        Path state = Files.createDirectories(dir.resolve("state"));
        Path delivered = dir.resolve("delivered.txt");
        for (int run = 0; run < KILLS; run++) {
            int i = run;
            emulator().state().addMessages(10);
            String key = KEYS.get(i % KEYS.size());
            int nth = 1 + (i / KEYS.size()) % 3;
            double share = (i * 37) % 101 / 100.0;
            Path log = dir.resolve("node-" + i + ".log");
            Process node = start(state, delivered, key, nth, share, log);
            try {
                Waits.until("run " + i + " inside write #" + nth + " of " + key,
                        () -> read(log).contains(CheckpointKillNodeMain.IN_WRITE) || !node.isAlive());
                assertThat(node.isAlive()).as(() -> "run " + i + " ended before the write:\n" + read(log)).isTrue();
            } finally {
                node.destroyForcibly(); // SIGKILL: no shutdown hook, no stop, the write never ends
                node.waitFor();
            }
        }
        AtomicFileStateRepository repository = new AtomicFileStateRepository(state);
        repository.start();
        ReceivedItems out = new ReceivedItems();
        start(Map.of("state", repository), route("stream", URI, out));
        List<String> all = messageIds(m -> true);
        Set<String> before = new HashSet<>(Files.exists(delivered) ? Files.readAllLines(delivered) : List.of());
        Waits.until("every message after " + KILLS + " kills", () -> union(before, out.ids()).containsAll(all));

        int deliveries = before.size() + out.ids().size();
        System.out.printf("checkpoint kill test: %d JVMs killed inside a write (%d per key of %s), %d messages, all "
                          + "delivered, %d distinct ids delivered before the last start%n", KILLS, KILLS / KEYS.size(),
                KEYS, all.size(), before.size());
        assertThat(union(before, out.ids())).containsAll(all);
        assertThat(deliveries).isGreaterThanOrEqualTo(all.size());
    }

    private Process start(Path state, Path delivered, String key, int nth, double share, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Dlog4j2.shutdownHookEnabled=false", "-cp",
                System.getProperty("java.class.path"), CheckpointKillNodeMain.class.getName(),
                emulator().baseUrl(), emulator().accountId(), emulator().writeToken(), state.toString(),
                delivered.toString(), key, Integer.toString(nth), Double.toString(share))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static Set<String> union(Set<String> a, List<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
