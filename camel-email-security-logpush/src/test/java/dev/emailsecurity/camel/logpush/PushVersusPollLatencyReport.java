package dev.emailsecurity.camel.logpush;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import dev.emailsecurity.emulator.logpush.LogpushJob;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Must-show 2, a measurement and not a test of speed (tag {@code latency}, excluded from the build; run by
 * {@code .ci/push-poll-latency}): the time from the emulator creating a detection (real clock, live mode) to the
 * route, for the push (email-security-logpush, poll off) and for the poll (email-security:searchMessages of
 * detections at its default delay of one minute), side by side on the same emulator. Prints p50 and p95; asserts only
 * that both sides delivered.
 */
@Tag("latency")
class PushVersusPollLatencyReport {

    private static final String SEARCH = "email_security_investigate";

    @Test
    void pushAgainstPollAtTheDefaultDelay() throws Exception {
        Duration run = Duration.ofSeconds(Long.getLong("latency.seconds", 200));
        Map<String, Long> created = new ConcurrentHashMap<>();
        Map<String, Long> pushed = new ConcurrentHashMap<>();
        Map<String, Long> polled = new ConcurrentHashMap<>();
        int port = LogpushNode.freePort();
        try (EmailSecurityEmulator emulator = EmailSecurityEmulator.builder().seed(24).messageCount(20)
                .live(Duration.ofSeconds(2), 2).build().start();
             LogpushJob job = LogpushJob.builder().destination(LogpushNode.destination(port, LogpushNode.SECRET))
                     .build().attach(emulator);
             LogpushNode node = LogpushNode.start(emulator, port, "email-security-logpush:" + LogpushNode.PATH
                     + "?poll=false&secret=RAW(" + LogpushNode.SECRET + ")", Map.of(),
                     e -> pushed.putIfAbsent(e.getMessage().getHeader(EmailSecurityLogpushConstants.ALERT_ID,
                             String.class), System.nanoTime()))) {
            node.context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // the plain consumer at its default delay: what the merged consumer's poll side does alone
                    from("email-security:searchMessages?detectionsOnly=true").routeId("poll")
                            .process(e -> {
                                // a message re-classified into a detection later has no alert id
                                String alertId = e.getMessage().getBody(MessageDetails.class).getAlertId();
                                if (alertId != null) {
                                    polled.putIfAbsent(alertId, System.nanoTime());
                                }
                            });
                }
            });
            // measured from here: the poll consumer runs (startFrom=now), so it can see every detection made since
            emulator.onNewMessages(messages -> {
                long now = System.nanoTime();
                messages.forEach(m -> {
                    if (m.get("alert_id") != null) {
                        created.put((String) m.get("alert_id"), now);
                    }
                });
                job.offer(messages);
            });
            long end = System.nanoTime() + run.toNanos();
            Waits.until("the measured run of " + run.toSeconds() + " s", run.plusMinutes(2),
                    () -> System.nanoTime() > end);
            emulator.stopLive();
            // two more polls after the last detection (a minute apart): the poll has had its chance at every one
            long target = emulator.callCount(SEARCH) + 2;
            Waits.until("two more polls", Duration.ofMinutes(4), () -> emulator.callCount(SEARCH) >= target);
            // a live tick re-classifies an older message now and then: one that is no detection any more is not polled
            Set<String> detections = emulator.state().messages().stream()
                    .filter(m -> m.get("alert_id") != null && !"NONE".equals(m.get("final_disposition")))
                    .map(m -> (String) m.get("alert_id")).filter(created::containsKey).collect(Collectors.toSet());
            long notPolled = detections.stream().filter(id -> !polled.containsKey(id)).count();

            String push = percentiles(created, pushed);
            String poll = percentiles(created, polled);
            System.out.printf("[must-show 2] detection to route over %d s of live mode (%d detections, %d still "
                              + "detections at the end, %d of those not polled): push %s; poll at the default delay "
                              + "(60 s) %s%n", run.toSeconds(), created.size(), detections.size(), notPolled, push,
                    poll);
            assertThat(pushed).isNotEmpty();
            assertThat(polled).isNotEmpty();
        }
    }

    private static String percentiles(Map<String, Long> created, Map<String, Long> arrived) {
        List<Long> ms = new ArrayList<>();
        created.forEach((id, t) -> {
            Long at = arrived.get(id);
            if (at != null) {
                ms.add(Duration.ofNanos(at - t).toMillis());
            }
        });
        ms.sort(null);
        if (ms.isEmpty()) {
            return "no deliveries";
        }
        return "p50 " + ms.get((int) Math.floor(0.50 * (ms.size() - 1))) + " ms, p95 "
               + ms.get((int) Math.floor(0.95 * (ms.size() - 1))) + " ms (n=" + ms.size() + ")";
    }
}
