package dev.emailsecurity.camel.consumer.state;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.emailsecurity.camel.consumer.Checkpoint;
import dev.emailsecurity.camel.consumer.CheckpointStore;
import dev.emailsecurity.camel.consumer.TrackedItem;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A consumer that takes over a checkpoint in the JDBC store fences the node that had it: the former leader fails at
 * its next progress write and at its next checkpoint write instead of overwriting the new leader's, and the new
 * leader resumes after the former leader's last completed exchange.
 */
class CheckpointFencingTest {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    CheckpointFencingTest() {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @Test
    void aFormerLeaderFailsAtItsNextWriteAndTheNewLeaderResumesAfterItsLastCompletedExchange() {
        CheckpointStore formerLeader = new CheckpointStore(node(), "stream");
        formerLeader.load();
        Checkpoint former = Checkpoint.startingAt(Instant.EPOCH);
        formerLeader.beginBatch(former, List.of(commit("a", 1), commit("b", 2), commit("c", 3)));
        former.apply(commit("a", 1));
        formerLeader.made(1);

        CheckpointStore leader = new CheckpointStore(node(), "stream");
        Checkpoint taken = leader.load();

        assertThat(taken.items()).containsOnlyKeys("a");
        assertThatThrownBy(() -> formerLeader.made(2)).isInstanceOf(CheckpointConflictException.class);
        leader.beginBatch(taken, List.of(commit("b", 2), commit("c", 3)));
        taken.apply(commit("b", 2));
        leader.made(1);
        assertThatThrownBy(() -> formerLeader.endBatch(former)).isInstanceOf(CheckpointConflictException.class);
        taken.apply(commit("c", 3));
        leader.made(2);
        leader.endBatch(taken);

        assertThat(new CheckpointStore(node(), "stream").load().items()).containsOnlyKeys("a", "b", "c");
    }

    private JdbcStateRepository node() {
        JdbcStateRepository repository = new JdbcStateRepository(dataSource);
        repository.start();
        return repository;
    }

    private static Checkpoint.Commit commit(String id, int second) {
        return new Checkpoint.Commit(id, new TrackedItem(Instant.EPOCH.plusSeconds(second), Map.of("status", "1|"),
                null));
    }
}
