package dev.emailsecurity.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Everything the emulator does over time follows its clock: a {@link ManualClock} moves it on command. */
class EmulatorClockTest {

    private static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");
    private static final ManualClock CLOCK = new ManualClock(T0);
    private static final Duration STEP = Duration.ofSeconds(10);

    @RegisterExtension
    static EmailSecurityEmulatorExtension emulator = EmailSecurityEmulatorExtension.builder().seed(3)
            .clock(CLOCK).bulkJobStep(STEP).build();

    private static Instant at(Object text) {
        return Instant.parse((String) text);
    }

    @Test
    void theEmulatorReadsTheClockItWasGiven(EmailSecurityEmulator e) {
        assertThat(e.clock()).isSameAs(CLOCK);
        assertThat(emulator.clock()).isSameAs(CLOCK);
        try (EmailSecurityEmulator plain = EmailSecurityEmulator.builder().build()) {
            assertThat(plain.clock()).isEqualTo(Clock.systemUTC());
        }
    }

    @Test
    void liveModeRunsOneTickPerIntervalTheClockPasses() {
        ManualClock clock = new ManualClock(T0);
        try (EmailSecurityEmulator e = EmailSecurityEmulator.builder().clock(clock).messageCount(20)
                .live(Duration.ofMinutes(1), 2).build().start()) {
            clock.advance(Duration.ofSeconds(59));
            assertThat(e.state().messages()).hasSize(20);

            clock.advance(Duration.ofSeconds(121));
            List<Map<String, Object>> messages = e.state().messages();
            assertThat(messages).hasSize(26);
            Map<Instant, Long> perTick = messages.stream().map(m -> at(m.get("scanned_at")))
                    .filter(t -> !t.isBefore(T0)).collect(Collectors.groupingBy(t -> t, Collectors.counting()));
            assertThat(perTick).containsExactlyInAnyOrderEntriesOf(Map.of(T0.plusSeconds(60), 2L,
                    T0.plusSeconds(120), 2L, T0.plusSeconds(180), 2L));
            // the same over HTTP: a search of the last 3 minutes finds exactly the ticks' mail
            JsonNode found = new Api(e).get("/investigate?detections_only=false&per_page=100&start="
                    + T0 + "&end=" + clock.instant().plusSeconds(1)).result();
            assertThat(found).hasSize(6);

            e.stopLive();
            clock.advance(Duration.ofMinutes(10));
            assertThat(e.state().messages()).hasSize(26);
        }
    }

    @Test
    void resetReseedsAtTheClocksInstantAndLiveTicksKeepTheirSchedule() {
        ManualClock clock = new ManualClock(T0);
        try (EmailSecurityEmulator e = EmailSecurityEmulator.builder().clock(clock).messageCount(20)
                .live(Duration.ofMinutes(1), 2).build().start()) {
            clock.advance(Duration.ofSeconds(90));
            assertThat(e.state().messages()).hasSize(22);
            e.reset();
            assertThat(clock.instant()).isEqualTo(T0.plusSeconds(90));
            assertThat(e.state().messages()).hasSize(20)
                    .allSatisfy(m -> assertThat(at(m.get("scanned_at"))).isBefore(T0.plusSeconds(90 - 179)));
            clock.advance(Duration.ofSeconds(30));
            assertThat(e.state().messages()).hasSize(22);
            assertThat(at(e.state().messages().get(0).get("scanned_at"))).isEqualTo(T0.plusSeconds(120));
        }
    }

    @Test
    void aBulkJobMovesOneStatusPerStepOfClockTime(EmailSecurityEmulator e) {
        Api api = new Api(e);
        Instant created = CLOCK.instant();
        String jobId = api.post("/investigate/bulk", "{\"action\":\"MOVE\",\"destination\":\"JunkEmail\","
                + "\"search_params\":{\"final_disposition\":\"SPAM\"}}").result().get("job_id").asText();
        assertThat(status(api, jobId)).isEqualTo("PENDING");
        CLOCK.advance(STEP.minusMillis(1));
        assertThat(status(api, jobId)).isEqualTo("PENDING");
        CLOCK.advance(Duration.ofMillis(1));
        assertThat(status(api, jobId)).isEqualTo("DISCOVERING");
        CLOCK.advance(STEP);
        assertThat(status(api, jobId)).isEqualTo("PROCESSING");
        assertThat(e.state().moves()).isEmpty();
        CLOCK.advance(STEP);
        JsonNode done = api.get("/investigate/bulk/" + jobId).result();
        assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(at(done.get("created_at").asText())).isEqualTo(created);
        assertThat(at(done.get("started_at").asText())).isEqualTo(created.plus(STEP));
        assertThat(at(done.get("completed_at").asText())).isEqualTo(created.plus(STEP.multipliedBy(3)));
        assertThat(e.state().moves()).isNotEmpty();
    }

