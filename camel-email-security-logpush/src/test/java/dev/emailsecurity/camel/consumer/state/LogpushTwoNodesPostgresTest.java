package dev.emailsecurity.camel.consumer.state;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.emailsecurity.camel.logpush.Deliveries;
import dev.emailsecurity.camel.logpush.LogpushNode;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import dev.emailsecurity.emulator.ManualClock;
import dev.emailsecurity.emulator.logpush.LogpushJob;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Must-show 4: two nodes behind one URL, both receiving every push and both polling, one checkpoint store in
 * PostgreSQL (each node its own JdbcStateRepository over the same table): each detection reaches one route once.
 * (In this package for the PostgreSQL harness of the JDBC module's test-jar.) Run by {@code .ci/postgres-tests}.
 */
@Tag("postgres")
class LogpushTwoNodesPostgresTest {

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();

    private static final Duration TICK = Duration.ofSeconds(5);

    @Test
    void eachDetectionOnceAcrossTwoNodesSharingOnePostgresStore() throws Exception {
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        ManualClock clock = new ManualClock(start);
        int portA = LogpushNode.freePort();
        int portB = LogpushNode.freePort();
        Deliveries deliveries = new Deliveries();
        String uri = "email-security-logpush:" + LogpushNode.PATH + "?secret=RAW(" + LogpushNode.SECRET + ")"
                     + "&stateRepository=#state&poll.delay=300&poll.startFrom=" + start + "&poll.stateKey=";
        try (EmailSecurityEmulator emulator = EmailSecurityEmulator.builder().seed(23).messageCount(40)
                .live(TICK, 6).clock(clock).build().start();
             LogpushNode a = LogpushNode.start(emulator, portA, uri + "node-a",
                     Map.of("state", new JdbcStateRepository(POSTGRES.server().dataSource())), deliveries);
             LogpushNode b = LogpushNode.start(emulator, portB, uri + "node-b",
                     Map.of("state", new JdbcStateRepository(POSTGRES.server().dataSource())), deliveries);
             MirroringBalancer balancer = new MirroringBalancer(List.of(portA, portB));
             LogpushJob job = LogpushJob.builder()
                     .destination(LogpushNode.destination(balancer.port(), LogpushNode.SECRET))
                     .dropShare(0.2).seed(23).retryBackoff(Duration.ofMillis(20)).build().attach(emulator)) {

            for (int i = 0; i < 24; i++) {
                clock.advance(TICK);
            }
            Waits.until("every batch handled", job::isIdle);
            Set<String> run = new HashSet<>(job.deliveredAlertIds());
            run.addAll(job.lostAlertIds());
            Set<String> detections = new HashSet<>();
            emulator.state().messages().stream()
                    .filter(m -> run.contains((String) m.get("alert_id")) && !"NONE".equals(m.get("final_disposition")))
                    .forEach(m -> detections.add((String) m.get("alert_id")));
            Waits.until("every detection delivered", () -> deliveries.alertIds().containsAll(detections));
            Waits.forFurtherCalls(emulator, "email_security_investigate", 4);

            Map<String, Integer> bySource = deliveries.bySource();
            long delivered = deliveries.size();
            long nodeA = a.consumer().getPushedCount() + a.consumer().getPolledCount();
            long nodeB = b.consumer().getPushedCount() + b.consumer().getPolledCount();
            System.out.printf("[must-show 4] two nodes, one PostgreSQL store: detections %d, Logpush batches %d "
                              + "(each sent to both nodes; dropped %d, retried %d); delivered %d (node A %d, node B "
                              + "%d; push %d, poll %d), duplicates delivered %d, skipped %d, lost %d%n",
                    detections.size(), job.stats().batches(), job.stats().dropped(), job.stats().retries(), delivered,
                    nodeA, nodeB, bySource.getOrDefault("push", 0), bySource.getOrDefault("poll", 0),
                    deliveries.duplicates().size(),
                    a.consumer().getDuplicateCount() + b.consumer().getDuplicateCount(),
                    detections.stream().filter(id -> !deliveries.alertIds().contains(id)).count());

            assertThat(deliveries.duplicates()).as("alerts delivered twice across the nodes").isEmpty();
            assertThat(deliveries.alertIds()).containsAll(detections);
            assertThat(nodeA + nodeB).isEqualTo(delivered);
            assertThat(a.consumer().getDuplicateCount() + b.consumer().getDuplicateCount())
                    .as("every pushed alert reached both nodes, so one of them skipped it").isPositive();
        }
    }
}
