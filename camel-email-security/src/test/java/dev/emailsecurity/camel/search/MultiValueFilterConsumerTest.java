package dev.emailsecurity.camel.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.emailsecurity.camel.test.EmulatorContextTestSupport;
import dev.emailsecurity.camel.test.ReceivedItems;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import dev.emailsecurity.emulator.RecordedCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consumer with {@code finalDisposition=MALICIOUS,SPOOF} delivers exactly the messages of either disposition,
 * each once, oldest first: one search per value, and nothing else (not MALICIOUS-BEC).
 */
class MultiValueFilterConsumerTest extends EmulatorContextTestSupport {

    @RegisterExtension
    static final EmailSecurityEmulatorExtension EMULATOR = quietEmulator();

    MultiValueFilterConsumerTest() {
        super(EMULATOR);
    }

    @Test
    void deliversExactlyTheUnionOldestFirst() throws Exception {
        List<String> malicious = ids(Set.of("MALICIOUS"));
        List<String> spoof = ids(Set.of("SPOOF"));
        List<String> union = ids(Set.of("MALICIOUS", "SPOOF"));
        List<String> bec = ids(Set.of("MALICIOUS-BEC"));
        assertThat(malicious).isNotEmpty();
        assertThat(spoof).isNotEmpty();
        assertThat(union).hasSize(malicious.size() + spoof.size());

        ReceivedItems received = new ReceivedItems();
        start(Map.of(), route("union", "email-security:searchMessages?finalDisposition=MALICIOUS,SPOOF"
                                       + "&detectionsOnly=false&startFrom=beginning&changeDetection=false&delay=100",
                received));

        Waits.until("the MALICIOUS and SPOOF messages", () -> received.containsAll(union));
        awaitFurtherSearches(4); // two more polls of two searches each: nothing else may come
        System.out.printf("finalDisposition=MALICIOUS,SPOOF: %d MALICIOUS + %d SPOOF = %d delivered "
                          + "(%d MALICIOUS-BEC not included), %d duplicates%n", malicious.size(), spoof.size(),
                received.size(), bec.size(), received.duplicates().size());

        assertThat(received.ids()).as("exactly the union, each once, oldest first").containsExactlyElementsOf(union);
        assertThat(received.ids()).doesNotContainAnyElementsOf(bec);
        List<String> dispositions = emulator().calls().stream().filter(c -> SEARCH.equals(c.operationId()))
                .map(RecordedCall::query).map(q -> String.join("|", q.getOrDefault("final_disposition", List.of())))
                .distinct().sorted().toList();
        assertThat(dispositions).as("one search per value, each with one value").containsExactly("MALICIOUS", "SPOOF");
    }

    private List<String> ids(Set<String> dispositions) {
        return emulator().state().messages().stream()
                .filter(m -> dispositions.contains(m.get("final_disposition")))
                .sorted(Comparator.comparing(EmulatorContextTestSupport::scannedAt)
                        .thenComparing(m -> (String) m.get("id")))
                .map(m -> (String) m.get("id")).toList();
    }
}
