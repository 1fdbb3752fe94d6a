package dev.emailsecurity.camel.logpush;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import dev.emailsecurity.emulator.ManualClock;
import dev.emailsecurity.emulator.logpush.LogpushJob;
import dev.emailsecurity.emulator.logpush.LogpushStats;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Must-show 1: a live run of the emulator (its clock moved by the test, a live tick every 5 s of it) with its Logpush
 * job losing 20% of the batches and the receiver stopped for 30 s of the run: every detection of the run reaches the
 * route exactly once, the poll filling what the push lost.
 */
class PushAndPollExactlyOnceTest {

    private static final Duration TICK = Duration.ofSeconds(5);
    private static final String SEARCH = "email_security_investigate";

    @Test
    void everyDetectionOnceWithTwentyPercentOfBatchesDroppedAndTheReceiverStoppedForThirtySeconds() throws Exception {
        // an hour behind the real clock, so every message of the run is in the past for the poll's windows too
        Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        ManualClock clock = new ManualClock(start);
        int port = LogpushNode.freePort();
        Deliveries deliveries = new Deliveries();
        try (EmailSecurityEmulator emulator = EmailSecurityEmulator.builder().seed(22).messageCount(40)
                .live(TICK, 4).clock(clock).validateAgainstSpec(true).build().start();
             LogpushJob job = LogpushJob.builder().destination(LogpushNode.destination(port, LogpushNode.SECRET))
                     .dropShare(0.2).seed(22).retryBackoff(Duration.ofMillis(20)).build().attach(emulator);
             LogpushNode node = LogpushNode.start(emulator, port, "email-security-logpush:" + LogpushNode.PATH
                     + "?secret=RAW(" + LogpushNode.SECRET + ")&stateRepository=#state"
                     + "&poll.delay=500&poll.startFrom=" + start, Map.of("state", new MemoryStateRepository()),
                     deliveries)) {

            advance(clock, 12);                                    // 60 s of mail, pushed and polled
            Waits.until("the pushes of the first minute", job::isIdle);
            node.stopRoute();                                      // the receiver is down for 30 s of the run
            advance(clock, 6);
            Waits.until("the pushes while the receiver was down to be given up", job::isIdle);
            long lostWhileDown = job.stats().failed();
            node.startRoute();
            advance(clock, 12);                                    // 60 s more
            Waits.until("the pushes of the last minute", job::isIdle);

            Set<String> run = new HashSet<>(job.deliveredAlertIds());
            run.addAll(job.lostAlertIds());
            // a live tick may re-classify an older message as no detection: the API no longer lists it as one
            Set<String> detections = emulator.state().messages().stream()
                    .filter(m -> m.get("alert_id") != null && run.contains((String) m.get("alert_id"))
                                 && !"NONE".equals(m.get("final_disposition")))
                    .map(m -> (String) m.get("alert_id")).collect(Collectors.toSet());
            Waits.until("every detection of the run delivered", () -> deliveries.alertIds().containsAll(detections));
            // whatever the poll or a push would still deliver twice has had its chance
            Waits.forFurtherCalls(emulator, SEARCH, 2);

            LogpushStats stats = job.stats();
            Map<String, Integer> bySource = deliveries.bySource();
            Set<String> lost = new HashSet<>(detections);
            lost.removeAll(deliveries.alertIds());
            System.out.printf("[must-show 1] alerts of the run %d, still detections at the end %d; Logpush batches %d (delivered %d, dropped %d, "
                              + "given up while the receiver was down %d), alerts pushed %d, lost by the push %d; "
                              + "delivered %d (source push %d, poll %d), duplicates delivered %d, skipped as "
                              + "already delivered %d, lost %d%n",
                    run.size(), detections.size(), stats.batches(), stats.delivered(), stats.dropped(), lostWhileDown,
                    stats.alertsDelivered(), stats.alertsLost(), deliveries.size(), bySource.getOrDefault("push", 0),
                    bySource.getOrDefault("poll", 0), deliveries.duplicates().size(),
                    node.consumer().getDuplicateCount(), lost.size());

            assertThat(stats.dropped()).as("batches dropped").isPositive();
            assertThat(lostWhileDown).as("batches lost while the receiver was down").isPositive();
            assertThat(deliveries.duplicates()).as("alerts delivered twice").isEmpty();
            assertThat(lost).as("detections never delivered").isEmpty();
            assertThat(deliveries.alertIds()).as("only alerts of the run").isSubsetOf(run);
            Set<String> lostByPush = new HashSet<>(job.lostAlertIds());
            lostByPush.retainAll(detections);
            assertThat(lostByPush).as("what the push lost came from the poll").isNotEmpty()
                    .allSatisfy(id -> assertThat(deliveries.all()).filteredOn(d -> d.alertId().equals(id))
                            .extracting(Deliveries.Delivery::source).containsExactly("poll"));
            assertThat(bySource.get("push")).as("alerts first delivered by a push").isPositive();
            emulator.assertNoContractViolations();
        }
    }

    private static void advance(ManualClock clock, int ticks) {
        for (int i = 0; i < ticks; i++) {
            clock.advance(TICK);
        }
    }
}
