package dev.emailsecurity.camel.consumer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.emailsecurity.camel.state.AtomicFileStateRepository;
import dev.emailsecurity.camel.test.EmulatorContextTestSupport;
import dev.emailsecurity.camel.test.ReceivedItems;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Must-show 2 of issue 16: the single-node checkpoint under crashes. A write of the {@link AtomicFileStateRepository}
 * is cut off part-way (the bytes written so far stay on disk, and the "process" is dead: every later write fails),
 * at 55 points spread over the writes of a consumer's start and batches; after each, a new context on a new
 * repository over the same directory starts and the stream resumes. New mail arrives between runs. In the end every
 * message was delivered: 0 lost. A checkpoint that is empty or torn makes the consumer refuse to start, naming the key.
 */
class CheckpointCrashTest extends EmulatorContextTestSupport {

    @RegisterExtension
    static final EmailSecurityEmulatorExtension EMULATOR = quietEmulator();

    private static final String URI = "email-security:searchMessages?startFrom=beginning&detectionsOnly=false"
                                      + "&changeDetection=false&stateRepository=#state&stateKey=stream&delay=20"
                                      + "&maxMessagesPerPoll=7";
    private static final int CUT_POINTS = 55;

    @TempDir
    Path dir;

    CheckpointCrashTest() {
        super(EMULATOR);
    }

    @Test
    void aWriteCutOffAt55PointsNeverLosesMail() throws Exception {
        ReceivedItems out = new ReceivedItems();
        int startsRefused = 0;
        for (int i = 0; i < CUT_POINTS; i++) {
            emulator().state().addMessages(2);
            // cut the 1st..9th write of this run, after a varying share of its bytes (0 to 100 %)
            CuttingRepository state = new CuttingRepository(dir, 1 + i % 9, (i * 37) % 101 / 100.0);
            state.start();
            CamelContext camel;
            try {
                camel = start(Map.of("state", state), route("stream", URI, out));
            } catch (Exception e) {
                // the cut hit the consumer's claim while it started: the "process" died during start
                assertThat(state.dead.get()).as("run " + i + " failed to start: " + e).isTrue();
                startsRefused++;
                continue;
            }
            Waits.until("the cut of run " + i, state.dead::get);
            camel.stop();
            assertThat(leftovers()).as("a cut write leaves at most its temporary file").allMatch(
                    p -> p.getFileName().toString().endsWith(".tmp") || p.getFileName().toString().endsWith(".state"));
        }
        AtomicFileStateRepository state = new AtomicFileStateRepository(dir);
        state.start();
        start(Map.of("state", state), route("stream", URI, out));
        List<String> all = messageIds(m -> true);
        Waits.until("every message after " + CUT_POINTS + " cut writes", () -> out.containsAll(all));

        Set<String> distinct = new HashSet<>(out.ids());
        System.out.printf("checkpoint crash test: %d writes cut (%d during a start), %d messages, all delivered, "
                          + "%d repeats%n", CUT_POINTS, startsRefused, all.size(), out.ids().size() - distinct.size());
        assertThat(distinct).containsAll(all);
    }

    @Test
    void aTornOrEmptyCheckpointIsRefusedLoudly() {
        MemoryStateRepository repository = new MemoryStateRepository();
        repository.start();
        CheckpointStore store = new CheckpointStore(repository, "alerts");
        assertThat(store.load()).as("first start: nothing was ever written").isNull();
        store.save(Checkpoint.startingAt(Instant.parse("2026-11-24T00:00:00Z")));
        assertThat(new CheckpointStore(repository, "alerts").load()).isNotNull();

        String saved = repository.getState("alerts");
        repository.setState("alerts", saved.substring(0, saved.length() / 2));
        assertThatThrownBy(() -> new CheckpointStore(repository, "alerts").load())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("checkpoint under key 'alerts' cannot be read")
                .hasMessageContaining("does not start").hasMessageContaining("alerts/progress");

        repository.setState("alerts", "");
        assertThatThrownBy(() -> new CheckpointStore(repository, "alerts").load())
                .hasMessageContaining("checkpoint under key 'alerts' is empty although this consumer wrote one before");

        MemoryStateRepository lost = new MemoryStateRepository();
        lost.start();
        lost.setState("alerts/progress", repository.getState("alerts/progress"));
        assertThatThrownBy(() -> new CheckpointStore(lost, "alerts").load())
                .hasMessageContaining("checkpoint under key 'alerts' is missing although this consumer wrote one");
    }

    @Test
    void aRouteOnALostCheckpointDoesNotStart() throws Exception {
        AtomicFileStateRepository state = new AtomicFileStateRepository(dir);
        state.start();
        ReceivedItems out = new ReceivedItems();
        CamelContext first = start(Map.of("state", state), route("stream", URI, out));
        Waits.until("a checkpoint", () -> state.getState("stream") != null);
        first.stop();
        Files.write(dir.resolve("stream.state"), new byte[0]); // what FileStateRepository can leave after a kill

        AtomicFileStateRepository reopened = new AtomicFileStateRepository(dir);
        reopened.start();
        assertThatThrownBy(() -> start(Map.of("state", reopened), route("stream", URI, new ReceivedItems())))
                .hasStackTraceContaining("checkpoint under key 'stream' is empty");
    }

    private List<Path> leftovers() throws IOException {
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }

    /** Cuts its n-th write off after a share of the bytes, then fails every write: a process killed mid-write. */
    static final class CuttingRepository extends AtomicFileStateRepository {
        final AtomicBoolean dead = new AtomicBoolean();
        private final AtomicInteger writes = new AtomicInteger();
        private final int cutAt;
        private final double share;

        CuttingRepository(Path directory, int cutAt, double share) {
            super(directory);
            this.cutAt = cutAt;
            this.share = share;
        }

        @Override
        protected void write(FileChannel channel, ByteBuffer data) throws IOException {
            if (dead.get()) {
                throw new IOException("the process is dead");
            }
            if (writes.incrementAndGet() == cutAt) {
                data.limit((int) (data.limit() * share));
                super.write(channel, data);
                channel.force(true);
                dead.set(true);
                throw new IOException("killed in the middle of a write");
            }
            super.write(channel, data);
        }
    }
}
