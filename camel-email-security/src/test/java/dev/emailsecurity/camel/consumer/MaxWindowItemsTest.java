package dev.emailsecurity.camel.consumer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.emailsecurity.camel.test.EmulatorContextTestSupport;
import dev.emailsecurity.camel.test.ReceivedItems;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.ExchangePropertyKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * maxWindowItems: the consumer reads a backlog oldest first in windows of at most that many items (so its memory is
 * bounded by the limit, not by the backlog), and still delivers every item once, in timestamp order.
 */
class MaxWindowItemsTest extends EmulatorContextTestSupport {

    @RegisterExtension
    static final EmailSecurityEmulatorExtension EMULATOR = quietEmulator();

    private static final int LIMIT = 10;

    MaxWindowItemsTest() {
        super(EMULATOR);
    }

    @Test
    void aBacklogIsReadInWindowsOfAtMostTheLimitEveryItemOnceOldestFirst() throws Exception {
        List<String> all = messageIds(m -> true);
        List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        ReceivedItems received = new ReceivedItems();
        start(Map.of(), route("bounded", "email-security:searchMessages?startFrom=beginning&detectionsOnly=false"
                                         + "&changeDetection=false&overlap=0&greedy=true&delay=20&pageSize=4"
                                         + "&maxWindowItems=" + LIMIT, e -> {
                                             batchSizes.add(e.getProperty(ExchangePropertyKey.BATCH_SIZE,
                                                     Integer.class));
                                             received.process(e);
                                         }));

        Waits.until("every message", () -> received.size() >= all.size());
        awaitFurtherSearches(2);

        System.out.printf("maxWindowItems=%d: %d messages in %d exchanges, largest batch %d, %d search calls%n", LIMIT,
                all.size(), received.size(), batchSizes.stream().mapToInt(Integer::intValue).max().orElse(0),
                emulator().callCount(SEARCH));
        assertThat(received.ids()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        assertThat(batchSizes).allMatch(size -> size <= LIMIT);
        assertThat(received.all()).extracting(ReceivedItems.Received::timestamp).isSorted();
    }
}
