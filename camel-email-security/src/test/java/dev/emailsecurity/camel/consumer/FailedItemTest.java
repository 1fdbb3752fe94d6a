package dev.emailsecurity.camel.consumer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.emailsecurity.camel.EmailSecurityConstants;
import dev.emailsecurity.camel.test.EmulatorContextTestSupport;
import dev.emailsecurity.camel.test.ReceivedItems;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An exchange that fails: by default the item comes again on the next poll and holds the items after it back until
 * it succeeds; with {@code skipFailedItems=true} it is counted as done and the stream goes on.
 */
class FailedItemTest extends EmulatorContextTestSupport {

    private static final String URI = "email-security:searchMessages?startFrom=beginning&detectionsOnly=false"
                                      + "&changeDetection=false&delay=100";

    @RegisterExtension
    static final EmailSecurityEmulatorExtension EMULATOR = quietEmulator();

    FailedItemTest() {
        super(EMULATOR);
    }

    @Test
    void byDefaultTheFailedItemComesAgainAndHoldsTheItemsAfterItBack() throws Exception {
        List<String> oldestFirst = oldestFirst();
        String poison = oldestFirst.get(5);
        FailingFor route = new FailingFor(poison, 3);
        start(Map.of(), route("stream", URI, route));

        Waits.until("every message", () -> route.delivered.containsAll(oldestFirst));

        assertThat(route.attempts.get()).as("three failures, then the success").isEqualTo(4);
        assertThat(route.delivered.ids()).as("each message once, oldest first, the later ones after the poison")
                .containsExactlyElementsOf(oldestFirst);
    }

    @Test
    void withSkipFailedItemsTheFailedItemIsCountedAsDoneAndTheStreamGoesOn() throws Exception {
        List<String> oldestFirst = oldestFirst();
        String poison = oldestFirst.get(5);
        FailingFor route = new FailingFor(poison, Integer.MAX_VALUE);
        CamelContext camel = start(Map.of(), route("stream", URI + "&skipFailedItems=true", route));

        Waits.until("every other message", () -> route.delivered.ids().size() == oldestFirst.size() - 1);
        awaitFurtherSearches(2); // the failed item must not come back

        assertThat(route.attempts.get()).as("tried once, never polled again").isEqualTo(1);
        assertThat(((EmailSecurityConsumer) camel.getRoute("stream").getConsumer()).stats().failedItemsSkipped())
                .isEqualTo(1);
        assertThat(route.delivered.ids()).containsExactlyElementsOf(
                oldestFirst.stream().filter(id -> !id.equals(poison)).toList());
    }

    private List<String> oldestFirst() {
        return emulator().state().messages().stream()
                .sorted(Comparator.comparing(EmulatorContextTestSupport::scannedAt)
                        .thenComparing(m -> (String) m.get("id")))
                .map(m -> (String) m.get("id")).toList();
    }

    /** Fails the given message the given number of times, delivers everything else to a collector. */
    private static final class FailingFor implements Processor {
        final ReceivedItems delivered = new ReceivedItems();
        final AtomicInteger attempts = new AtomicInteger();
        private final String poison;
        private final int failures;

        FailingFor(String poison, int failures) {
            this.poison = poison;
            this.failures = failures;
        }

        @Override
        public void process(Exchange exchange) throws Exception {
            if (poison.equals(exchange.getMessage().getHeader(EmailSecurityConstants.ID, String.class))
                && attempts.incrementAndGet() <= failures) {
                throw new IllegalStateException("the route failed on " + poison);
            }
            delivered.process(exchange);
        }
    }
}
