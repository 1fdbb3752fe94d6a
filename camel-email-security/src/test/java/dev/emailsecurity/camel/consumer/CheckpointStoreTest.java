package dev.emailsecurity.camel.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.emailsecurity.camel.test.EmulatorContextTestSupport;
import dev.emailsecurity.camel.test.ReceivedItems;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With a state repository, a batch writes its commits, a short progress record per exchange, and the checkpoint once;
 * an interrupted batch resumes after its last completed exchange, also from a checkpoint in the former format, and a
 * progress record that names another batch (a former leader's) is ignored.
 */
class CheckpointStoreTest extends EmulatorContextTestSupport {

    @RegisterExtension
    static final EmailSecurityEmulatorExtension EMULATOR = quietEmulator();

    CheckpointStoreTest() {
        super(EMULATOR);
    }

    @Test
    void anInterruptedBatchResumesAfterItsLastCompletedExchange() {
        MemoryStateRepository repository = started(new MemoryStateRepository());
        Checkpoint checkpoint = Checkpoint.startingAt(Instant.parse("2026-11-24T00:00:00Z"));
        CheckpointStore crashed = new CheckpointStore(repository, "stream");
        crashed.beginBatch(checkpoint, List.of(commit("a", 1), commit("b", 2), commit("c", 3)));
        checkpoint.apply(commit("a", 1));
        crashed.made(1);
        checkpoint.apply(commit("b", 2));
        crashed.made(2);
        // killed while "c" was in flight: no endBatch

        Checkpoint resumed = new CheckpointStore(repository, "stream").load();

        assertThat(resumed.items()).containsOnlyKeys("a", "b");
        assertThat(resumed.watermark()).isEqualTo(Instant.parse("2026-11-24T00:00:02Z"));
    }

    @Test
    void aSpoiledProgressRecordRefusesTheStartWithTheRecoveryText() {
        MemoryStateRepository repository = started(new MemoryStateRepository());
        Checkpoint checkpoint = Checkpoint.startingAt(Instant.parse("2026-11-24T00:00:00Z"));
        CheckpointStore crashed = new CheckpointStore(repository, "stream");
        crashed.beginBatch(checkpoint, List.of(commit("a", 1), commit("b", 2)));
        checkpoint.apply(commit("a", 1));
        crashed.made(1);
        String progress = repository.getState("stream/progress");
        repository.setState("stream/progress", progress.substring(0, progress.indexOf(':') + 1) + "1x");

        assertThatThrownBy(() -> new CheckpointStore(repository, "stream").load())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("progress record stream/progress) cannot be read")
                .hasMessageContaining("To recover");
    }

    @Test
    void progressOfAnotherBatchIsIgnored() {
        MemoryStateRepository repository = started(new MemoryStateRepository());
        CheckpointStore formerLeader = new CheckpointStore(repository, "stream");
        formerLeader.beginBatch(Checkpoint.startingAt(Instant.EPOCH), List.of(commit("a", 1)));
        CheckpointStore leader = new CheckpointStore(repository, "stream");
        leader.load();
        leader.beginBatch(Checkpoint.startingAt(Instant.EPOCH), List.of(commit("x", 1), commit("y", 2)));
        formerLeader.made(1); // the former leader has not noticed yet

        assertThat(new CheckpointStore(repository, "stream").load().items()).isEmpty();
    }

    @Test
    void aBatchWritesItsCommitsTheCheckpointOnceAndAShortProgressRecordPerExchange() throws Exception {
        RecordingStateRepository repository = started(new RecordingStateRepository());
        ReceivedItems out = new ReceivedItems();
        CamelContext camel = start(Map.of("state", repository), route("stream",
                "email-security:searchMessages?startFrom=beginning&detectionsOnly=false&changeDetection=false"
                + "&stateRepository=#state&stateKey=stream&delay=60000&maxMessagesPerPoll=40", out));
        Waits.until("the first batch", () -> out.ids().size() >= 40);
        camel.stop();

        List<Integer> checkpointWrites = repository.lengths("stream");
        List<Integer> batchWrites = repository.lengths("stream/batch");
        List<String> progressWrites = repository.values("stream/progress");
        System.out.printf("first batch: %d exchanges, checkpoint writes %s chars, batch record writes %s chars, "
                          + "progress writes up to %d chars%n", out.ids().size(), checkpointWrites, batchWrites,
                progressWrites.stream().mapToInt(String::length).max().orElse(0));
        assertThat(out.ids()).hasSize(40);
        assertThat(checkpointWrites).as("the first checkpoint (before the first batch record), then one per batch")
                .hasSize(2);
        assertThat(batchWrites).hasSize(1);
        assertThat(progressWrites).as("the claim when the consumer starts, once the first checkpoint is written, then "
                                      + "one per exchange").hasSize(42).allMatch(value -> value.length() < 30);
        assertThat(progressWrites.get(0)).isEqualTo(CheckpointStore.NEVER_SAVED);
        assertThat(progressWrites.get(1)).isEqualTo(CheckpointStore.NO_BATCH);
        assertThat(progressWrites.get(41)).endsWith(":40");
        String batch = repository.values("stream/batch").get(0);
        assertThat(repository.values("stream").get(1)).as("the checkpoint names the batch it includes")
                .contains("\"applied\":\"" + CheckpointCodec.decodeBatch(batch).nonce() + "\"");
        assertThat(new CheckpointStore(repository, "stream").load().items()).hasSize(40);
    }

    @Test
    void aCheckpointInTheFormerFormatWithAPendingBatchResumesAfterItsLastCompletedExchange() {
        MemoryStateRepository repository = started(new MemoryStateRepository());
        repository.setState("stream", "{\"watermark\":\"2026-11-24T00:00:00Z\",\"floor\":\"2026-11-24T00:00:00Z\","
                                      + "\"items\":{},\"pending\":{\"nonce\":\"n-1\",\"commits\":["
                                      + v1Commit("a", 1) + "," + v1Commit("b", 2) + "," + v1Commit("c", 3) + "]}}");
        repository.setState("stream/progress", "n-1:2");

        Checkpoint resumed = new CheckpointStore(repository, "stream").load();

        assertThat(resumed.items()).containsOnlyKeys("a", "b");
        assertThat(resumed.item("a")).isEqualTo(commit("a", 1).tracked());
        assertThat(resumed.watermark()).isEqualTo(Instant.parse("2026-11-24T00:00:02Z"));
        assertThat(repository.getState("stream")).as("rewritten in the current format").contains("\"format\":2");
        assertThat(new CheckpointStore(repository, "stream").load().items()).containsOnlyKeys("a", "b");
    }

    private static String v1Commit(String id, int second) {
        return "{\"id\":\"" + id + "\",\"tracked\":{\"timestamp\":\"" + Instant.parse("2026-11-24T00:00:00Z")
                .plusSeconds(second) + "\",\"version\":{\"disposition\":\"\\\"NONE\\\"|\"},\"entry\":null}}";
    }

    private static Checkpoint.Commit commit(String id, int second) {
        return new Checkpoint.Commit(id, TrackedItem.of(Instant.parse("2026-11-24T00:00:00Z").plusSeconds(second),
                Map.of("disposition", "\"NONE\"|"), null));
    }

    private static <T extends MemoryStateRepository> T started(T repository) {
        repository.start();
        return repository;
    }

    /** A memory repository that remembers every value written, per key. */
    static final class RecordingStateRepository extends MemoryStateRepository {
        private final Map<String, List<String>> written = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void setState(String key, String value) {
            written.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            super.setState(key, value);
        }

        List<String> values(String key) {
            return written.getOrDefault(key, List.of());
        }

        List<Integer> lengths(String key) {
            return values(key).stream().map(String::length).toList();
        }
    }
}
