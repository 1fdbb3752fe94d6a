package dev.emailsecurity.camel.consumer;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.test.EmulatorContextTestSupport;
import dev.emailsecurity.camel.test.ReceivedItems;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.FailedToStartRouteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Event-stream consumers against the emulator in live mode (new mail every 300 ms). */
class LiveStreamConsumerTest extends EmulatorContextTestSupport {

    @RegisterExtension
    static final EmailSecurityEmulatorExtension EMULATOR = liveEmulator();

    LiveStreamConsumerTest() {
        super(EMULATOR);
    }

    @Test
    void steadyRunDeliversEverySeededAndNewMessageOnceOldestFirstWithTheFiltersApplied() throws Exception {
        String domain = mostCommonSenderDomain();
        ReceivedItems out = new ReceivedItems();
        start(Map.of(), route("stream", "email-security:searchMessages?startFrom=beginning&detectionsOnly=false"
                                        + "&domain=" + domain + "&changeDetection=false&delay=150",
                out));
        int seeded = messageIds(m -> from(m).endsWith("@" + domain)).size();
        Waits.until("the seeded messages", () -> out.ids().size() >= seeded);
        Waits.until("live mail from " + domain, () -> messageIds(m -> from(m).endsWith("@" + domain)).size() > seeded);
        List<String> expected = messageIds(m -> from(m).endsWith("@" + domain));
        Waits.until("every message of " + domain, () -> out.containsAll(expected));

        List<ReceivedItems.Received> got = out.all();
        System.out.printf("steady run: seeded %d, expected %d, emitted %d, unique %d%n", seeded, expected.size(),
                got.size(), got.stream().map(ReceivedItems.Received::id).distinct().count());
        assertThat(expected.size()).as("live mail of the domain arrived during the run").isGreaterThan(seeded);
        assertThat(out.duplicates()).as("emitted twice").isEmpty();
        assertThat(got).extracting(ReceivedItems.Received::timestamp).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(got).allSatisfy(r -> assertThat(((MessageDetails) r.body()).getFrom()).endsWith("@" + domain + ">"));
    }

    @Test
    void startFromNowBeginningInstantAndDuration() throws Exception {
        Set<String> seededIds = Set.copyOf(messageIds(m -> true));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant instant = now.minus(Duration.ofDays(10));
        Map<String, ReceivedItems> outs = Map.of("now", new ReceivedItems(), "beginning", new ReceivedItems(),
                instant.toString(), new ReceivedItems(), "P1D", new ReceivedItems());
        Map<String, Instant> floors = Map.of("now", now, "beginning", Instant.EPOCH, instant.toString(), instant,
                "P1D", now.minus(Duration.ofDays(1)));
        CamelContext context = start(Map.of(), new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                outs.forEach((startFrom, out) -> from("email-security:searchMessages?detectionsOnly=false&delay=150"
                                                      + "&changeDetection=false&startFrom=" + startFrom)
                        .routeId("from-" + startFrom.replace(':', '-')).process(out));
            }
        });
        assertThat(context.getRoutes()).hasSize(4);
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS); // the "now" consumer started before this
        Waits.until("live mail after the start", () -> !messageIds(m -> !scannedAt(m).isBefore(started)).isEmpty());
        for (var e : outs.entrySet()) {
            Instant floor = floors.get(e.getKey());
            Instant expectedFrom = "now".equals(e.getKey()) ? started : floor;
            List<String> expected = messageIds(m -> !scannedAt(m).isBefore(expectedFrom));
            Waits.until("startFrom=" + e.getKey(), () -> e.getValue().containsAll(expected));
            List<ReceivedItems.Received> got = e.getValue().all();
            System.out.printf("startFrom=%s: expected at least %d, emitted %d%n", e.getKey(), expected.size(),
                    got.size());
            assertThat(got).as("startFrom=%s", e.getKey()).allSatisfy(r -> assertThat(r.timestamp()).isAfterOrEqualTo(floor));
            assertThat(e.getValue().duplicates()).isEmpty();
        }
        assertThat(outs.get("beginning").ids()).hasSizeGreaterThanOrEqualTo(120);
        assertThat(outs.get("now").ids()).as("only live mail").isNotEmpty().doesNotContainAnyElementsOf(seededIds);
        assertThat(seeded(outs.get("P1D"), seededIds)).isLessThan(seeded(outs.get(instant.toString()), seededIds));
        assertThat(seeded(outs.get(instant.toString()), seededIds)).isLessThan(seededIds.size());
        assertThat(seeded(outs.get("beginning"), seededIds)).isEqualTo(seededIds.size());
    }

    @Test
    void aWindowOverTheResultCapIsSplitAndEveryMessageStillArrives() throws Exception {
        emulator().setResultCap(10);
        ReceivedItems out = new ReceivedItems();
        start(Map.of(), route("capped", "email-security:searchMessages?startFrom=beginning&detectionsOnly=false"
                                        + "&resultCap=10&changeDetection=false&delay=200", out));
        List<String> expected = messageIds(m -> true);
        Waits.until("every message despite the cap", () -> out.containsAll(expected));
        long searches = emulator().callCount("email_security_investigate");
        System.out.printf("window splitting: cap 10, %d messages expected, %d emitted, %d search calls%n",
                expected.size(), out.ids().size(), searches);
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(out.duplicates()).isEmpty();
        assertThat(searches).as("split windows").isGreaterThan(expected.size() / 10);
    }

    @Test
    void aSearchAnsweredWith202IsFollowed() throws Exception {
        emulator().setAsyncSearch(true);
        ReceivedItems out = new ReceivedItems();
        start(Map.of(), route("async", "email-security:searchMessages?startFrom=P1D&detectionsOnly=false&delay=200",
                out));
        List<String> expected = messageIds(m -> !scannedAt(m).isBefore(Instant.now().minus(Duration.ofDays(1))));
        Waits.until("the messages of the last day", () -> out.containsAll(expected));
        assertThat(emulator().calls()).anyMatch(c -> c.status() == 202);
        assertThat(out.duplicates()).isEmpty();
    }

    @Test
    void anOperationThatIsNotAListIsRefusedAtRouteStart() {
        assertThatThrownBy(() -> start(Map.of(), route("bad", "email-security:getMessage", new ReceivedItems())))
                .isInstanceOf(FailedToStartRouteException.class)
                .rootCause().hasMessageContaining("getMessage cannot be consumed");
    }

    /** How many of the seeded messages a consumer delivered: live mail arrives at a rate no test may depend on. */
    private static long seeded(ReceivedItems out, Set<String> seededIds) {
        return out.ids().stream().filter(seededIds::contains).distinct().count();
    }

    private static String from(Map<String, Object> message) {
        String from = (String) message.get("from");
        return from.substring(from.indexOf('<') + 1, from.indexOf('>'));
    }

    private String mostCommonSenderDomain() {
        return emulator().state().messages().stream().map(m -> from(m).substring(from(m).indexOf('@') + 1))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