    private static String status(Api api, String jobId) {
        return api.get("/investigate/bulk/" + jobId).result().get("status").asText();
    }

    @Test
    void aRateLimitWindowResetsOnlyWhenTheClockPassesIt(EmailSecurityEmulator e) {
        e.setRateLimit(2, Duration.ofMinutes(1));
        Api api = new Api(e);
        assertThat(api.get("/submissions").status()).isEqualTo(200);
        assertThat(api.get("/submissions").status()).isEqualTo(200);
        Api.Resp limited = api.get("/submissions");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("60");

        CLOCK.advance(Duration.ofSeconds(45));
        Api.Resp stillLimited = api.get("/submissions");
        assertThat(stillLimited.status()).isEqualTo(429);
        assertThat(stillLimited.header("Retry-After")).isEqualTo("15");
        assertThat(stillLimited.header("Ratelimit")).isEqualTo("\"default\";r=0;t=15");

        CLOCK.advance(Duration.ofSeconds(15));
        Api.Resp again = api.get("/submissions");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Ratelimit")).isEqualTo("\"default\";r=1;t=60");
    }

    @Test
    void seededDataIsRelativeToTheClockAndResetDoesNotMoveIt(EmailSecurityEmulator e) {
        assertSeededBefore(e, CLOCK.instant());
        Instant later = CLOCK.advance(Duration.ofDays(40));
        e.reset();
        assertThat(CLOCK.instant()).isEqualTo(later);
        assertSeededBefore(e, later);
    }

    private static void assertSeededBefore(EmailSecurityEmulator e, Instant now) {
        List<Instant> scanned = e.state().messages().stream().map(m -> at(m.get("scanned_at"))).toList();
        assertThat(scanned).hasSize(200).allSatisfy(t -> assertThat(t).isBetween(now.minus(Duration.ofDays(30)),
                now.minusSeconds(180)));
        assertThat(scanned.get(0)).isAfter(now.minusSeconds(300));
        assertThat(e.state().submissions())
                .allSatisfy(s -> assertThat(at(s.get("requested_at"))).isBeforeOrEqualTo(now));
        assertThat(e.state().settings("block_senders")).allSatisfy(s -> assertThat(at(s.get("created_at")))
                .isBefore(now));
    }

    @Test
    void writesAreStampedWithTheClock(EmailSecurityEmulator e) {
        Instant now = CLOCK.advance(Duration.ofHours(2));
        Api api = new Api(e);
        String id = (String) e.state().messages().get(5).get("id");
        assertThat(api.post("/investigate/" + id + "/move", "{\"destination\":\"JunkEmail\"}").status())
                .isEqualTo(200);
        JsonNode log = api.get("/investigate/" + id + "/action_log").result().get(0);
        assertThat(at(log.get("completed_at").asText())).isEqualTo(now);

        String setting = (String) e.state().settings("block_senders").get(0).get("id");
        JsonNode patched = api.patch("/settings/block_senders/" + setting, "{\"comments\":\"x\"}").result();
        assertThat(at(patched.get("last_modified").asText())).isEqualTo(now);
        assertThat(at(patched.get("modified_at").asText())).isEqualTo(now);

        String report = String.valueOf(e.state().phishguardReports().get(0).get("id"));
        e.state().updatePhishguardReport(report);
        assertThat(e.state().phishguardReports().stream().filter(r -> report.equals(String.valueOf(r.get("id"))))
                .findFirst()
                .orElseThrow().get("updated_at")).isEqualTo(now.toString());

        assertThat(api.post("/investigate/" + id + "/reclassify", "{\"expected_disposition\":\"MALICIOUS\"}")
                .status()).isEqualTo(202);
        assertThat(e.state().submissions().stream().map(s -> at(s.get("requested_at")))).contains(now);
    }
}
