package dev.emailsecurity.camel.consumer.state;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import dev.emailsecurity.camel.EmailSecurityConstants;
import dev.emailsecurity.camel.test.EmulatorConnection;
import dev.emailsecurity.camel.test.ReceivedItems;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What JdbcStateRepository promises, run on each database (H2 always, PostgreSQL in the postgres profile). */
abstract class JdbcStateRepositoryContract {

    private static final AtomicInteger TABLES = new AtomicInteger();

    /** A fresh table per test, so that tests sharing one server do not see each other's rows. */
    private final String table = "es_state_" + ProcessHandle.current().pid() + "_" + TABLES.incrementAndGet();

    protected abstract DataSource dataSource();

    /** A repository as one node of the cluster has it: its own instance over the shared table. */
    private JdbcStateRepository node() {
        JdbcStateRepository repository = new JdbcStateRepository(dataSource());
        repository.setTableName(table);
        repository.start();
        return repository;
    }

    @Test
    void anAbsentKeyIsNullAndWhatOneNodeWritesEveryNodeReads() {
        JdbcStateRepository a = node();
        JdbcStateRepository b = node();
        assertThat(a.getState("stream-1")).isNull();
        a.setState("stream-1", "{\"watermark\":\"2026-11-24T10:00:00Z\"}");
        a.setState("stream-1", "{\"watermark\":\"2026-11-24T11:00:00Z\"}");
        a.setState("stream-2", "other");
        assertThat(b.getState("stream-1")).isEqualTo("{\"watermark\":\"2026-11-24T11:00:00Z\"}");
        assertThat(b.getState("stream-2")).isEqualTo("other");
    }

    @Test
    void aLargeCheckpointIsStoredWhole() {
        String big = "{\"items\":\"" + "ü€x".repeat(70_000) + "\"}";
        node().setState("big", big);
        assertThat(node().getState("big")).isEqualTo(big);
    }

    @Test
    void aFormerLeaderCannotOverwriteTheCheckpointOfTheNewOne() {
        JdbcStateRepository formerLeader = node();
        JdbcStateRepository newLeader = node();
        formerLeader.getState("stream");
        formerLeader.setState("stream", "v1");
        assertThat(newLeader.getState("stream")).isEqualTo("v1");
        newLeader.setState("stream", "v2");

        assertThatThrownBy(() -> formerLeader.setState("stream", "stale"))
                .isInstanceOf(CheckpointConflictException.class).hasMessageContaining("stream");
        assertThatThrownBy(() -> formerLeader.setState("stream", "stale again"))
                .as("a retry of the former leader").isInstanceOf(CheckpointConflictException.class);
        newLeader.setState("stream", "v3");
        assertThat(node().getState("stream")).isEqualTo("v3");

        // leader again: its route starts, its consumer reads the checkpoint, and it writes over it
        assertThat(formerLeader.getState("stream")).isEqualTo("v3");
        formerLeader.setState("stream", "v4");
        assertThat(newLeader.getState("stream")).isEqualTo("v4");
    }

    @Test
    void nodesRacingOnTheSameVersionLeaveExactlyOneWholeWinner() throws Exception {
        for (String seed : new String[] { null, "v0" }) { // the first insert, then an update
            String key = "race-" + seed;
            if (seed != null) {
                node().setState(key, seed);
            }
            List<JdbcStateRepository> nodes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                JdbcStateRepository n = node();
                n.getState(key);
                nodes.add(n);
            }
            Set<String> winners = ConcurrentHashMap.newKeySet();
            AtomicInteger conflicts = new AtomicInteger();
            runTogether(nodes.size(), i -> {
                String value = ("node-" + i + "|").repeat(2_000);
                try {
                    nodes.get(i).setState(key, value);
                    winners.add(value);
                } catch (CheckpointConflictException e) {
                    conflicts.incrementAndGet();
                }
                return null;
            });
            assertThat(winners).as("writers that succeeded over " + seed).hasSize(1);
            assertThat(conflicts).hasValue(nodes.size() - 1);
            assertThat(node().getState(key)).isEqualTo(winners.iterator().next());
        }
    }

    @Test
    void nodesStartingTogetherCreateTheTableOnce() throws Exception {
        runTogether(4, i -> node());
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void aConsumerOnAnotherNodeResumesFromTheTable() throws Exception {
        try (EmailSecurityEmulator emulator = EmailSecurityEmulator.builder().seed(42).messageCount(60).build()
                .start()) {
            ReceivedItems out = new ReceivedItems();
            CamelContext first = consumer(emulator, out);
            Waits.until("the first node's 60 items", () -> out.size() >= 60);
            first.stop();
            emulator.state().addMessages(5);
            CamelContext second = consumer(emulator, out);
            Waits.until("the 5 new items on the other node", () -> out.size() >= 65);
            Waits.forFurtherCalls(emulator, "email_security_investigate", 2); // nothing else may come
            second.stop();

            assertThat(out.ids()).hasSize(65).doesNotHaveDuplicates();
            String row = node().getState("cluster-stream");
            assertThat(row).contains("\"watermark\"").doesNotContain(emulator.writeToken());
        }
    }

    private CamelContext consumer(EmailSecurityEmulator emulator, ReceivedItems out) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getRegistry().bind("jdbcState", node());
        EmulatorConnection.pointAt(context, emulator);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("email-security:searchMessages?startFrom=beginning&detectionsOnly=false&changeDetection=false"
                     + "&stateRepository=#jdbcState&stateKey=cluster-stream&delay=50")
                        .process(out);
            }
        });
        context.start();
        return context;
    }

    interface Task {
        Object run(int index) throws Exception;
    }

    /** Runs the task on n threads released at the same moment; rethrows the first failure. */
    private static void runTogether(int n, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<Object> c = () -> {
                    go.await();
                    return task.run(index);
                };
                results.add(pool.submit(c));
            }
            go.countDown();
            for (Future<Object> f : results) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
