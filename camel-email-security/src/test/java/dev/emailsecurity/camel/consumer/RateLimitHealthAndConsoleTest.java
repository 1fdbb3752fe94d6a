package dev.emailsecurity.camel.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import dev.emailsecurity.camel.test.EmulatorContextTestSupport;
import dev.emailsecurity.camel.test.ReceivedItems;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A 429 during polling, the consumer health check and the dev console, against the emulator in live mode. */
class RateLimitHealthAndConsoleTest extends EmulatorContextTestSupport {


    @RegisterExtension
    static final EmailSecurityEmulatorExtension EMULATOR = liveEmulator();

    RateLimitHealthAndConsoleTest() {
        super(EMULATOR);
    }

    @Test
    void a429SkipsPollsUntilRetryAtWithoutSleepingAThreadAndTheHealthCheckReportsIt() throws Exception {
        ReceivedItems out = new ReceivedItems();
        AtomicInteger ticks = new AtomicInteger();
        CamelContext context = start(Map.of(), new RouteBuilder() {
            @Override
            public void configure() {
                from("email-security:searchMessages?startFrom=beginning&detectionsOnly=false&changeDetection=false"
                     + "&delay=100").routeId("stream").process(out);
                from("timer:other?period=50").routeId("other").process(e -> ticks.incrementAndGet());
            }
        });
        EmailSecurityConsumer consumer = (EmailSecurityConsumer) context.getRoute("stream").getConsumer();
        Waits.until("the seeded mail", () -> out.ids().size() >= 120);
        assertThat(health(context).getState()).isEqualTo(HealthCheck.State.UP);

        emulator().faults().next(1).forOperation(SEARCH).respond429(Duration.ofSeconds(10));
        Waits.until("the 429", () -> consumer.stats().rateLimitedUntil() != null);
        Instant retryAt = consumer.stats().rateLimitedUntil();
        long searches = emulator().callCount(SEARCH);
        long skipped = consumer.stats().skippedPolls();
        int ticksBefore = ticks.get();
        HealthCheck.Result down = health(context);
        // sampled while waiting for the events, not over a fixed time: (searches seen, whether it was before retryAt)
        List<Boolean> searchedBeforeRetryAt = new ArrayList<>();
        AtomicBoolean sleptInPoll = new AtomicBoolean();
        Waits.until("polls skipped on schedule and the other route ticking", () -> {
            long searchCount = emulator().callCount(SEARCH);
            if (Instant.now().isBefore(retryAt)) {
                searchedBeforeRetryAt.add(searchCount > searches);
            }
            sleptInPoll.compareAndSet(false, pollThreadIsSleeping());
            return consumer.stats().skippedPolls() - skipped >= 5 && ticks.get() - ticksBefore >= 10;
        });
        System.out.printf("429: retryAt %s, samples before retryAt %d, polls skipped %d, other route ticks %d, "
                          + "health %s: %s%n", retryAt, searchedBeforeRetryAt.size(),
                consumer.stats().skippedPolls() - skipped, ticks.get() - ticksBefore, down.getState(),
                down.getMessage().orElse(""));

        assertThat(searchedBeforeRetryAt).as("samples taken before retryAt").isNotEmpty()
                .as("no search before retryAt").containsOnly(false);
        assertThat(sleptInPoll).as("a consumer thread inside Thread.sleep").isFalse();
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("Rate-limited", "429"));

        Waits.until("polling again after retryAt", () -> emulator().callCount(SEARCH) > searches);
        Waits.until("healthy again", () -> health(context).getState() == HealthCheck.State.UP);
        List<String> expected = messageIds(m -> true);
        Waits.until("nothing lost across the 429", () -> out.containsAll(expected));
        assertThat(out.duplicates()).isEmpty();
    }

    @Test
    void theHealthCheckIsDownWithAClearMessageWhenTheTokenIsRefused() throws Exception {
        CamelContext context = start(Map.of(), route("stream", "email-security:searchMessages?apiToken=RAW(not-a-valid-token)"
                                                               + "&delay=100", new ReceivedItems()));
        Waits.until("the refusal", () -> health(context).getState() == HealthCheck.State.DOWN);
        String message = health(context).getMessage().orElse("");
        System.out.println("401: health DOWN: " + message);
        assertThat(message).contains("refused the consumer's credentials", "401").doesNotContain("not-a-valid-token");
    }

    @Test
    void theDevConsoleShowsEachConsumersFiguresAndNoSecret() throws Exception {
        ReceivedItems out = new ReceivedItems();
        CamelContext context = start(Map.of(), new RouteBuilder() {
            @Override
            public void configure() {
                from("email-security:searchMessages?startFrom=beginning&detectionsOnly=false&delay=100")
                        .routeId("messages").process(out);
                from("email-security:listAllowPolicies?delay=100").routeId("allow-policies").process(out);
            }
        });
        Waits.until("emissions and repeats", () -> out.ids().size() >= 120
                                                                     && stats(context, "messages").repeatsSuppressed() > 0);
        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("email-security");
        assertThat(console).as("found through the generated META-INF/services entry").isNotNull();

        String text = (String) console.call(DevConsole.MediaType.TEXT);
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        System.out.println("dev console text:\n" + text);
        System.out.println("dev console json: " + json);

        assertThat(text).contains("Route messages (searchMessages)", "Route allow-policies (listAllowPolicies)",
                "watermark: 20", "lagMillis: ", "emitted: ", "repeatsSuppressed: ", "rateLimitRemaining: ");
        List<?> consumers = (List<?>) json.get("consumers");
        assertThat(consumers).hasSize(2);
        @SuppressWarnings("unchecked")
        Map<String, Object> messages = (Map<String, Object>) consumers.stream()
                .filter(c -> "messages".equals(((Map<?, ?>) c).get("routeId"))).findFirst().orElseThrow();
        assertThat(((Number) messages.get("emitted")).longValue()).isGreaterThanOrEqualTo(120);
        assertThat(((Number) messages.get("repeatsSuppressed")).longValue()).isPositive();
        assertThat(((Number) messages.get("rateLimitRemaining")).intValue()).isPositive();
        assertThat(((Number) messages.get("lagMillis")).longValue()).isNotNegative();
        assertThat(Instant.parse((String) messages.get("watermark"))).isBefore(Instant.now());
        for (String secret : List.of(emulator().writeToken(), emulator().readToken(), "apiToken", "Bearer")) {
            assertThat(text).doesNotContain(secret);
            assertThat(json.toString()).doesNotContain(secret);
        }
    }

    private static ConsumerStats stats(CamelContext context, String routeId) {
        return ((EmailSecurityConsumer) context.getRoute(routeId).getConsumer()).stats();
    }

    private static HealthCheck.Result health(CamelContext context) {
        return HealthCheckHelper.invokeReadiness(context).stream()
                .filter(r -> r.getCheck().getId().equals("email-security-consumer-stream")).findFirst()
                .orElseThrow(() -> new AssertionError("no email-security consumer health check"));
    }

    /** Whether a Camel thread polling an email-security endpoint is inside Thread.sleep right now. */
    private static boolean pollThreadIsSleeping() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().contains("email-security"))
                .anyMatch(e -> Arrays.stream(e.getValue()).anyMatch(f -> "sleep".equals(f.getMethodName())
                                                                         && f.getClassName().equals("java.lang.Thread")));
    }
}
