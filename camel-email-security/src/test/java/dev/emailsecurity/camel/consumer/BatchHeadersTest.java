package dev.emailsecurity.camel.consumer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.emailsecurity.camel.EmailSecurityConstants;
import dev.emailsecurity.camel.test.EmulatorContextTestSupport;
import dev.emailsecurity.camel.test.ReceivedItems;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Must-show 5 of issue 16: behind a consumer whose batches hold items the idempotent repository suppresses and items
 * that fail and are skipped ({@code skipFailedItems}), an aggregator with {@code completionFromBatchConsumer}
 * completes every batch by the consumer's batch size, never by its (one hour) timeout.
 */
class BatchHeadersTest extends EmulatorContextTestSupport {

    @RegisterExtension
    static final EmailSecurityEmulatorExtension EMULATOR = quietEmulator();

    private static final String URI = "email-security:searchMessages?startFrom=beginning&detectionsOnly=false"
                                      + "&changeDetection=false&idempotentRepository=#seen&delay=50";

    BatchHeadersTest() {
        super(EMULATOR);
    }

    @Test
    void everyBatchWithSuppressedAndSkippedItemsCompletesTheAggregator() throws Exception {
        MemoryIdempotentRepository seen = new MemoryIdempotentRepository();
        seen.start();
        ReceivedItems first = new ReceivedItems();
        CamelContext camel = start(Map.of("seen", seen), route("first", URI + "&maxMessagesPerPoll=30", first));
        Waits.until("a first batch", () -> first.ids().size() >= 30);
        camel.stop();

        // no checkpoint: the same items come again, the 30 already emitted are suppressed by the repository
        List<List<String>> batches = new ArrayList<>();
        List<String> completedBy = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        start(Map.of("seen", seen), new RouteBuilder() {
            @Override
            public void configure() {
                from(URI + "&maxMessagesPerPoll=45&skipFailedItems=true").routeId("second")
                        .process(e -> failThirdOfABatch(e, failed))
                        .aggregate(constant(true), BatchHeadersTest::ids)
                        .completionFromBatchConsumer().completionTimeout(3_600_000)
                        .process(e -> {
                            synchronized (batches) {
                                List<String> ids = new ArrayList<>();
                                for (Object id : e.getMessage().getBody(List.class)) {
                                    ids.add((String) id);
                                }
                                batches.add(ids);
                                completedBy.add(e.getProperty(ExchangePropertyKey.AGGREGATED_COMPLETED_BY,
                                        String.class));
                            }
                        });
            }
        });
        int all = messageIds(m -> true).size();
        int suppressed = new HashSet<>(first.ids()).size();
        Waits.until("every item in a completed batch", () -> {
            synchronized (batches) {
                return batches.stream().mapToInt(List::size).sum() + failed.size() + suppressed >= all;
            }
        });

        synchronized (batches) {
            System.out.printf("batch headers: %d batches completed by %s; %d items suppressed, %d skipped%n",
                    batches.size(), new HashSet<>(completedBy), suppressed, failed.size());
            assertThat(completedBy).isNotEmpty().containsOnly("consumer");
            assertThat(failed).isNotEmpty();
            assertThat(batches.stream().flatMap(List::stream)).doesNotContainAnyElementsOf(first.ids())
                    .doesNotContainAnyElementsOf(failed).doesNotHaveDuplicates();
        }
    }

    /**
     * Collects the ids on the first exchange of the group, and keeps the newest exchange's {@code CamelBatchSize} on
     * it: the aggregator reads the size from the aggregated exchange, and the size shrinks when an item is skipped.
     */
    @SuppressWarnings("unchecked")
    private static Exchange ids(Exchange group, Exchange item) {
        String id = item.getMessage().getHeader(EmailSecurityConstants.ID, String.class);
        if (group == null) {
            item.getMessage().setBody(new ArrayList<>(List.of(id)));
            return item;
        }
        group.getMessage().getBody(List.class).add(id);
        group.setProperty(ExchangePropertyKey.BATCH_SIZE, item.getProperty(ExchangePropertyKey.BATCH_SIZE));
        return group;
    }

    /** Fails the exchange at index 2 of a batch of more than 4 once: a skipped item, never a batch's last. */
    private static void failThirdOfABatch(Exchange e, Set<String> failed) {
        int index = e.getProperty(ExchangePropertyKey.BATCH_INDEX, Integer.class);
        int size = e.getProperty(ExchangePropertyKey.BATCH_SIZE, Integer.class);
        String id = e.getMessage().getHeader(EmailSecurityConstants.ID, String.class);
        if (index == 2 && size > 4 && failed.size() < 3 && failed.add(id)) {
            throw new IllegalStateException("injected failure of " + id);
        }
    }
}
