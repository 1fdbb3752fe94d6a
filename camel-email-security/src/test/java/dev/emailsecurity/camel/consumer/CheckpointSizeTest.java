package dev.emailsecurity.camel.consumer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import dev.emailsecurity.camel.test.EmulatorContextTestSupport;
import dev.emailsecurity.camel.test.ReceivedItems;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Must-show 2 of issue 16, the size: the bytes a messages consumer writes to its state repository for one batch of
 * 1000 items, with change detection on and a change window that keeps every item. Prints the figures quoted in
 * docs/reliability/README.md: before issue 16 the same batch wrote the whole checkpoint twice, 188,593 and 171,521
 * bytes (400,018 bytes in all).
 */
class CheckpointSizeTest extends EmulatorContextTestSupport {

    private static final int BATCH = 1000;

    @RegisterExtension
    static final EmailSecurityEmulatorExtension EMULATOR = EmailSecurityEmulatorExtension.builder().seed(16)
            .messageCount(BATCH).validateAgainstSpec(true).build();

    CheckpointSizeTest() {
        super(EMULATOR);
    }

    @Test
    void aBatchOf1000ItemsWritesASmallCheckpoint() throws Exception {
        CheckpointStoreTest.RecordingStateRepository repository = new CheckpointStoreTest.RecordingStateRepository();
        repository.start();
        ReceivedItems out = new ReceivedItems();
        CamelContext camel = start(Map.of("state", repository), route("stream",
                "email-security:searchMessages?startFrom=beginning&detectionsOnly=false&changeWindow=P3650D"
                + "&stateRepository=#state&stateKey=stream&delay=600000&maxMessagesPerPoll=" + BATCH, out));
        Waits.until("the first batch", () -> out.ids().size() >= BATCH);
        camel.stop();

        List<Integer> checkpoint = bytes(repository, "stream");
        List<Integer> batch = bytes(repository, "stream/batch");
        List<Integer> progress = bytes(repository, "stream/progress");
        int total = checkpoint.stream().mapToInt(Integer::intValue).sum() + batch.stream().mapToInt(Integer::intValue)
                .sum() + progress.stream().mapToInt(Integer::intValue).sum();
        System.out.printf("checkpoint size for a batch of %d items: checkpoint writes %s bytes, batch record writes %s "
                          + "bytes, %d progress writes of at most %d bytes; %d bytes in all, %d per item%n",
                out.ids().size(), checkpoint, batch, progress.size(),
                progress.stream().mapToInt(Integer::intValue).max().orElse(0), total, total / BATCH);
        assertThat(out.ids()).hasSize(BATCH);
        assertThat(new CheckpointStore(repository, "stream").load().items()).hasSize(BATCH);
        String whole = repository.values("stream").get(checkpoint.size() - 1);
        assertThat(whole.split("\"postDeliveryOperations\"", -1)).as("the names of the watched values once")
                .hasSize(2);
        assertThat(checkpoint).as("the first (empty) checkpoint, then the one that includes the batch").hasSize(2);
        assertThat(checkpoint.get(1)).as("per item: its id, timestamp and 8-character digests").isLessThan(110 * BATCH);
        assertThat(batch).as("the batch record, once").hasSize(1);
        assertThat(batch.get(0)).isLessThan(110 * BATCH);
        assertThat(progress).allMatch(bytes -> bytes < 30);
    }

    private static List<Integer> bytes(CheckpointStoreTest.RecordingStateRepository repository, String key) {
        return repository.values(key).stream().map(v -> v.getBytes(StandardCharsets.UTF_8).length).toList();
    }
}
